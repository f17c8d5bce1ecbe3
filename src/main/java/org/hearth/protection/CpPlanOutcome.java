package org.hearth.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** An outcome of a child protection plan: what must change for the child to be safe, set on {@code setDate}. */
public record CpPlanOutcome(UUID id, UUID personId, UUID cpPlanId, LocalDate setDate, String outcome)
        implements JourneyRecord {
    public LocalDate startDate() { return setDate; }
    public String summary() {
        return "Child protection plan outcome: " + outcome;
    }
}
