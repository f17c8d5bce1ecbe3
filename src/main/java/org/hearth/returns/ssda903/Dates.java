package org.hearth.returns.ssda903;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 903's dates: dd/mm/yyyy. Hand-parsed because this runs once per date cell on returns of 80,000 children. */
final class Dates {
    private Dates() {}

    /** The date, or null when blank or not a real dd/mm/yyyy date (e.g. 31/02/2020). */
    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int s1 = text.indexOf('/');
        int s2 = s1 < 0 ? -1 : text.indexOf('/', s1 + 1);
        if (s1 < 1 || s1 > 2 || s2 - s1 < 2 || s2 - s1 > 3 || n - s2 != 5) {
            return null;
        }
        int day = digits(text, 0, s1);
        int month = digits(text, s1 + 1, s2);
        int year = digits(text, s2 + 1, n);
        if (day < 0 || month < 0 || year < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Whole years of age on a date (a child is 4 on their 4th birthday). */
    static int age(LocalDate dob, LocalDate on) {
        int years = on.getYear() - dob.getYear();
        if (on.getMonthValue() < dob.getMonthValue()
                || (on.getMonthValue() == dob.getMonthValue() && on.getDayOfMonth() < dob.getDayOfMonth())) {
            years--;
        }
        return years;
    }
}
