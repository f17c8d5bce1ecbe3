package org.hearth.journey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Date helpers shared by the journey rules. */
public final class Dates {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private Dates() {}

    /** "15 December 2025": how a practitioner reads a date. */
    public static String uk(LocalDate date) {
        return date == null ? "(no date)" : UK.format(date);
    }

    /** True when [aStart, aEnd] and [bStart, bEnd] share a day; a null end is open. Same-day handover is not an overlap. */
    public static boolean overlap(LocalDate aStart, LocalDate aEnd, LocalDate bStart, LocalDate bEnd) {
        // An episode ending on the day the next starts is a handover, as the DfE treats it.
        boolean aEndsBeforeB = aEnd != null && !aEnd.isAfter(bStart);
        boolean bEndsBeforeA = bEnd != null && !bEnd.isAfter(aStart);
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    public static boolean within(LocalDate day, LocalDate start, LocalDate end) {
        return day != null && start != null && !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
}
