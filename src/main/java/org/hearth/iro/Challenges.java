package org.hearth.iro;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The IRO challenge log, kept in PostgreSQL. Every read and write of a child's challenges passes the access seam
 * (so it is authorised and audited); only the child's own IRO raises, escalates or closes one, and a change made
 * against an old version of the challenge is refused.
 */
@Service
public class Challenges {
    static final String PART = "iro-challenges";

    private final AccessSeam seam;
    private final JdbcTemplate jdbc;

    Challenges(AccessSeam seam, JdbcTemplate jdbc) {
        this.seam = seam;
        this.jdbc = jdbc;
    }

    /** The child's challenges, newest first. */
    public List<Challenge> forChild(Actor actor, UUID childId, String purpose) {
        return seam.read(actor, childId, PART, purpose, () -> load(List.of(childId)));
    }

    /** The child's challenge log, read under the view the child's page has just judged (one judgement a page). */
    public List<Challenge> forChild(AccessSeam.Judged judged, Actor actor, UUID childId, String purpose) {
        return seam.readFurther(judged, actor, childId, PART, purpose, () -> load(List.of(childId)));
    }

    /** One of the child's challenges. */
    public Challenge one(Actor actor, UUID childId, UUID challengeId, String purpose) {
        return seam.read(actor, childId, PART, purpose, () -> find(childId, challengeId));
    }

    /** The challenges of several children, each child passing the seam on its own (the IRO's page). */
    public Map<UUID, List<Challenge>> forChildren(Actor actor, List<UUID> childIds, String purpose) {
        List<Challenge> all = seam.readEach(actor, childIds, PART, purpose, this::load);
        Map<UUID, List<Challenge>> out = new LinkedHashMap<>();
        for (Challenge c : all) {
            out.computeIfAbsent(c.childId(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    public Challenge raise(Actor actor, UUID childId, LocalDate raisedOn, String subject, String detail) {
        return seam.write(actor, childId, PART, "raise an IRO challenge", () -> {
            requireChildsIro(actor, childId, "raises a challenge");
            Challenge c = Challenge.raise(childId, actor.username(), raisedOn, subject, detail, LocalDate.now());
            UUID id = UUID.randomUUID();
            jdbc.update("INSERT INTO iro_challenge (chal_challenge_id, chal_person_id, chal_raised_by, chal_raised_on, "
                    + "chal_subject, chal_detail) VALUES (?, ?, ?, ?, ?, ?)", id, childId, c.raisedBy(),
                    Date.valueOf(c.raisedOn()), c.subject(), c.detail());
            return find(childId, id);
        });
    }

    public Challenge escalate(Actor actor, UUID childId, UUID challengeId, long expectedVersion, ChallengeStage to,
                              LocalDate on, String escalatedTo, String reason) {
        return seam.write(actor, childId, PART, "escalate an IRO challenge", () -> {
            requireChildsIro(actor, childId, "escalates a challenge");
            Challenge current = lockCurrent(childId, challengeId, expectedVersion);
            Challenge next = current.escalate(to, on, escalatedTo, reason, actor.username(), LocalDate.now());
            Escalation step = next.escalations().get(next.escalations().size() - 1);
            jdbc.update("INSERT INTO iro_challenge_escalation (ches_escalation_id, ches_challenge_id, ches_stage, "
                    + "ches_escalated_on, ches_escalated_to, ches_reason, ches_recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID(), challengeId, step.stage().name(), Date.valueOf(step.escalatedOn()),
                    step.escalatedTo(), step.reason(), step.recordedBy());
            bump(challengeId);
            return find(childId, challengeId);
        });
    }

    public Challenge close(Actor actor, UUID childId, UUID challengeId, long expectedVersion, Boolean resolved,
                           LocalDate on, String summary) {
        return seam.write(actor, childId, PART, "record the outcome of an IRO challenge", () -> {
            requireChildsIro(actor, childId, "records the outcome of a challenge");
            Challenge current = lockCurrent(childId, challengeId, expectedVersion);
            ChallengeOutcome o = current.close(resolved, on, summary, actor.username(), LocalDate.now()).outcome();
            jdbc.update("UPDATE iro_challenge SET chal_outcome = ?, chal_outcome_date = ?, chal_outcome_summary = ?, "
                    + "chal_outcome_by = ? WHERE chal_challenge_id = ?", o.resolved() ? "RESOLVED" : "NOT_RESOLVED",
                    Date.valueOf(o.decidedOn()), o.summary(), o.recordedBy(), challengeId);
            bump(challengeId);
            return find(childId, challengeId);
        });
    }

    /**
     * The team manager answers a challenge escalated to them: only a team manager whose view of the child lets them
     * write (the manager of the allocated worker's team), refused inside the seam so the attempt is audited.
     */
    public Challenge answer(Actor actor, UUID childId, UUID challengeId, long expectedVersion, LocalDate on, String answer) {
        return seam.write(actor, childId, PART, "answer an IRO challenge", () -> {
            if (actor.role() != Role.TEAM_MANAGER) {
                throw new HearthProblem(HttpStatus.FORBIDDEN, "Only a team manager answers an escalated challenge",
                        "A challenge escalated to a team manager is answered by the manager of the child's social "
                                + "worker. You can read the challenge log.");
            }
            Challenge current = lockCurrent(childId, challengeId, expectedVersion);
            Challenge next = current.answer(answer, on, actor.username(), LocalDate.now());
            Escalation step = next.escalations().get(next.escalations().size() - 1);
            jdbc.update("UPDATE iro_challenge_escalation SET ches_answer = ?, ches_answered_on = ?, ches_answered_by = ? "
                    + "WHERE ches_escalation_id = ? AND ches_answer IS NULL", step.answer(),
                    Date.valueOf(step.answeredOn()), step.answeredBy(), step.id());
            bump(challengeId);
            return find(childId, challengeId);
        });
    }

    /**
     * The children with a challenge waiting for a team manager's answer among those allocated to workers of
     * {@code teamId}: ids only, found without reading any record (the caller reads them through the seam).
     */
    public List<UUID> awaitingTeamManager(String teamId) {
        return jdbc.queryForList("SELECT DISTINCT c.chal_person_id FROM iro_challenge c "
                + "JOIN iro_challenge_escalation e ON e.ches_challenge_id = c.chal_challenge_id "
                + "JOIN ssd_involvements i ON i.invo_person_id = c.chal_person_id AND i.invo_professional_role_id = 'SW' "
                + "AND i.invo_involvement_start_date <= current_date AND (i.invo_involvement_end_date IS NULL "
                + "OR i.invo_involvement_end_date >= current_date) "
                + "JOIN hearth_user u ON u.username = i.invo_professional_id AND u.team_id = ? "
                + "WHERE c.chal_outcome IS NULL AND e.ches_stage = 'TEAM_MANAGER' AND e.ches_answer IS NULL "
                + "AND NOT EXISTS (SELECT 1 FROM iro_challenge_escalation later WHERE later.ches_challenge_id = "
                + "c.chal_challenge_id AND later.ches_stage <> 'TEAM_MANAGER')", UUID.class, teamId);
    }

    /**
     * Only the child's IRO takes a challenge through the process: the allocated social worker or their manager may
     * read the log but not write in it. Refused inside the seam, so the attempt is audited.
     */
    private void requireChildsIro(Actor actor, UUID childId, String what) {
        if (!isChildsIro(actor, childId)) {
            throw new HearthProblem(HttpStatus.FORBIDDEN, "Only the child's IRO " + what,
                    "The dispute resolution process is the Independent Reviewing Officer's: only the IRO who chairs "
                            + "this child's reviews " + what + ". You can read the challenge log.");
        }
    }

    /** Whether the user is the IRO who chairs the child's reviews today (to offer the forms; writes check again). */
    public boolean isChildsIro(Actor actor, UUID childId) {
        Boolean iro = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ssd_involvements WHERE invo_person_id = ? "
                + "AND invo_professional_id = ? AND invo_professional_role_id = 'IRO' "
                + "AND invo_involvement_start_date <= current_date AND (invo_involvement_end_date IS NULL "
                + "OR invo_involvement_end_date >= current_date))", Boolean.class, childId, actor.username());
        return actor.role() == Role.IRO && Boolean.TRUE.equals(iro);
    }

    private Challenge lockCurrent(UUID childId, UUID challengeId, long expectedVersion) {
        List<Long> version = jdbc.queryForList("SELECT chal_version FROM iro_challenge WHERE chal_challenge_id = ? "
                + "AND chal_person_id = ? FOR UPDATE", Long.class, challengeId, childId);
        if (version.isEmpty()) {
            throw HearthProblem.notFound("The challenge");
        }
        if (version.get(0) != expectedVersion) {
            throw new HearthProblem(HttpStatus.CONFLICT, "This challenge has changed since you opened it",
                    "Someone recorded a step on this challenge after you opened it. Reload the challenge, check what "
                            + "changed, and make yours again.");
        }
        return find(childId, challengeId);
    }

    private void bump(UUID challengeId) {
        jdbc.update("UPDATE iro_challenge SET chal_version = chal_version + 1 WHERE chal_challenge_id = ?", challengeId);
    }

    private Challenge find(UUID childId, UUID challengeId) {
        return load(List.of(childId)).stream().filter(c -> c.id().equals(challengeId)).findFirst()
                .orElseThrow(() -> HearthProblem.notFound("The challenge"));
    }

    /** The challenges of these children with their escalations, newest first; two queries whatever the count. */
    private List<Challenge> load(List<UUID> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        UUID[] ids = childIds.toArray(UUID[]::new);
        Map<UUID, List<Escalation>> steps = new HashMap<>();
        jdbc.query("SELECT e.ches_challenge_id, e.ches_escalation_id, e.ches_stage, e.ches_escalated_on, "
                        + "e.ches_escalated_to, e.ches_reason, e.ches_recorded_by, e.ches_answer, e.ches_answered_on, "
                        + "e.ches_answered_by FROM iro_challenge_escalation e "
                        + "JOIN iro_challenge c ON c.chal_challenge_id = e.ches_challenge_id "
                        + "WHERE c.chal_person_id = ANY(?) ORDER BY e.ches_escalated_on, e.ches_stage",
                rs -> {
                    steps.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Escalation(rs.getObject(2, UUID.class), ChallengeStage.valueOf(rs.getString(3)),
                                    rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                                    rs.getString(8), rs.getObject(9, LocalDate.class), rs.getString(10)));
                }, (Object) ids);
        List<Challenge> out = jdbc.query("SELECT chal_challenge_id, chal_person_id, chal_raised_by, chal_raised_on, "
                        + "chal_subject, chal_detail, chal_outcome, chal_outcome_date, chal_outcome_summary, "
                        + "chal_outcome_by, chal_version FROM iro_challenge WHERE chal_person_id = ANY(?) "
                        + "ORDER BY chal_raised_on DESC, chal_challenge_id",
                (rs, n) -> map(rs, steps), (Object) ids);
        return out;
    }

    private static Challenge map(ResultSet rs, Map<UUID, List<Escalation>> steps) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        List<Escalation> own = new ArrayList<>(steps.getOrDefault(id, List.of()));
        own.sort(Comparator.comparing(Escalation::stage));
        String outcome = rs.getString(7);
        ChallengeOutcome o = outcome == null ? null : new ChallengeOutcome("RESOLVED".equals(outcome),
                rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10));
        return new Challenge(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getString(5), rs.getString(6), own, o, rs.getLong(11));
    }
}
