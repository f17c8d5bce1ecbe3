package org.hearth.iro;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One step up the dispute resolution process: to which stage, on what day, to whom (the manager or body it went to),
 * why, and who recorded it.
 */
public record Escalation(UUID id, ChallengeStage stage, LocalDate escalatedOn, String escalatedTo, String reason,
                         String recordedBy) {}
