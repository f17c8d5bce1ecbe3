package org.hearth.people;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * Someone (or a pet) who matters to the child, with the child's own words about them. Kept across every move,
 * because relationships are what a child in care most often loses.
 */
public record PersonWhoMatters(UUID id, UUID personId, String name, String kind, String relationship,
                               String childsWords, UUID relatedPersonId, LocalDate startDate, LocalDate endDate)
        implements JourneyRecord {
    public String summary() {
        return ("PET".equals(kind) ? "Pet who matters: " : "Person who matters: ") + name;
    }
}
