package org.hearth.health;

/** A partner organisation a user belongs to: its id, name and type (from the organisation type code list). */
public record Organisation(String id, String name, String type, boolean health) {}
