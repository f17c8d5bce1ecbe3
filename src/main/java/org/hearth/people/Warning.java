package org.hearth.people;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A warning on the child's record, shown in the identity bar to whoever opens it: a risk to staff, do not disclose the
 * address, an interpreter needed, or another (the types are the code list {@code WARNING}). It runs from the day it
 * was added until the day it was ended; an ended warning stays on the record.
 */
public record Warning(UUID id, UUID personId, String warningType, String detail, LocalDate startDate, LocalDate endDate)
        implements JourneyRecord {
    public static final String RISK_TO_STAFF = "RISK_TO_STAFF";
    public static final String DO_NOT_DISCLOSE_ADDRESS = "DO_NOT_DISCLOSE_ADDRESS";
    public static final String INTERPRETER = "INTERPRETER";

    /** Whether the warning applies on {@code day}: from its start, until the day it was ended (that day it no longer does). */
    public boolean activeOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || endDate.isAfter(day));
    }

    public String summary() {
        String label = Warnings.label(warningType);
        return endDate == null ? "Warning added: " + label : "Warning ended: " + label;
    }
}
