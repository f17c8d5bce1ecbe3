package org.hearth.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.earlyhelp.PlanProgress;
import org.hearth.journey.JourneyRecord;

/**
 * A child in need plan review meeting: the day, who attended (names and roles, one a line), whether the child
 * attended, the progress towards each outcome ({@code outcomeIds[i]} made {@code outcomeProgress[i]}), what was
 * decided, and the date of the next review.
 */
public record CinPlanReview(UUID id, UUID personId, UUID cinPlanId, LocalDate reviewDate, List<String> attendees,
                            Boolean childAttended, List<String> outcomeIds, List<String> outcomeProgress,
                            String reviewSummary, LocalDate nextReviewDate) implements JourneyRecord {
    public CinPlanReview {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        outcomeIds = outcomeIds == null ? List.of() : List.copyOf(outcomeIds);
        outcomeProgress = outcomeProgress == null ? List.of() : List.copyOf(outcomeProgress);
    }

    public LocalDate startDate() { return reviewDate; }
    public String summary() { return "Child in need plan review meeting (" + attendees.size() + " attended)"; }

    /** The progress recorded for an outcome at this review, in words, or null if it was not reviewed. */
    public String progressOf(UUID outcomeId) {
        int i = outcomeIds.indexOf(String.valueOf(outcomeId));
        return i < 0 || i >= outcomeProgress.size() ? null : PlanProgress.label(outcomeProgress.get(i));
    }
}
