package org.hearth.clocks;

import java.time.LocalDate;
import java.util.Objects;
import org.hearth.calendar.SchoolHolidays;
import org.hearth.calendar.WorkingDayCalendar;

/** One row of the timescales table: how long after an event something is due, and on what authority. */
public record TimescaleRule(String id, String name, String startsFrom, int amount, TimescaleUnit unit,
                            String source, TimescaleBasis basis) {

    public TimescaleRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(basis, "basis");
        if (amount <= 0) {
            throw new IllegalArgumentException("timescale " + id + " needs a positive amount, not " + amount);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("timescale " + id + " needs a source");
        }
    }

    /** The date this timescale falls due for a clock started on {@code start}. */
    public LocalDate dueDate(LocalDate start, WorkingDayCalendar calendar) {
        return dueDate(start, calendar, SchoolHolidays.none());
    }

    /** The due date, school days skipping the council's school holidays as well as weekends and bank holidays. */
    public LocalDate dueDate(LocalDate start, WorkingDayCalendar calendar, SchoolHolidays schoolHolidays) {
        Objects.requireNonNull(start, "start");
        return switch (unit) {
            case WORKING_DAYS -> calendar.plusWorkingDays(start, amount);
            case SCHOOL_DAYS -> schoolHolidays.plusSchoolDays(start, amount, calendar);
            case DAYS -> start.plusDays(amount);
            case MONTHS -> start.plusMonths(amount);
        };
    }
}
