package org.hearth.referral;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** A contact about a child; the decision on it is due within one working day. Outcome: REFERRAL, EARLY_HELP, NFA, INFORMATION. */
public record Contact(UUID id, UUID personId, LocalDate contactDate, String contactSourceCode, String contactOutcome,
                      LocalDate decisionDate) implements JourneyRecord {
    public LocalDate startDate() { return contactDate; }
    public String summary() {
        return "Contact received" + (contactOutcome == null ? "" : ", outcome " + contactOutcome);
    }
}
