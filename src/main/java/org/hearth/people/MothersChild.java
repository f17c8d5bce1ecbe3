package org.hearth.people;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A child born to the young person (SSD ssd_mother): the 903's MC_DOB. The baby may not be on record, so its
 * person id is optional.
 */
public record MothersChild(UUID id, UUID personId, UUID childsPersonId, LocalDate childsDob) implements JourneyRecord {
    @Override
    public LocalDate startDate() {
        return childsDob;
    }

    @Override
    public String summary() {
        return "Became a mother";
    }
}
