package org.hearth.care;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A looked-after child's review, with how the child took part (PN0–PN7), the child's own views in their words and
 * what the review decided.
 */
public record CareReview(UUID id, UUID personId, LocalDate claReviewDate, String claReviewParticipation,
                         Boolean claReviewCancelled, String claReviewChildViews, String claReviewDecisions)
        implements JourneyRecord {
    /** A review as the returns know it: date, participation, cancelled; no views or decisions recorded. */
    public CareReview(UUID id, UUID personId, LocalDate claReviewDate, String claReviewParticipation,
                      Boolean claReviewCancelled) {
        this(id, personId, claReviewDate, claReviewParticipation, claReviewCancelled, null, null);
    }

    public LocalDate startDate() { return claReviewDate; }
    public String summary() {
        return "Looked-after review" + (claReviewParticipation == null ? "" : ", participation: "
                + org.hearth.codes.CodeLists.standard().words("PARTICIPATION", claReviewParticipation, startDate()).toLowerCase());
    }
}
