package org.hearth.permanence;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A permanence plan and its milestones: ADOPTION (decision, match, placement, order), SGO, RETURN_HOME,
 * CHILD_ARRANGEMENTS or LONG_TERM_FOSTERING.
 */
public record Permanence(UUID id, UUID personId, String permanencePlan, LocalDate admDecisionDate,
                         LocalDate matchedDate, LocalDate placedForAdoptionDate, LocalDate decisionReversedDate,
                         String decisionReversedReason, LocalDate permanenceOrderDate, String permanenceOrderType)
        implements JourneyRecord {
    public LocalDate startDate() {
        return admDecisionDate != null ? admDecisionDate : permanenceOrderDate;
    }
    public LocalDate endDate() {
        return decisionReversedDate != null ? decisionReversedDate : permanenceOrderDate;
    }
    public String summary() { return "Permanence: " + permanencePlan; }
}
