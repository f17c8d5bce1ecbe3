package org.hearth.sharing;

/** Why a sharing command or service request was refused, pointing at the answer at fault (a form field's name). */
public record Refusal(String field, String message) {}
