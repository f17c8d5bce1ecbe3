package org.hearth.referral;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A contact about a child, with its reason in the words given; the decision on it is due within one working day.
 * Outcome: REFERRAL, EARLY_HELP, NFA, INFORMATION. The reasons for the decision, when given, are told to a partner who
 * referred through Hearth.
 */
public record Contact(UUID id, UUID personId, LocalDate contactDate, String contactSourceCode, String contactOutcome,
                      LocalDate decisionDate, String contactReason, String decisionReasons) implements JourneyRecord {
    /** A contact with no reasons given for its decision (or no decision yet). */
    public Contact(UUID id, UUID personId, LocalDate contactDate, String contactSourceCode, String contactOutcome,
                   LocalDate decisionDate, String contactReason) {
        this(id, personId, contactDate, contactSourceCode, contactOutcome, decisionDate, contactReason, null);
    }

    public LocalDate startDate() { return contactDate; }
    public String summary() {
        return "Contact received" + (contactOutcome == null ? "" : ", decision: " + RecordContact.DECISIONS.getOrDefault(contactOutcome, "recorded").toLowerCase());
    }
}
