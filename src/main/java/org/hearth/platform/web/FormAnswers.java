package org.hearth.platform.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.codes.CodeList;
import org.hearth.journey.CodeRules;
import org.hearth.journey.Dates;

/**
 * Reading a form's answers in plain Java: each reader either returns the answer or adds a problem in the user's words
 * to the form's errors and returns null, so a form reports every problem at once.
 */
public final class FormAnswers {
    private FormAnswers() {}

    /** A real date, today or before ({@code what} reads "the date of the contact"). */
    public static LocalDate pastDate(Map<String, String> form, String field, String what, LocalDate today,
                                     FormErrors errors, String dfeCode) {
        LocalDate date = DateAnswer.read(form, field).orElse(null);
        if (date == null) {
            errors.add(field, "Enter " + what + " as a real date, for example 27 3 2025", dfeCode);
            return null;
        }
        if (date.isAfter(today)) {
            errors.add(field, capitalise(what) + " must be today or in the past", null);
            return null;
        }
        return date;
    }

    /** A chosen code that the DfE list holds on {@code date}; else an error (nothing chosen, or a code not used then). */
    public static String code(Map<String, String> form, String field, String list, LocalDate date, String missing,
                              String dfeCode, FormErrors errors) {
        String value = text(form, field);
        if (value == null) {
            errors.add(field, missing, dfeCode);
            return null;
        }
        if (!CodeRules.list(list, date).contains(value)) {
            errors.add(field, missing + " from those used on " + Dates.uk(date), dfeCode);
            return null;
        }
        return value;
    }

    /** One of the choices offered; else an error. */
    public static String choice(Map<String, String> form, String field, Map<String, String> choices, String missing,
                                FormErrors errors) {
        String value = text(form, field);
        if (value == null || !choices.containsKey(value)) {
            errors.add(field, missing, null);
            return null;
        }
        return value;
    }

    /** yes, no, or null when not answered. */
    public static Boolean yesNo(Map<String, String> form, String field) {
        String v = form.get(field);
        return "yes".equals(v) ? Boolean.TRUE : "no".equals(v) ? Boolean.FALSE : null;
    }

    /** The version of the record the user opened (the form's hidden field): a change to an older one is refused. */
    public static Long version(Map<String, String> form, FormErrors errors) {
        try {
            return Long.parseLong(form.getOrDefault("version", "").trim());
        } catch (NumberFormatException e) {
            errors.add(null, "This form is missing the version of the record you opened. Reload the page and try again",
                    null);
            return null;
        }
    }

    public static String text(Map<String, String> form, String field) {
        String s = form.get(field);
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The codes of a DfE list in use on {@code date}, with their labels (the code itself when it has none). */
    public static Map<String, String> options(String list, LocalDate date) {
        CodeList codes = CodeRules.list(list, date);
        Map<String, String> out = new LinkedHashMap<>();
        for (String c : codes.codes()) {
            out.put(c, codes.label(c).orElse(c));
        }
        return out;
    }

    /** The date a form's lists are judged by: the date entered when it is a real one, else today. */
    public static LocalDate listDate(Map<String, String> fields, String field, LocalDate today) {
        LocalDate d = DateAnswer.read(fields, field).orElse(null);
        return d == null || d.isAfter(today) ? today : d;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
