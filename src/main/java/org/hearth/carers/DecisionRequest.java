package org.hearth.carers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A carer asking for a decision that their delegated authority does not give them: which decision, what they ask in
 * their own words, when, and the day an answer is due (the DECISION_REQUEST timescale, in working days).
 */
public record DecisionRequest(UUID id, UUID personId, String decision, String asked, LocalDate askedOn,
                              LocalDate answerDueOn, String askedBy, Instant askedAt) implements JourneyRecord {
    public LocalDate startDate() {
        return askedOn;
    }

    public String summary() {
        return "From " + askedBy + " (carer): asks for a decision on "
                + CarersStage.inSentence(CarersStage.DECISION, decision) + ": " + CarersStage.shortened(asked);
    }
}
