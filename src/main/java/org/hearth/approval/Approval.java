package org.hearth.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A request for approval of one piece of a child's record (an assessment, a plan), made by the worker and decided
 * by their team manager. Immutable: a decision gives a new value with the next version, so a decision taken on a
 * version someone else has since changed can be refused.
 */
public record Approval(UUID id, UUID childId, ApprovalType type, UUID subjectId, String teamId, String requestedBy,
                       Instant requestedAt, String note, ApprovalStatus status, String decidedBy, Instant decidedAt,
                       LocalDate decidedOn, String reason, int version) {

    public static Approval request(UUID childId, ApprovalType type, UUID subjectId, String teamId, String requestedBy,
                                   Instant at, String note) {
        return new Approval(UUID.randomUUID(), childId, type, subjectId, teamId, requestedBy, at, note,
                ApprovalStatus.PENDING, null, null, null, null, 0);
    }

    /** When it was asked for, on the council's clock. */
    public java.time.LocalDateTime requestedLocal() {
        return java.time.LocalDateTime.ofInstant(requestedAt, java.time.ZoneId.of("Europe/London"));
    }

    public boolean pending() {
        return status == ApprovalStatus.PENDING;
    }

    Approval decided(ApprovalStatus outcome, String manager, Instant at, LocalDate on, String why) {
        return new Approval(id, childId, type, subjectId, teamId, requestedBy, requestedAt, note, outcome, manager, at,
                on, why, version + 1);
    }
}
