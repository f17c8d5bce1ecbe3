package org.hearth.ssd;

/**
 * One item of the SSD: its table, field name, item reference and type from the spec, whether the spec requires a
 * value or a unique one, and Hearth's reading of what else limits it ({@link FieldRule}: a code list, a length).
 */
public record SsdField(String table, String name, String itemRef, SsdType type, boolean required, boolean unique,
                       boolean primaryKey, String foreignKey, FieldRule rule) {

    /** Whether an empty value is allowed: the spec's "required", unless Hearth's reading relaxes it (with why). */
    public boolean mandatory() {
        return required && !rule.notRequired();
    }

    /** Whether no two rows may hold the same value: the spec's unique or primary key, unless Hearth's reading relaxes it. */
    public boolean mustBeUnique() {
        return (unique || primaryKey) && !rule.notUnique();
    }

    /** The longest value allowed: Hearth's reading of the guidance, else one character for a flag. */
    public Integer maxLength() {
        if (rule.maxLength() != null) {
            return rule.maxLength();
        }
        return type == SsdType.NCHAR ? 1 : null;
    }

    public String describe() {
        return table + "." + name + " (" + itemRef + ")";
    }
}
