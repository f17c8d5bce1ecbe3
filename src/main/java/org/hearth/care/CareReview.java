package org.hearth.care;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** A looked-after child's review, with how the child took part (PN0–PN7). */
public record CareReview(UUID id, UUID personId, LocalDate claReviewDate, String claReviewParticipation,
                         Boolean claReviewCancelled) implements JourneyRecord {
    public LocalDate startDate() { return claReviewDate; }
    public String summary() {
        return "Looked-after review" + (claReviewParticipation == null ? "" : ", participation " + claReviewParticipation);
    }
}
