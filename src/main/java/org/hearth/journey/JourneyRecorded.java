package org.hearth.journey;

import java.util.UUID;

/**
 * Domain event: a record was added to or changed on a child's journey. Side effects (the chronology, later
 * notifications and partner feeds) follow from it, in the same transaction.
 */
public record JourneyRecorded(UUID childId, EpisodeKind<?> kind, JourneyRecord record, JourneyRecord previous,
                              String actor) {
    public boolean added() {
        return previous == null;
    }

    /** The change ended an episode that was open: the chronology dates it by its end. */
    public boolean ended() {
        return previous != null && previous.endDate() == null && record.endDate() != null;
    }
}
