package org.hearth.carers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** The social worker's answer to a carer's request: agreed or refused, with the reason. */
public record DecisionAnswer(UUID id, UUID personId, UUID requestId, String answer, String reason,
                             LocalDate answeredOn, String answeredBy, Instant answeredAt) implements JourneyRecord {
    public static final String AGREED = "AGREED";
    public static final String REFUSED = "REFUSED";

    public LocalDate startDate() {
        return answeredOn;
    }

    public boolean agreed() {
        return AGREED.equals(answer);
    }

    public String summary() {
        return "Answer to the carer's request: " + (agreed() ? "agreed" : "refused") + " by " + answeredBy + ": "
                + CarersStage.shortened(reason);
    }
}
