package org.hearth.admin;

/** Why an administrator's change was refused, pointing at the answer at fault (a form field and JSON property). */
public record AdminRefusal(String field, String message) {
    /** The field of a refusal that the record changed since it was read (answered 409). */
    public static final String VERSION = "version";
}
