package org.hearth.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A multi-agency strategy discussion; outcome S47, CIN or NFA. It starts the 15-working-day ICPC clock. Who took part
 * is kept as {@link ProtectionAttendee}s of it, the actions agreed as {@link ProtectionAction}s; when the police or
 * health did not take part, {@code absenceReason} says why.
 */
public record StrategyDiscussion(UUID id, UUID personId, UUID referralId, LocalDate discussionDate, String outcome,
                                 String minutes, String absenceReason) implements JourneyRecord {
    public LocalDate startDate() { return discussionDate; }
    public String summary() {
        return "Strategy discussion" + (outcome == null ? "" : ": " + ChildProtection.OUTCOMES.getOrDefault(outcome,
                outcome).toLowerCase(java.util.Locale.UK))
                + (absenceReason == null ? "" : " (police or health did not take part)");
    }
}
