package org.hearth.portal.space;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * Someone (or a pet) who matters to the child, in the child's words. They belong to the child, not to a placement, so
 * they stay across every move. {@code keepSeeingSince} is when the child last asked to keep seeing them: a request the
 * worker acts on (the worker's mark is kept beside the record, so a new request after it asks again).
 */
public record SomeoneWhoMatters(UUID id, UUID personId, String kind, String name, String who, String words,
                                Boolean keepSeeing, Instant keepSeeingSince, Integer version, String addedBy,
                                Instant addedAt, Instant updatedAt, Instant removedAt) implements JourneyRecord {
    public static final String PERSON = "PERSON";
    public static final String PET = "PET";

    @Override
    public LocalDate startDate() {
        return null;
    }

    public boolean removed() {
        return removedAt != null;
    }

    public boolean wantsToKeepSeeing() {
        return Boolean.TRUE.equals(keepSeeing);
    }

    @Override
    public String summary() {
        return PET.equals(kind) ? "A pet who matters to the child" : "Someone who matters to the child";
    }
}
