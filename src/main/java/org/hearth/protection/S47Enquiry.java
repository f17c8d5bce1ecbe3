package org.hearth.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A section 47 enquiry (Children Act 1989); ends with an ICPC required or not. {@code icpcTargetDate}: the date by
 * which the initial conference should be held (the CIN census's InitialCPCtarget), when known.
 */
public record S47Enquiry(UUID id, UUID personId, UUID referralId, UUID strategyDiscussionId, LocalDate s47StartDate,
                         LocalDate s47EndDate, Boolean icpcRequired, LocalDate icpcTargetDate)
        implements JourneyRecord {
    /** An enquiry with no conference target date recorded. */
    public S47Enquiry(UUID id, UUID personId, UUID referralId, UUID strategyDiscussionId, LocalDate s47StartDate,
                      LocalDate s47EndDate, Boolean icpcRequired) {
        this(id, personId, referralId, strategyDiscussionId, s47StartDate, s47EndDate, icpcRequired, null);
    }

    public LocalDate startDate() { return s47StartDate; }
    public LocalDate endDate() { return s47EndDate; }
    public String summary() {
        return "Section 47 enquiry" + (icpcRequired == null ? " started" : Boolean.TRUE.equals(icpcRequired)
                ? ", conference required" : ", no conference required");
    }
}
