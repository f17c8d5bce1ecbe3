package org.hearth.portal.space;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** Advocacy: the worker's offer of an advocate or the child's own ask, the child's answer, and the advocate once known. */
public record ChildAdvocacy(UUID id, UUID personId, Boolean askedByChild, String recordedBy, Instant recordedAt,
                            String answer, Instant answeredAt, String advocateName, String advocateContact)
        implements JourneyRecord {
    public static final java.util.List<String> ANSWERS = java.util.List.of("YES", "NO", "NOT_SURE");

    @Override
    public LocalDate startDate() {
        return null;
    }

    public boolean byChild() {
        return Boolean.TRUE.equals(askedByChild);
    }

    @Override
    public String summary() {
        return byChild() ? "The child asked for an advocate" : "An advocate offered to the child";
    }
}
