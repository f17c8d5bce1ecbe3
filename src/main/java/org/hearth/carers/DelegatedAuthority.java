package org.hearth.carers;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * Who takes one everyday decision for the child ({@code codes/DELEGATED_DECISION.tsv}: haircuts, sleepovers, school
 * trips…): the carer, the social worker, or the parents must agree ({@code codes/DECIDED_BY.tsv}), with the reason,
 * as agreed on a day. One current record per decision; a change is made to it (the chronology keeps each).
 */
public record DelegatedAuthority(UUID id, UUID personId, String decision, String decidedBy, String reason,
                                 LocalDate agreedOn, String recordedBy) implements JourneyRecord {
    public static final String CARER = "CARER";
    public static final String SOCIAL_WORKER = "SOCIAL_WORKER";
    public static final String PARENT = "PARENT";

    public LocalDate startDate() {
        return agreedOn;
    }

    public String summary() {
        return "Delegated authority: " + CarersStage.inSentence(CarersStage.DECISION, decision) + ": "
                + CarersStage.inSentence(CarersStage.DECIDED_BY, decidedBy);
    }
}
