package org.hearth.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.access.Actor;
import org.hearth.access.Role;

/**
 * Who may ask for an approval and who may decide it, as plain rules: a worker asks their own team's manager; only
 * a team manager of the team the request was made in decides; nobody approves their own work; a request is decided
 * once, on the version the manager saw; and every decision carries the manager's rationale (management oversight):
 * an approval says why the work is good enough, a return what to change. The rationale is shown on the record.
 */
public final class ApprovalRules {
    public static final int REASON_MAX = 2_000;
    static final String RETURN_RATIONALE_MISSING = "Enter why you are returning it, so the worker knows what to change";
    static final String APPROVE_RATIONALE_MISSING = "Enter your rationale for approving it: the management oversight "
            + "recorded on the child's record";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    public enum Decision { APPROVE, RETURN }

    /** Why a request or decision is refused: the user may not, it is stale, or the input needs fixing. */
    public enum Kind { FORBIDDEN, STALE, INPUT }

    public record Problem(Kind kind, String field, String message) {}

    /** A decision's result: the decided request, or the problems that refuse it. */
    public record Outcome(Approval approval, List<Problem> problems) {
        public boolean refused() {
            return !problems.isEmpty();
        }
    }

    private ApprovalRules() {}

    /**
     * May {@code worker} ask for approval of a subject that already has {@code pending} (if any) and is or is not
     * {@code alreadyApproved} (an authorised assessment)?
     */
    public static List<Problem> checkRequest(Actor worker, ApprovalType type, Optional<Approval> pending,
                                             boolean alreadyApproved, String note) {
        List<Problem> out = new ArrayList<>();
        if (!worker.role().practitioner()) {
            out.add(new Problem(Kind.FORBIDDEN, null, "Only practitioners ask for approvals"));
        } else if (worker.teamId() == null) {
            out.add(new Problem(Kind.FORBIDDEN, null,
                    "You are not in a team, so there is no team manager to ask; ask your administrator to add you to one"));
        }
        pending.ifPresent(p -> out.add(new Problem(Kind.STALE, null, "This " + type.subject()
                + " is already waiting for a decision, asked for by " + p.requestedBy() + " on "
                + WHEN.format(p.requestedAt()))));
        if (alreadyApproved) {
            out.add(new Problem(Kind.STALE, null, "This " + type.subject() + " has already been approved"));
        }
        if (note != null && note.length() > REASON_MAX) {
            out.add(new Problem(Kind.INPUT, "note", "The note must be " + REASON_MAX + " characters or fewer"));
        }
        return out;
    }

    /**
     * The manager's decision on {@code request}, which they saw at {@code seenVersion}. Approving an assessment
     * authorises it on {@code today}.
     */
    public static Outcome decide(Approval request, Actor manager, long seenVersion, Decision decision, String reason,
                                 Instant now, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (manager.role() != Role.TEAM_MANAGER) {
            out.add(new Problem(Kind.FORBIDDEN, null, "Only a team manager can approve or return this"));
        } else if (manager.username().equals(request.requestedBy())) {
            out.add(new Problem(Kind.FORBIDDEN, null,
                    "You cannot approve or return your own work; another team manager must decide"));
        } else if (request.teamId() == null || !request.teamId().equals(manager.teamId())) {
            out.add(new Problem(Kind.FORBIDDEN, null,
                    "Only a team manager of " + request.requestedBy() + "'s team can decide this request"));
        }
        if (!request.pending()) {
            out.add(new Problem(Kind.STALE, null, "This request was already "
                    + request.status().label().toLowerCase() + " by " + request.decidedBy() + " on "
                    + WHEN.format(request.decidedAt())));
        } else if (seenVersion != request.version()) {
            out.add(new Problem(Kind.STALE, null,
                    "This request has changed since you opened it; look at it again before deciding"));
        }
        if (decision == null) {
            out.add(new Problem(Kind.INPUT, "decision", "Select approve or return"));
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (decision == Decision.RETURN && why == null) {
            out.add(new Problem(Kind.INPUT, "reason", RETURN_RATIONALE_MISSING));
        } else if (decision == Decision.APPROVE && why == null) {
            out.add(new Problem(Kind.INPUT, "reason", APPROVE_RATIONALE_MISSING));
        }
        if (why != null && why.length() > REASON_MAX) {
            out.add(new Problem(Kind.INPUT, "reason", "The reason must be " + REASON_MAX + " characters or fewer"));
        }
        if (!out.isEmpty()) {
            return new Outcome(null, List.copyOf(out));
        }
        return new Outcome(request.decided(decision == Decision.APPROVE ? ApprovalStatus.APPROVED : ApprovalStatus.RETURNED,
                manager.username(), now, today, why), List.of());
    }
}
