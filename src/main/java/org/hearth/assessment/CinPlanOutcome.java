package org.hearth.assessment;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** An outcome a child in need plan aims for (what will be different for the child), set on a day. */
public record CinPlanOutcome(UUID id, UUID personId, UUID cinPlanId, LocalDate outcomeSetDate, String outcomeText)
        implements JourneyRecord {
    public LocalDate startDate() { return outcomeSetDate; }
    public String summary() { return "Child in need plan outcome set: " + outcomeText; }
}
