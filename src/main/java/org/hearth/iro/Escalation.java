package org.hearth.iro;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One step up the dispute resolution process: to which stage, on what day, to whom (the manager or body it went to),
 * why, and who recorded it; and, once given, the answer of the manager it went to (what they will do), when and by whom.
 */
public record Escalation(UUID id, ChallengeStage stage, LocalDate escalatedOn, String escalatedTo, String reason,
                         String recordedBy, String answer, LocalDate answeredOn, String answeredBy) {
    public Escalation(UUID id, ChallengeStage stage, LocalDate escalatedOn, String escalatedTo, String reason,
                      String recordedBy) {
        this(id, stage, escalatedOn, escalatedTo, reason, recordedBy, null, null, null);
    }

    public boolean answered() {
        return answer != null;
    }
}
