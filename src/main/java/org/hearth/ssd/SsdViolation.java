package org.hearth.ssd;

/**
 * A value that breaks the spec: which table, field, item reference and row (1 = the first data row of the table's
 * CSV), the person's SSD key (not their name), and what is wrong. Coded values are named in the problem; free text
 * never is, so the message can be shown and logged without personal data.
 */
public record SsdViolation(String table, String field, String itemRef, long row, String personKey, String problem) {
    public String message() {
        return table + "." + field + " (" + itemRef + "), row " + row
                + (personKey == null || personKey.isEmpty() ? "" : " (person " + personKey + ")") + ": the value " + problem;
    }
}
