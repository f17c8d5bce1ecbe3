package org.hearth.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A review child protection conference: whether the plan continues, the child's views, and (when the plan ends)
 * why it ends.
 */
public record CpReview(UUID id, UUID personId, UUID cpPlanId, LocalDate cpReviewDate, Boolean cpReviewOutcomeContinueCp,
                       String cpReviewChildViews, String cpReviewPlanEndReason, String cpReviewRecommendations)
        implements JourneyRecord {
    public CpReview(UUID id, UUID personId, UUID cpPlanId, LocalDate cpReviewDate, Boolean cpReviewOutcomeContinueCp,
                    String cpReviewChildViews, String cpReviewPlanEndReason) {
        this(id, personId, cpPlanId, cpReviewDate, cpReviewOutcomeContinueCp, cpReviewChildViews, cpReviewPlanEndReason,
                null);
    }

    /** A review as the CIN census knows it: date and whether the plan continues. */
    public CpReview(UUID id, UUID personId, UUID cpPlanId, LocalDate cpReviewDate, Boolean cpReviewOutcomeContinueCp) {
        this(id, personId, cpPlanId, cpReviewDate, cpReviewOutcomeContinueCp, null, null, null);
    }

    public LocalDate startDate() { return cpReviewDate; }
    public String summary() {
        return "Child protection review" + (Boolean.FALSE.equals(cpReviewOutcomeContinueCp) ? ": plan to end" : "");
    }
}
