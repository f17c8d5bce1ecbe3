package org.hearth.referral;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A contact about a child, with its reason in the words given; the decision on it is due within one working day.
 * Outcome: REFERRAL, EARLY_HELP, NFA, INFORMATION.
 */
public record Contact(UUID id, UUID personId, LocalDate contactDate, String contactSourceCode, String contactOutcome,
                      LocalDate decisionDate, String contactReason) implements JourneyRecord {
    public LocalDate startDate() { return contactDate; }
    public String summary() {
        return "Contact received" + (contactOutcome == null ? "" : ", decision: " + RecordContact.DECISIONS.getOrDefault(contactOutcome, "recorded").toLowerCase());
    }
}
