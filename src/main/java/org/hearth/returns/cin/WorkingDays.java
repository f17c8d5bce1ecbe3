package org.hearth.returns.cin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days in England: Monday to Friday less bank holidays, from
 * {@code reference/calendar/bank-holidays-england-and-wales.csv}. Deliberately tiny and private to the CIN rules until
 * the shared {@code org.hearth.calendar.WorkingDayCalendar} replaces it.
 */
final class WorkingDays {
    private static final Set<LocalDate> HOLIDAYS = load();

    private WorkingDays() {
    }

    static boolean isWorkingDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !HOLIDAYS.contains(date);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /** The date {@code n} working days before {@code date} (n ≥ 1), counting back from the day before. */
    static LocalDate minus(LocalDate date, int n) {
        LocalDate d = date;
        int left = n;
        while (left > 0) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    private static Set<LocalDate> load() {
        String path = "/reference/calendar/bank-holidays-england-and-wales.csv";
        try (InputStream in = WorkingDays.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<LocalDate> days = new HashSet<>();
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    days.add(LocalDate.parse(line.substring(0, line.indexOf(','))));
                }
            }
            return Set.copyOf(days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
