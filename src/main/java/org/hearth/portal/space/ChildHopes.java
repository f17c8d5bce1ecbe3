package org.hearth.portal.space;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** The child's hopes for a year, three years and five years from now, in their words: one record, which they change. */
public record ChildHopes(UUID id, UUID personId, String oneYear, String threeYears, String fiveYears, Integer version,
                         String updatedBy, Instant updatedAt) implements JourneyRecord {
    @Override
    public LocalDate startDate() {
        return null;
    }

    @Override
    public String summary() {
        return "The child's hopes";
    }
}
