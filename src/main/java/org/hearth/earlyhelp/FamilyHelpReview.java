package org.hearth.earlyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A review of a family help plan: the day, the progress towards each goal ({@code goalIds[i]} made
 * {@code goalProgress[i]}, one of {@link PlanProgress}), what was said, and when it is next reviewed.
 */
public record FamilyHelpReview(UUID id, UUID personId, UUID planId, LocalDate reviewDate, List<String> goalIds,
                               List<String> goalProgress, String reviewSummary, LocalDate nextReviewDate)
        implements JourneyRecord {
    public FamilyHelpReview {
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
        goalProgress = goalProgress == null ? List.of() : List.copyOf(goalProgress);
    }

    public LocalDate startDate() { return reviewDate; }
    public String summary() { return "Family help plan reviewed"; }

    /** The progress recorded for a goal at this review, in words, or null if it was not reviewed. */
    public String progressOf(UUID goalId) {
        int i = goalIds.indexOf(String.valueOf(goalId));
        return i < 0 || i >= goalProgress.size() ? null : PlanProgress.label(goalProgress.get(i));
    }
}
