package org.hearth.clocks;

/** Where a statutory clock stands. The first three are for open clocks, the last two for completed ones. */
public enum ClockStatus {
    DUE,
    DUE_TODAY,
    OVERDUE,
    ON_TIME,
    LATE
}
