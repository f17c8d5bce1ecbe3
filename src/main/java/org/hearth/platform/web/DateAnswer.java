package org.hearth.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A GOV.UK date input's answer: three fields named after the question ({@code visitDate-day}, {@code -month},
 * {@code -year}), so one form can ask for more than one date.
 */
public final class DateAnswer {
    private DateAnswer() {}

    /** The date entered for question {@code id}, or empty when it is not a real date. */
    public static Optional<LocalDate> read(Map<String, String> form, String id) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(form.getOrDefault(id + "-year", "").trim()),
                    Integer.parseInt(form.getOrDefault(id + "-month", "").trim()),
                    Integer.parseInt(form.getOrDefault(id + "-day", "").trim()));
            return date.getYear() < 1900 ? Optional.empty() : Optional.of(date);
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Starts question {@code id} with a date the record already knows (never ask twice). */
    public static void fill(Map<String, String> fields, String id, LocalDate date) {
        fields.put(id + "-day", Integer.toString(date.getDayOfMonth()));
        fields.put(id + "-month", Integer.toString(date.getMonthValue()));
        fields.put(id + "-year", Integer.toString(date.getYear()));
    }
}
