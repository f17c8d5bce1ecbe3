package org.hearth.codes;

import java.time.LocalDate;
import java.time.Month;

/**
 * A DfE collection year, named by the March it ends in: 2025 is 1 April 2024 to 31 March 2025 (ruleset "2024_25").
 * The census and 903 reference date is the last day of the year.
 */
public record CollectionYear(int endYear) implements Comparable<CollectionYear> {

    public CollectionYear {
        if (endYear < 2000 || endYear > 2100) {
            throw new IllegalArgumentException("collection year must be like 2025, not " + endYear);
        }
    }

    public static CollectionYear of(int endYear) {
        return new CollectionYear(endYear);
    }

    /** The collection year a date falls in. */
    public static CollectionYear containing(LocalDate date) {
        return new CollectionYear(date.getMonthValue() >= 4 ? date.getYear() + 1 : date.getYear());
    }

    /** Parses "2025" or the ruleset form "2024_25" / "2024/25". */
    public static CollectionYear parse(String text) {
        String t = text.trim();
        try {
            if (t.matches("\\d{4}")) {
                return new CollectionYear(Integer.parseInt(t));
            }
            if (t.matches("\\d{4}[_/-]\\d{2}")) {
                return new CollectionYear(Integer.parseInt(t.substring(0, 4)) + 1);
            }
        } catch (IllegalArgumentException ignored) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("'" + text + "' is not a collection year; give the year it ends in, e.g. 2025");
    }

    public LocalDate start() {
        return LocalDate.of(endYear - 1, Month.APRIL, 1);
    }

    /** 31 March: the reference date of the census and the 903. */
    public LocalDate end() {
        return LocalDate.of(endYear, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public CollectionYear previous() {
        return new CollectionYear(endYear - 1);
    }

    public CollectionYear next() {
        return new CollectionYear(endYear + 1);
    }

    /** "2024_25", as the rule catalogues name a year. */
    public String rulesetName() {
        return (endYear - 1) + "_" + String.format("%02d", endYear % 100);
    }

    @Override
    public int compareTo(CollectionYear other) {
        return Integer.compare(endYear, other.endYear);
    }

    @Override
    public String toString() {
        return (endYear - 1) + "/" + String.format("%02d", endYear % 100);
    }
}
