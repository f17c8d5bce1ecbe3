package org.hearth.sharing;

/** A partner organisation as sharing needs it: its id, name, type code and type in words. */
public record PartnerOrganisation(String id, String name, String type, String typeLabel) {}
