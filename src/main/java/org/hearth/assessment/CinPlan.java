package org.hearth.assessment;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** A child in need plan under section 17 of the Children Act 1989. */
public record CinPlan(UUID id, UUID personId, UUID referralId, LocalDate cinPlanStartDate, LocalDate cinPlanEndDate)
        implements JourneyRecord {
    public LocalDate startDate() { return cinPlanStartDate; }
    public LocalDate endDate() { return cinPlanEndDate; }
    public String summary() { return cinPlanEndDate == null ? "Child in need plan started" : "Child in need plan"; }
}
