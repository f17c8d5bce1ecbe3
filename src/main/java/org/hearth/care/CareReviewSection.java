package org.hearth.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.journey.ChildJourney;

/**
 * Something a later stage asks the looked-after review to look at and confirm (the carers' delegated authority): shown
 * on the review form with a box to tick, and recorded by the later stage once the review is saved. Care knows the
 * sections only through this interface, so it depends on no later stage.
 */
public interface CareReviewSection {
    /** What the review form shows, or empty when there is nothing for this review to look at. */
    Optional<Shown> shown(ChildJourney journey, Actor actor);

    /** The review (by id) has been recorded and the box was ticked: record what the section records. */
    void recorded(Actor actor, UUID childId, UUID careReviewId, LocalDate date);

    /**
     * @param name    the checkbox's name (its value is "yes")
     * @param heading the section's heading
     * @param lines   what it shows, one line each
     * @param label   what ticking the box says
     */
    record Shown(String name, String heading, List<String> lines, String label) {
        public Shown {
            lines = List.copyOf(lines);
        }
    }
}
