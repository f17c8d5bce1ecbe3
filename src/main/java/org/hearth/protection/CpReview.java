package org.hearth.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** A review child protection conference. */
public record CpReview(UUID id, UUID personId, UUID cpPlanId, LocalDate cpReviewDate, Boolean cpReviewOutcomeContinueCp)
        implements JourneyRecord {
    public LocalDate startDate() { return cpReviewDate; }
    public String summary() {
        return "Child protection review" + (Boolean.FALSE.equals(cpReviewOutcomeContinueCp) ? ": plan to end" : "");
    }
}
