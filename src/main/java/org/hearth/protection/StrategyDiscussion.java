package org.hearth.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** A multi-agency strategy discussion; outcome S47, CIN or NFA. It starts the 15-working-day ICPC clock. */
public record StrategyDiscussion(UUID id, UUID personId, UUID referralId, LocalDate discussionDate, String agencies,
                                 String outcome) implements JourneyRecord {
    public LocalDate startDate() { return discussionDate; }
    public String summary() {
        return "Strategy discussion" + (outcome == null ? "" : ", outcome: " + ChildProtection.OUTCOMES.getOrDefault(outcome, "recorded").toLowerCase());
    }
}
