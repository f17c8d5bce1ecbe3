package org.hearth.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * The Children's Commissioner's question a year after a child in need plan ends: is the child better off? The answer
 * (better off, the same, worse off, not known) and the evidence for it.
 */
public record CinPlanFollowUp(UUID id, UUID personId, UUID cinPlanId, LocalDate followUpDate, String followUpAnswer,
                              String followUpEvidence) implements JourneyRecord {
    public static final Map<String, String> ANSWERS = new LinkedHashMap<>();
    static {
        ANSWERS.put("BETTER_OFF", "Better off");
        ANSWERS.put("SAME", "The same");
        ANSWERS.put("WORSE_OFF", "Worse off");
        ANSWERS.put("NOT_KNOWN", "Not known");
    }

    public LocalDate startDate() { return followUpDate; }
    public String summary() {
        return "A year after the child in need plan: " + ANSWERS.getOrDefault(followUpAnswer, followUpAnswer).toLowerCase();
    }

    public String answerLabel() {
        return ANSWERS.getOrDefault(followUpAnswer, followUpAnswer);
    }
}
