package org.hearth.iro;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.clocks.ClockStatus;

/**
 * One child on an IRO's list: the next looked-after and child protection reviews due (with their clocks' standing),
 * the last review held, the child's most recent recorded views and the open challenges.
 */
public record ReviewedChild(UUID childId, String laChildId, String name, LocalDate dob, List<String> status,
                            Due laReview, Due cpReview, LocalDate lastReview, String lastReviewKind,
                            LatestViews latestViews, List<Challenge> challenges) {

    /** A review clock still running: due on, and where it stands today. */
    public record Due(LocalDate dueOn, ClockStatus status) {}

    /** The child's views as the latest review that recorded them has them. */
    public record LatestViews(LocalDate on, String kind, String words) {}

    /** The soonest review due, of either kind: what the list sorts by. */
    public LocalDate nextDue() {
        if (laReview == null) {
            return cpReview == null ? null : cpReview.dueOn();
        }
        return cpReview == null || laReview.dueOn().isBefore(cpReview.dueOn()) ? laReview.dueOn() : cpReview.dueOn();
    }

    public long openChallenges() {
        return challenges.stream().filter(Challenge::isOpen).count();
    }
}
