package org.hearth.clocks;

/** How a timescale's amount is counted. */
public enum TimescaleUnit {
    /** Working days in England, the start day being day 0. */
    WORKING_DAYS,
    /** Calendar days, not moved off weekends or bank holidays. */
    DAYS,
    /** Calendar months; a day the due month lacks becomes that month's last day. */
    MONTHS,
    /** School days: working days outside the council's school holidays ({@link org.hearth.calendar.SchoolHolidays}). */
    SCHOOL_DAYS
}
