package org.hearth.people;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * An address the child lived at, with dates; the postcode drives placement distance and deprivation measures. One
 * flagged "do not disclose" (a refuge, a carer's home) is shown only to the child's allocated worker and manager.
 */
public record Address(UUID id, UUID personId, String addressType, String addressLine, String addressPostcode,
                      LocalDate addressStartDate, LocalDate addressEndDate, Boolean doNotDisclose)
        implements JourneyRecord, org.hearth.access.Restricted {
    public Address {
        doNotDisclose = Boolean.TRUE.equals(doNotDisclose);
    }

    public Address(UUID id, UUID personId, String addressType, String addressLine, String addressPostcode,
                   LocalDate addressStartDate, LocalDate addressEndDate) {
        this(id, personId, addressType, addressLine, addressPostcode, addressStartDate, addressEndDate, false);
    }

    public boolean restricted() { return doNotDisclose; }
    public LocalDate startDate() { return addressStartDate; }
    public LocalDate endDate() { return addressEndDate; }
    public String summary() { return "Address recorded"; }
}
