package org.hearth.carers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The child's worker records the child's health needs (conditions, medicines, what to do) and allergies, for the people
 * who care for them day to day; {@code version} is the version the worker read (0: none recorded yet). Plain Java: the
 * answers in, the problems out (each by its form field); both may be blank ("none known"), neither longer than
 * {@link #MAX} characters, text only.
 */
public record RecordHealthNeeds(String needs, String allergies, int version) {
    public static final int MAX = 2_000;

    public RecordHealthNeeds {
        needs = clean(needs);
        allergies = clean(allergies);
    }

    /** What is wrong with the answers, by field; empty when they may be kept. */
    public Map<String, String> problems() {
        Map<String, String> out = new LinkedHashMap<>();
        check("needs", needs, "The health needs", out);
        check("allergies", allergies, "The allergies", out);
        if (version < 0) {
            out.put("needs", "This form is out of date. Open it again");
        }
        return out;
    }

    private static void check(String field, String value, String what, Map<String, String> out) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX) {
            out.put(field, what + " must be " + String.format("%,d", MAX) + " characters or fewer");
        } else if (!org.hearth.access.AccessSeam.isText(value)) {
            out.put(field, what + " must be plain text");
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
