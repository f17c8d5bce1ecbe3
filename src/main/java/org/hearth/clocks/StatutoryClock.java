package org.hearth.clocks;

import java.time.LocalDate;
import java.util.Objects;
import org.hearth.calendar.WorkingDayCalendar;

/**
 * One running or finished timescale for one subject, e.g. the assessment of a referral.
 *
 * @param ruleId      the timescale's id in the table
 * @param subject     what the clock is about, for people reading a list of clocks
 * @param startedOn   the event the timescale runs from
 * @param dueOn       the last day on which completion is on time
 * @param completedOn when it was done; null while the clock is open
 */
public record StatutoryClock(String ruleId, String subject, LocalDate startedOn, LocalDate dueOn,
                             LocalDate completedOn) {

    public StatutoryClock {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        if (dueOn.isBefore(startedOn)) {
            throw new IllegalArgumentException(ruleId + " cannot be due on " + dueOn + ", before it started on "
                    + startedOn);
        }
        if (completedOn != null && completedOn.isBefore(startedOn)) {
            throw new IllegalArgumentException(ruleId + " cannot be completed on " + completedOn
                    + ", before it started on " + startedOn);
        }
    }

    /** Starts a clock for a rule, working out the due date. */
    public static StatutoryClock start(TimescaleRule rule, String subject, LocalDate startedOn,
                                       WorkingDayCalendar calendar) {
        return new StatutoryClock(rule.id(), subject, startedOn, rule.dueDate(startedOn, calendar), null);
    }

    /** Starts a clock whose due date may be counted in school days. */
    public static StatutoryClock start(TimescaleRule rule, String subject, LocalDate startedOn,
                                       WorkingDayCalendar calendar, org.hearth.calendar.SchoolHolidays schoolHolidays) {
        return new StatutoryClock(rule.id(), subject, startedOn, rule.dueDate(startedOn, calendar, schoolHolidays), null);
    }

    /** This clock stopped on the given day. */
    public StatutoryClock completed(LocalDate on) {
        return new StatutoryClock(ruleId, subject, startedOn, dueOn, on);
    }

    public boolean isOpen() {
        return completedOn == null;
    }

    /** The clock's standing on {@code today}; a completed clock's standing no longer depends on the day. */
    public ClockStatus status(LocalDate today) {
        if (completedOn != null) {
            return completedOn.isAfter(dueOn) ? ClockStatus.LATE : ClockStatus.ON_TIME;
        }
        Objects.requireNonNull(today, "today");
        if (today.isBefore(dueOn)) {
            return ClockStatus.DUE;
        }
        return today.isEqual(dueOn) ? ClockStatus.DUE_TODAY : ClockStatus.OVERDUE;
    }
}
