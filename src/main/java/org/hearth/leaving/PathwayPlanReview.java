package org.hearth.leaving;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A review of a pathway plan (at least every six months, Care Leavers (England) Regulations 2010 reg 7): whether the
 * young person took part, what was agreed, and the date of the next review. The review clock runs from each.
 */
public record PathwayPlanReview(UUID id, UUID personId, UUID planId, LocalDate reviewDate, Boolean youngPersonTookPart,
                                String reviewSummary, LocalDate nextReviewDate, String reviewedBy)
        implements JourneyRecord {
    public LocalDate startDate() { return reviewDate; }
    public String summary() { return "Pathway plan reviewed"; }
}
