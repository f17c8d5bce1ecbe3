package org.hearth.admin;

/** A type of partner organisation from the code list (V22's organisation_type): its code, words, and whether health. */
public record OrganisationType(String code, String label, boolean health) {}
