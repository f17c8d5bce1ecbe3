package org.hearth.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A council's school holidays (term dates differ by council), for clocks counted in school days: the personal
 * education plan is due within 20 school days of becoming looked after. A school day is a working day in England
 * (no weekend, no bank holiday) that falls in no school holiday. The list is the council's to keep: a file of lines
 * {@code from<TAB>to<TAB>name} with ISO dates, both days in the holiday, under the header {@link #HEADER}.
 */
public final class SchoolHolidays {
    public static final String HEADER = "from\tto\tname";

    /** One holiday, both days included. */
    public record Holiday(LocalDate from, LocalDate to, String name) {
        public Holiday {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the holiday '" + name + "' ends on " + to + ", before it starts on "
                        + from);
            }
        }

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    private static final SchoolHolidays NONE = new SchoolHolidays(List.of());

    private final List<Holiday> holidays;

    public SchoolHolidays(List<Holiday> holidays) {
        this.holidays = List.copyOf(holidays);
    }

    /** No school holidays configured: school days are then working days. */
    public static SchoolHolidays none() {
        return NONE;
    }

    public List<Holiday> holidays() {
        return holidays;
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.stream().anyMatch(h -> h.covers(day));
    }

    /** Whether the day is a school day: a working day in England outside every school holiday. */
    public boolean isSchoolDay(LocalDate day, WorkingDayCalendar calendar) {
        return calendar.isWorkingDay(day) && !isHoliday(day);
    }

    /** The day {@code n} school days after {@code start} (the start day is day 0, as for working days). */
    public LocalDate plusSchoolDays(LocalDate start, int n, WorkingDayCalendar calendar) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        int counted = 0;
        int guard = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isSchoolDay(day, calendar)) {
                counted++;
            }
            if (++guard > 3660) {
                throw new IllegalStateException("no school days within ten years of " + start
                        + ": the school holiday list is wrong");
            }
        }
        return day;
    }

    /** A council's list from a file; any wrong line stops the load with what and where. */
    public static SchoolHolidays load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read school holidays from " + file, e);
        }
        return parse(file.toString(), lines);
    }

    static SchoolHolidays parse(String where, List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            throw new IllegalStateException(where + " must start with the header '" + HEADER.replace("\t", "\\t") + "'");
        }
        List<Holiday> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String at = where + " line " + (i + 1) + ": ";
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new IllegalStateException(at + "expected 3 tab-separated columns (from, to, name), found " + f.length);
            }
            try {
                out.add(new Holiday(LocalDate.parse(f[0].strip()), LocalDate.parse(f[1].strip()), f[2].strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(at + "dates are written 2026-10-26, not '" + e.getParsedString() + "'", e);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(at + e.getMessage(), e);
            }
        }
        return new SchoolHolidays(out);
    }
}
