package org.hearth.carers;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** That the child's delegated authority was reviewed, on a day, at a looked-after review (by its id) where it was. */
public record DelegatedAuthorityReview(UUID id, UUID personId, LocalDate reviewedOn, UUID careReviewId,
                                       String reviewedBy) implements JourneyRecord {
    public LocalDate startDate() {
        return reviewedOn;
    }

    public String summary() {
        return "Delegated authority reviewed" + (careReviewId == null ? "" : " at the looked-after review");
    }
}
