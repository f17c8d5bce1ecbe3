package org.hearth.ssd;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Checks one value against its SSD field: present when required, of the field's type, no longer than allowed, of
 * the shape its guidance gives, and one of its codes. Plain Java, unit-tested.
 */
public final class SsdCheck {
    private SsdCheck() {}

    /** What is wrong with the value, in words, or null when it is fine. Values are as written to the CSV. */
    public static String problem(SsdField field, String value) {
        boolean empty = value == null || value.isEmpty();
        if (empty) {
            return field.mandatory() ? "is required by the spec but empty" : null;
        }
        String typeProblem = switch (field.type()) {
            case INT -> value.matches("-?\\d{1,9}") ? null : "is not a whole number";
            case FLOAT -> isNumber(value) ? null : "is not a number";
            case DATETIME -> isDate(value) ? null : "is not a date (YYYY-MM-DD) or date-time";
            case BIT -> value.equals("0") || value.equals("1") ? null : "is not a bit (0 or 1)";
            case BINARY -> value.matches("(\\\\x)?([0-9a-fA-F]{2})*") ? null : "is not binary (hex digits)";
            case NCHAR, NVARCHAR -> value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    ? "has control characters" : null;
        };
        if (typeProblem != null) {
            return typeProblem;
        }
        Integer max = field.maxLength();
        if (max != null && value.codePointCount(0, value.length()) > max) {
            return "is longer than " + max + " character" + (max == 1 ? "" : "s");
        }
        FieldRule rule = field.rule();
        if (rule.pattern() != null && !rule.pattern().matcher(value).matches()) {
            return "does not have the shape the guidance gives (" + rule.pattern().pattern() + ")";
        }
        if (rule.codes() != null) {
            if (rule.jsonArray()) {
                List<String> codes = Json.parseArray(value);
                if (codes == null) {
                    return "is not a JSON array of codes";
                }
                for (String code : codes) {
                    if (!rule.codes().contains(code)) {
                        return "holds '" + code + "', which is not a code of " + rule.codesFrom();
                    }
                }
            } else if (!rule.codes().contains(value)) {
                return "'" + value + "' is not a code of " + rule.codesFrom();
            }
        }
        return null;
    }

    private static boolean isNumber(String value) {
        try {
            double d = Double.parseDouble(value);
            return !Double.isNaN(d) && !Double.isInfinite(d) && value.matches("-?\\d+(\\.\\d+)?");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(value);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }
}
