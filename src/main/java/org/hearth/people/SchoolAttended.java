package org.hearth.people;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A school the child attended, from a day to a day (open while they still attend), like an address: the name and the
 * school's URN where known. A change of school counts as a school move in the stability index.
 */
public record SchoolAttended(UUID id, UUID personId, String schoolName, String schoolUrn, LocalDate startDate,
                             LocalDate endDate) implements JourneyRecord {
    public String summary() { return "School: " + schoolName; }
}
