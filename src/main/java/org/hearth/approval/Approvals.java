package org.hearth.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.AccessDenied;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.AuthoriseAssessment;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.HearthProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.hearth.assessment.AssessmentStage;
import org.hearth.protection.ProtectionStage;

/**
 * Approvals kept as typed objects in {@code approval_request}. Every request and decision passes the access seam
 * (so it is audited, and refused for a child the user has no relationship with) and is judged by
 * {@link ApprovalRules}. Approving an assessment runs the {@link AuthoriseAssessment} command (the only way its
 * authorisation date is set) in the same transaction as the decision, so the two never disagree.
 */
@Service
public class Approvals {
    private static final String COLUMNS = "appr_request_id, appr_person_id, appr_type, appr_subject_id, appr_team_id, "
            + "appr_requested_by, appr_requested_at, appr_note, appr_status, appr_decided_by, appr_decided_at, "
            + "appr_decided_on, appr_reason, appr_version";

    private final JdbcTemplate jdbc;
    private final AccessSeam seam;
    private final JourneyService journeys;

    Approvals(JdbcTemplate jdbc, AccessSeam seam, JourneyService journeys) {
        this.jdbc = jdbc;
        this.seam = seam;
        this.journeys = journeys;
    }

    /** A refusal with the problems the page shows: 409 when stale, 400 when the input needs fixing. */
    public static class Refused extends HearthProblem {
        private final List<ApprovalRules.Problem> problems;

        Refused(List<ApprovalRules.Problem> problems) {
            super(problems.stream().anyMatch(p -> p.kind() == ApprovalRules.Kind.STALE) ? HttpStatus.CONFLICT
                            : HttpStatus.BAD_REQUEST, "This cannot be done",
                    problems.stream().map(ApprovalRules.Problem::message).reduce((a, b) -> a + ". " + b).orElse(""));
            this.problems = List.copyOf(problems);
        }

        public List<ApprovalRules.Problem> problems() { return problems; }
    }

    /** A worker asks their team manager to approve {@code subjectId} on the child's record. */
    public Approval request(Actor worker, UUID childId, ApprovalType type, UUID subjectId, String note) {
        String purpose = "ask for " + type.label().toLowerCase();
        return seam.write(worker, childId, "approvals", purpose, () -> {
            ChildJourney j = journeys.read(worker, childId, "approvals", purpose);
            boolean approved = switch (type) {
                case ASSESSMENT_AUTHORISATION -> j.find(AssessmentStage.ASSESSMENTS, subjectId)
                        .orElseThrow(() -> HearthProblem.notFound("The assessment")).assessmentAuthDate() != null;
                case CIN_PLAN_SIGN_OFF -> {
                    j.find(AssessmentStage.CIN_PLANS, subjectId).orElseThrow(() -> HearthProblem.notFound("The child in need plan"));
                    yield approvedBefore(subjectId);
                }
                case CP_PLAN_SIGN_OFF -> {
                    j.find(ProtectionStage.CP_PLANS, subjectId).orElseThrow(() -> HearthProblem.notFound("The child protection plan"));
                    yield approvedBefore(subjectId);
                }
            };
            String clean = note == null || note.isBlank() ? null : note.trim();
            List<ApprovalRules.Problem> problems = ApprovalRules.checkRequest(worker, type, pendingFor(subjectId),
                    approved, clean);
            throwIfAny(problems);
            Approval a = Approval.request(childId, type, subjectId, worker.teamId(), worker.username(), Instant.now(), clean);
            try {
                jdbc.update("INSERT INTO approval_request (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        a.id(), a.childId(), a.type().name(), a.subjectId(), a.teamId(), a.requestedBy(),
                        Timestamp.from(a.requestedAt()), a.note(), a.status().name(), null, null, null, null, a.version());
            } catch (DuplicateKeyException e) { // asked twice at once: the partial unique index keeps one pending
                throw new Refused(List.of(new ApprovalRules.Problem(ApprovalRules.Kind.STALE, null,
                        "This " + type.subject() + " is already waiting for a decision")));
            }
            return a;
        });
    }

    /** The team manager approves or returns a request they saw at {@code seenVersion}. */
    public Approval decide(Actor manager, UUID requestId, long seenVersion, ApprovalRules.Decision decision, String reason) {
        Approval seen = find(requestId).orElseThrow(() -> HearthProblem.notFound("The approval request"));
        String purpose = (decision == ApprovalRules.Decision.RETURN ? "return " : "approve ") + seen.type().subject();
        // Read before the decision's transaction: a seam call nested after another has audited must not be refused
        // (its refusal is audited in a transaction of its own, which would wait for the audit chain's lock).
        ChildJourney j = decision == ApprovalRules.Decision.APPROVE && seen.type() == ApprovalType.ASSESSMENT_AUTHORISATION
                ? journeys.read(manager, seen.childId(), "assessments", purpose) : null;
        return seam.write(manager, seen.childId(), "approvals", purpose, () -> {
            Approval current = jdbc.query("SELECT " + COLUMNS + " FROM approval_request WHERE appr_request_id = ? FOR UPDATE",
                    Approvals::map, requestId).get(0);
            LocalDate today = LocalDate.now();
            ApprovalRules.Outcome outcome = ApprovalRules.decide(current, manager, seenVersion, decision, reason,
                    Instant.now(), today);
            throwIfAny(outcome.problems());
            Approval decided = outcome.approval();
            if (decided.status() == ApprovalStatus.APPROVED && decided.type() == ApprovalType.ASSESSMENT_AUTHORISATION) {
                Assessment assessment = j.find(AssessmentStage.ASSESSMENTS, decided.subjectId())
                        .orElseThrow(() -> HearthProblem.notFound("The assessment"));
                if (assessment.assessmentAuthDate() != null) {
                    throwIfAny(List.of(new ApprovalRules.Problem(ApprovalRules.Kind.STALE, null,
                            "This assessment was already authorised")));
                }
                journeys.execute(manager, decided.childId(), j.version(),
                        new AuthoriseAssessment(assessment.id(), current.requestedBy(), current.teamId()), purpose);
            }
            int updated = jdbc.update("UPDATE approval_request SET appr_status = ?, appr_decided_by = ?, appr_decided_at = ?, "
                            + "appr_decided_on = ?, appr_reason = ?, appr_version = ? WHERE appr_request_id = ? AND appr_version = ?",
                    decided.status().name(), decided.decidedBy(), Timestamp.from(decided.decidedAt()),
                    java.sql.Date.valueOf(decided.decidedOn()), decided.reason(), decided.version(), requestId,
                    current.version());
            if (updated != 1) {
                throwIfAny(List.of(new ApprovalRules.Problem(ApprovalRules.Kind.STALE, null,
                        "This request has changed since you opened it; look at it again before deciding")));
            }
            return decided;
        });
    }

    /** One request, read through the seam as part of the child's record. */
    public Approval get(Actor actor, UUID requestId) {
        Approval a = find(requestId).orElseThrow(() -> HearthProblem.notFound("The approval request"));
        return seam.read(actor, a.childId(), "approvals", "look at an approval request", () -> a);
    }

    /** Every request about the child, newest first (for the worker to see what was returned and why). */
    public List<Approval> forChild(Actor actor, UUID childId) {
        return seam.read(actor, childId, "approvals", "see approvals", () -> jdbc.query("SELECT " + COLUMNS
                + " FROM approval_request WHERE appr_person_id = ? ORDER BY appr_requested_at DESC", Approvals::map, childId));
    }

    /** A row of the manager's queue. */
    public record Waiting(Approval approval, String childName, String laChildId, String requestedByName) {}

    /** The requests waiting for the manager's team, oldest first; children they may not see are left out. */
    public List<Waiting> waitingFor(Actor manager) {
        if (manager.role() != Role.TEAM_MANAGER || manager.teamId() == null) {
            throw AccessDenied.forRole("Only a team manager has an approvals queue");
        }
        List<Approval> pending = jdbc.query("SELECT " + COLUMNS + " FROM approval_request WHERE appr_team_id = ? "
                + "AND appr_status = 'PENDING' ORDER BY appr_requested_at", Approvals::map, manager.teamId());
        List<UUID> childIds = pending.stream().map(Approval::childId).distinct().toList();
        Map<UUID, String[]> names = new HashMap<>();
        seam.readEach(manager, childIds, "approvals", "approvals queue", allowed -> {
            jdbc.query("SELECT pers_person_id, coalesce(pers_forename, '') || ' ' || coalesce(pers_surname, ''), pers_legacy_id "
                            + "FROM ssd_person WHERE pers_person_id = ANY(?)",
                    rs -> { names.put(rs.getObject(1, UUID.class), new String[] {rs.getString(2).trim(), rs.getString(3)}); },
                    (Object) allowed.toArray(UUID[]::new));
            return List.of();
        });
        Map<String, String> people = new HashMap<>();
        jdbc.query("SELECT username, display_name FROM hearth_user WHERE team_id = ?",
                rs -> { people.put(rs.getString(1), rs.getString(2)); }, manager.teamId());
        List<Waiting> out = new ArrayList<>();
        for (Approval a : pending) {
            String[] n = names.get(a.childId());
            if (n != null) {
                out.add(new Waiting(a, n[0], n[1], people.getOrDefault(a.requestedBy(), a.requestedBy())));
            }
        }
        return out;
    }

    /**
     * Requests returned with a reason and not asked again since (the latest request about their subject is the
     * returned one): those a worker asked for ({@code username}), or every one of a team ({@code teamId}). Children the
     * reader may not see are left out.
     */
    public List<Waiting> returned(Actor reader, String username, String teamId) {
        List<Approval> returned = jdbc.query("SELECT " + COLUMNS + " FROM approval_request r WHERE r.appr_status = 'RETURNED' "
                + "AND (r.appr_requested_by = ? OR r.appr_team_id = ?) AND NOT EXISTS (SELECT 1 FROM approval_request later "
                + "WHERE later.appr_subject_id = r.appr_subject_id AND later.appr_requested_at > r.appr_requested_at) "
                + "ORDER BY r.appr_decided_at", Approvals::map, username, teamId);
        return named(reader, returned, "returned approvals");
    }

    /** A worker's own requests: those returned to them ({@link #returned}) and those still waiting ({@link #pendingFrom}). */
    public record Mine(List<Waiting> returned, List<Waiting> pending) {}

    /**
     * {@link #returned returned(worker, worker's name, null)} and {@link #pendingFrom pendingFrom(worker)} with the
     * requests read in one statement (issue 15: My work's statements); each list is named, judged and audited as those
     * two do it, the returned first.
     */
    public Mine mine(Actor worker) {
        List<Approval> returned = new ArrayList<>();
        List<Approval> pending = new ArrayList<>();
        jdbc.query("SELECT " + COLUMNS + " FROM approval_request r WHERE r.appr_requested_by = ? AND (r.appr_status = "
                + "'PENDING' OR r.appr_status = 'RETURNED' AND NOT EXISTS (SELECT 1 FROM approval_request later WHERE "
                + "later.appr_subject_id = r.appr_subject_id AND later.appr_requested_at > r.appr_requested_at)) "
                + "ORDER BY r.appr_status, CASE WHEN r.appr_status = 'RETURNED' THEN r.appr_decided_at "
                + "ELSE r.appr_requested_at END", rs -> {
            Approval a = map(rs, 0);
            (a.status() == ApprovalStatus.RETURNED ? returned : pending).add(a);
        }, worker.username());
        return new Mine(named(worker, returned, "returned approvals"), named(worker, pending, "approvals sent"));
    }

    /** The requests {@code worker} made that are still waiting for their manager. */
    public List<Waiting> pendingFrom(Actor worker) {
        return named(worker, jdbc.query("SELECT " + COLUMNS + " FROM approval_request WHERE appr_requested_by = ? "
                + "AND appr_status = 'PENDING' ORDER BY appr_requested_at", Approvals::map, worker.username()),
                "approvals sent");
    }

    private List<Waiting> named(Actor reader, List<Approval> requests, String purpose) {
        if (requests.isEmpty()) {
            return List.of();
        }
        List<UUID> childIds = requests.stream().map(Approval::childId).distinct().toList();
        Map<UUID, String[]> names = new HashMap<>();
        seam.readEach(reader, childIds, "approvals", purpose, allowed -> {
            jdbc.query("SELECT pers_person_id, coalesce(pers_forename, '') || ' ' || coalesce(pers_surname, ''), pers_legacy_id "
                            + "FROM ssd_person WHERE pers_person_id = ANY(?)",
                    rs -> { names.put(rs.getObject(1, UUID.class), new String[] {rs.getString(2).trim(), rs.getString(3)}); },
                    (Object) allowed.toArray(UUID[]::new));
            return List.of();
        });
        Map<String, String> people = new HashMap<>();
        jdbc.query("SELECT username, display_name FROM hearth_user WHERE username = ANY(?)",
                rs -> { people.put(rs.getString(1), rs.getString(2)); },
                (Object) requests.stream().flatMap(a -> java.util.stream.Stream.of(a.requestedBy(), a.decidedBy()))
                        .filter(java.util.Objects::nonNull).distinct().toArray(String[]::new));
        List<Waiting> out = new ArrayList<>();
        for (Approval a : requests) {
            String[] n = names.get(a.childId());
            if (n != null) {
                out.add(new Waiting(a, n[0], n[1], people.getOrDefault(a.requestedBy(), a.requestedBy())));
            }
        }
        return out;
    }

    /** How many requests are waiting for the manager's team (for the navigation); no child is read. */
    public int countWaiting(Actor manager) {
        if (manager.role() != Role.TEAM_MANAGER || manager.teamId() == null) {
            return 0;
        }
        Integer n = jdbc.queryForObject("SELECT count(*) FROM approval_request WHERE appr_team_id = ? AND appr_status = 'PENDING'",
                Integer.class, manager.teamId());
        return n == null ? 0 : n;
    }

    Optional<Approval> find(UUID requestId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM approval_request WHERE appr_request_id = ?", Approvals::map, requestId)
                .stream().findFirst();
    }

    private Optional<Approval> pendingFor(UUID subjectId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM approval_request WHERE appr_subject_id = ? AND appr_status = 'PENDING'",
                Approvals::map, subjectId).stream().findFirst();
    }

    private boolean approvedBefore(UUID subjectId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM approval_request "
                + "WHERE appr_subject_id = ? AND appr_status = 'APPROVED')", Boolean.class, subjectId));
    }

    private static void throwIfAny(List<ApprovalRules.Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        problems.stream().filter(p -> p.kind() == ApprovalRules.Kind.FORBIDDEN).findFirst().ifPresent(p -> {
            throw new HearthProblem(HttpStatus.FORBIDDEN, "You cannot decide this request", p.message());
        });
        throw new Refused(problems);
    }

    static Approval map(ResultSet rs, int n) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("appr_decided_at");
        java.sql.Date decidedOn = rs.getDate("appr_decided_on");
        String decidedBy = rs.getString("appr_decided_by");
        return new Approval(rs.getObject("appr_request_id", UUID.class), rs.getObject("appr_person_id", UUID.class),
                ApprovalType.valueOf(rs.getString("appr_type")), rs.getObject("appr_subject_id", UUID.class),
                rs.getString("appr_team_id"), rs.getString("appr_requested_by"),
                rs.getTimestamp("appr_requested_at").toInstant(), rs.getString("appr_note"),
                ApprovalStatus.valueOf(rs.getString("appr_status")), decidedBy,
                decidedAt == null ? null : decidedAt.toInstant(), decidedOn == null ? null : decidedOn.toLocalDate(),
                rs.getString("appr_reason"), rs.getInt("appr_version"));
    }
}
