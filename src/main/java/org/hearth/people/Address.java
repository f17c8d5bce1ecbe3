package org.hearth.people;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** An address the child lived at, with dates; the postcode drives placement distance and deprivation measures. */
public record Address(UUID id, UUID personId, String addressType, String addressLine, String addressPostcode,
                      LocalDate addressStartDate, LocalDate addressEndDate) implements JourneyRecord {
    public LocalDate startDate() { return addressStartDate; }
    public LocalDate endDate() { return addressEndDate; }
    public String summary() { return "Address recorded"; }
}
