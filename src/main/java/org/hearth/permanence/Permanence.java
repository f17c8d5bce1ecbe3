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
                         String decisionReversedReason, LocalDate permanenceOrderDate, String permanenceOrderType,
                         String adoptedByCarerFlag, String numberOfAdopters, String adopterSex,
                         String adopterLegalStatus)
        implements JourneyRecord {
    /**
     * A plan without the adopters' details (the 903's AD1 FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR, held in
     * the last four fields as the DfE codes them).
     */
    public Permanence(UUID id, UUID personId, String permanencePlan, LocalDate admDecisionDate,
                      LocalDate matchedDate, LocalDate placedForAdoptionDate, LocalDate decisionReversedDate,
                      String decisionReversedReason, LocalDate permanenceOrderDate, String permanenceOrderType) {
        this(id, personId, permanencePlan, admDecisionDate, matchedDate, placedForAdoptionDate, decisionReversedDate,
                decisionReversedReason, permanenceOrderDate, permanenceOrderType, null, null, null, null);
    }

    public LocalDate startDate() {
        return admDecisionDate != null ? admDecisionDate : permanenceOrderDate;
    }
    public LocalDate endDate() {
        return decisionReversedDate != null ? decisionReversedDate : permanenceOrderDate;
    }
    public String summary() { return "Permanence plan: " + PLAN_WORDS.getOrDefault(permanencePlan, "recorded"); }

    /** The permanence plans in words. */
    public static final java.util.Map<String, String> PLAN_WORDS = java.util.Map.of("ADOPTION", "adoption",
            "SGO", "special guardianship order", "RETURN_HOME", "return home",
            "CHILD_ARRANGEMENTS", "child arrangements order", "LONG_TERM_FOSTERING", "long-term fostering");

    /** Whether anything the 903's AD1 asks beyond the decision is recorded: the match or the adopters. */
    public boolean hasAdoptionDetails() {
        return matchedDate != null || adoptedByCarerFlag != null || numberOfAdopters != null || adopterSex != null
                || adopterLegalStatus != null;
    }
}
