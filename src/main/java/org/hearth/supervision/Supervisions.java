package org.hearth.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.AccessPolicy;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.journey.JourneyService;
import org.hearth.notes.NotesStage;
import org.hearth.notes.RecordCaseNote;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Supervision records in {@code supervision_session} (with their decisions and actions), every use through the
 * access seam ({@link AccessSeam#supervision}, audited with its purpose) and judged by {@link SupervisionRules}. A
 * decision about a child is written on the child's record by the notes stage's own command
 * ({@link RecordCaseNote}, kind SUPERVISION_DECISION) through {@link JourneyService#execute}, in the same transaction
 * as the supervision: either everything is saved or nothing is.
 */
@Service
public class Supervisions {
    static final String DECISION_KIND = "SUPERVISION_DECISION";
    private static final String COLUMNS = "supn_session_id, supn_supervisor, supn_worker, supn_team_id, supn_date, "
            + "supn_type, supn_wellbeing, supn_caseload, supn_learning, supn_next_date, supn_worker_comments, "
            + "supn_agreed_at, supn_recorded_by, supn_recorded_at, supn_changed_by, supn_changed_at, supn_version";

    private final JdbcTemplate jdbc;
    private final AccessSeam seam;
    private final JourneyService journeys;
    private final UserDirectory users;

    Supervisions(JdbcTemplate jdbc, AccessSeam seam, JourneyService journeys, UserDirectory users) {
        this.jdbc = jdbc;
        this.seam = seam;
        this.journeys = journeys;
        this.users = users;
    }

    /** A refusal with its problems: 409 when the record changed since it was read, 403 when not the user's to do. */
    public static class Refused extends HearthProblem {
        private final List<SupervisionRules.Problem> problems;

        Refused(List<SupervisionRules.Problem> problems) {
            super(status(problems), problems.stream().anyMatch(p -> p.kind() == SupervisionRules.Kind.STALE)
                            ? "This supervision record has changed" : "Check your answers",
                    problems.stream().map(SupervisionRules.Problem::message).reduce((a, b) -> a + ". " + b).orElse(""),
                    problems.stream().map(p -> Map.<String, Object>of("pointer", p.field() == null ? "" : "/" + p.field(),
                            "detail", p.message())).toList());
            this.problems = List.copyOf(problems);
        }

        private static HttpStatus status(List<SupervisionRules.Problem> problems) {
            if (problems.stream().anyMatch(p -> p.kind() == SupervisionRules.Kind.NOT_ALLOWED)) {
                return HttpStatus.FORBIDDEN;
            }
            return problems.stream().anyMatch(p -> p.kind() == SupervisionRules.Kind.STALE) ? HttpStatus.CONFLICT
                    : HttpStatus.BAD_REQUEST;
        }

        public List<SupervisionRules.Problem> problems() { return problems; }
    }

    private static void throwIfAny(List<SupervisionRules.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
    }

    /**
     * Records a supervision the signed-in team manager held with {@code workerUsername}. Every answer is checked and
     * every child's record asked first (so the user hears of every problem at once); then the session, its actions
     * and each decision's case note are saved in one transaction.
     */
    public Supervision record(Actor supervisor, String workerUsername, SupervisionRules.NewSession s, String purpose) {
        Actor worker = workerUsername == null ? null : users.find(workerUsername).orElse(null);
        LocalDate today = LocalDate.now();
        return seam.recordSupervision(supervisor, worker, purpose, () -> {
            List<SupervisionRules.Problem> problems = new ArrayList<>(SupervisionRules.checkNew(supervisor, worker, s, today));
            for (int i = 0; i < s.decisions().size(); i++) {
                UUID child = s.decisions().get(i).childId();
                if (child != null && !mayWriteNotes(supervisor, child)) {
                    problems.add(new SupervisionRules.Problem(SupervisionRules.Kind.INPUT, "decision" + (i + 1) + "Child",
                            "Choose a child whose record you work on for decision " + (i + 1)));
                }
            }
            throwIfAny(problems);
            Instant now = Instant.now();
            UUID id = UUID.randomUUID();
            jdbc.update("INSERT INTO supervision_session (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            + "?, ?, ?)", id, supervisor.username(), worker.username(), worker.teamId(),
                    java.sql.Date.valueOf(s.date()), s.type(), trimmed(s.wellbeing()), trimmed(s.caseload()),
                    trimmed(s.learning()), s.nextDate() == null ? null : java.sql.Date.valueOf(s.nextDate()), null, null,
                    supervisor.username(), Timestamp.from(now), supervisor.username(), Timestamp.from(now), 1L);
            for (int i = 0; i < s.actions().size(); i++) {
                insertAction(id, s.actions().get(i), i);
            }
            for (int i = 0; i < s.decisions().size(); i++) {
                SupervisionRules.DecisionAnswer d = s.decisions().get(i);
                UUID note;
                try {
                    note = journeys.execute(supervisor, d.childId(), null, new RecordCaseNote(s.date(), DECISION_KIND,
                            worker.displayName(), d.text(), false, null, now),
                            "record a supervision decision").records().get(0).id();
                } catch (org.hearth.journey.RuleViolations v) {
                    String field = "decision" + (i + 1) + "Text";
                    throw new Refused(v.violations().stream().map(x -> new SupervisionRules.Problem(
                            SupervisionRules.Kind.INPUT, field, x.message())).toList());
                }
                jdbc.update("INSERT INTO supervision_case_decision (supd_session_id, supd_person_id, supd_note_id, "
                        + "supd_position) VALUES (?, ?, ?, ?)", id, d.childId(), note, i);
            }
            return load(id).orElseThrow();
        });
    }

    /** Whether the user may write case notes on the child's record now (asked without recording an access). */
    private boolean mayWriteNotes(Actor actor, UUID childId) {
        Boolean exists = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ssd_person WHERE pers_person_id = ?)",
                Boolean.class, childId);
        return Boolean.TRUE.equals(exists) && seam.view(actor, childId).canWrite(NotesStage.CASE_NOTES.name());
    }

    /** One supervision record as this user may see it (without the worker's personal part unless they are one of the two). */
    public Supervision get(Actor actor, UUID id, String purpose) {
        Supervision s = load(id).orElseThrow(() -> HearthProblem.notFound("The supervision record"));
        return seam.supervision(actor, "supervision " + id, s.supervisor(), s.worker(), s.teamId(),
                AccessPolicy.Action.READ, purpose, view -> view == AccessPolicy.SupervisionView.FULL ? s
                        : s.withoutPersonal());
    }

    /** The worker agrees the record is accurate, with their comments, from the version they read. */
    public Supervision agree(Actor actor, UUID id, long seenVersion, String comments, String purpose) {
        Supervision seen = load(id).orElseThrow(() -> HearthProblem.notFound("The supervision record"));
        return seam.supervision(actor, "supervision " + id, seen.supervisor(), seen.worker(), seen.teamId(),
                AccessPolicy.Action.WRITE, purpose, view -> {
                    Supervision current = lock(id);
                    throwIfAny(SupervisionRules.checkAgree(current, actor, seenVersion, comments, nameOf(current.changedBy())));
                    Supervision agreed = SupervisionRules.agree(current, actor, comments, Instant.now());
                    update(current, "supn_worker_comments = ?, supn_agreed_at = ?", agreed.workerComments(),
                            Timestamp.from(agreed.agreedAt()), actor);
                    return load(id).orElseThrow();
                });
    }

    /** An action added after the session by the worker or the supervisor, from the version they read. */
    public Supervision addAction(Actor actor, UUID id, long seenVersion, SupervisionRules.ActionAnswer action,
                                 String purpose) {
        Supervision seen = load(id).orElseThrow(() -> HearthProblem.notFound("The supervision record"));
        return seam.supervision(actor, "supervision " + id, seen.supervisor(), seen.worker(), seen.teamId(),
                AccessPolicy.Action.WRITE, purpose, view -> {
                    Supervision current = lock(id);
                    throwIfAny(SupervisionRules.checkAddAction(current, actor, seenVersion, action,
                            nameOf(current.changedBy())));
                    insertAction(id, action, current.actions().size());
                    update(current, null, null, null, actor);
                    return load(id).orElseThrow();
                });
    }

    /** An action marked done today by the worker or the supervisor, from the version they read. */
    public Supervision completeAction(Actor actor, UUID id, long seenVersion, UUID actionId, String purpose) {
        Supervision seen = load(id).orElseThrow(() -> HearthProblem.notFound("The supervision record"));
        return seam.supervision(actor, "supervision " + id, seen.supervisor(), seen.worker(), seen.teamId(),
                AccessPolicy.Action.WRITE, purpose, view -> {
                    Supervision current = lock(id);
                    throwIfAny(SupervisionRules.checkComplete(current, actor, seenVersion, actionId,
                            nameOf(current.changedBy())));
                    jdbc.update("UPDATE supervision_action SET supa_done_on = ? WHERE supa_action_id = ? "
                            + "AND supa_session_id = ?", java.sql.Date.valueOf(LocalDate.now()), actionId, id);
                    update(current, null, null, null, actor);
                    return load(id).orElseThrow();
                });
    }

    /** A decision of a session as its reader may see it: the child's name and the note as it reads now, or neither. */
    public record DecisionView(UUID childId, UUID noteId, String childName, String text, boolean visible) {}

    /**
     * The session's decisions read from each child's record through the seam, as this user's view of that child
     * shows them; a child they may not see is said to be one, without a name.
     */
    public List<DecisionView> decisions(Actor actor, Supervision s, String purpose) {
        List<UUID> children = s.decisions().stream().map(Supervision.CaseDecision::childId).toList();
        List<UUID> readable = seam.readable(actor, children, NotesStage.CASE_NOTES.name());
        List<DecisionView> out = new ArrayList<>();
        for (Supervision.CaseDecision d : s.decisions()) {
            if (!readable.contains(d.childId())) {
                out.add(new DecisionView(d.childId(), d.noteId(), null, null, false));
                continue;
            }
            var j = journeys.read(actor, d.childId(), NotesStage.CASE_NOTES.name(), purpose);
            var note = NotesStage.read(j, d.noteId());
            out.add(new DecisionView(d.childId(), d.noteId(), j.child().displayName(),
                    note.map(NotesStage.NoteAsItReads::text).orElse(null), note.isPresent()));
        }
        return out;
    }

    /** A worker's sessions, newest first, as this user may see them (audited once as the worker's history). */
    public List<Supervision> historyOf(Actor actor, String worker, String purpose) {
        Actor w = users.find(worker).orElseThrow(() -> HearthProblem.notFound("The worker"));
        return seam.supervision(actor, "supervision history of " + worker, null, w.username(), w.teamId(),
                AccessPolicy.Action.READ, purpose, view -> sessionsOf(worker).stream()
                        .map(s -> AccessPolicy.supervision(actor, s.supervisor(), s.worker(), s.teamId())
                                == AccessPolicy.SupervisionView.FULL ? s : s.withoutPersonal())
                        .toList());
    }

    /** One worker's supervision clock and where it stands. */
    public record WorkerCadence(String username, String name, SupervisionCadence.Due due, LocalDate nextPlanned,
                                UUID lastId, long toAgree, long actionsOpen) {}

    /** The workers of the manager's team, each with their supervision clock, most overdue first. */
    public List<WorkerCadence> team(Actor manager, LocalDate today, String purpose) {
        if (manager.role() != Role.TEAM_MANAGER || manager.teamId() == null) {
            throw org.hearth.access.AccessDenied.forRole("Only a team manager sees the team's supervision");
        }
        return seam.supervision(manager, "supervision cadence of team " + manager.teamId(), null, null,
                manager.teamId(), AccessPolicy.Action.READ, purpose, view -> cadenceOf(manager.teamId(), today).stream()
                        .filter(c -> !c.username().equals(manager.username())).toList());
    }

    /** A worker's clock, columns 1 to 9 ({@link #cadence}), from {@code hearth_user u}. */
    private static final String CADENCE = """
            SELECT u.username, u.display_name, u.asye_start, u.created_at,
                   (SELECT max(supn_date) FROM supervision_session s WHERE s.supn_worker = u.username),
                   (SELECT supn_next_date FROM supervision_session s WHERE s.supn_worker = u.username
                      ORDER BY supn_date DESC, supn_recorded_at DESC LIMIT 1),
                   (SELECT supn_session_id FROM supervision_session s WHERE s.supn_worker = u.username
                      ORDER BY supn_date DESC, supn_recorded_at DESC LIMIT 1),
                   (SELECT count(*) FROM supervision_session s WHERE s.supn_worker = u.username AND supn_agreed_at IS NULL),
                   (SELECT count(*) FROM supervision_action a JOIN supervision_session s ON s.supn_session_id = a.supa_session_id
                      WHERE s.supn_worker = u.username AND a.supa_done_on IS NULL)
            """;
    private static final String CASE_HOLDING = "u.role IN ('SOCIAL_WORKER', 'EARLY_HELP_WORKER', 'PERSONAL_ADVISER', 'IRO')";

    /** Every case-holding worker of a team with their clock (no content of any session), most overdue first. */
    List<WorkerCadence> cadenceOf(String teamId, LocalDate today) {
        return cadenceOf(teamId, null, today);
    }

    /** As {@link #cadenceOf(String, LocalDate)}, for one worker of the team when {@code username} is given. */
    private List<WorkerCadence> cadenceOf(String teamId, String username, LocalDate today) {
        List<WorkerCadence> out = jdbc.query(CADENCE + """
                FROM hearth_user u WHERE u.team_id = ? AND u.enabled AND (CAST(? AS text) IS NULL OR u.username = ?)
                  AND\s""" + CASE_HOLDING + " ORDER BY u.display_name", (rs, n) -> cadence(rs, today), teamId, username,
                username);
        out.sort(Comparator.comparing((WorkerCadence c) -> c.due().dueOn()).thenComparing(WorkerCadence::name));
        return out;
    }

    /** The council's figure: how many case-holding workers, and how many had no supervision within their cadence. */
    public record CouncilFigure(int workers, int overdue, int percentOverdue, Map<String, int[]> byTeam) {}

    public CouncilFigure council(Actor actor, LocalDate today, String purpose) {
        return seam.supervisionFigures(actor, purpose, "supervision figures: counts of workers by team, no names",
                () -> {
                    Map<String, String> teams = new LinkedHashMap<>();
                    jdbc.query("SELECT DISTINCT d.dept_team_id, d.dept_team_name FROM ssd_department d JOIN hearth_user u "
                            + "ON u.team_id = d.dept_team_id ORDER BY d.dept_team_name", rs -> {
                                teams.put(rs.getString(1), rs.getString(2));
                            });
                    List<SupervisionCadence.Due> all = new ArrayList<>();
                    Map<String, int[]> byTeam = new LinkedHashMap<>();
                    teams.forEach((id, name) -> {
                        List<WorkerCadence> workers = cadenceOf(id, today);
                        if (!workers.isEmpty()) {
                            workers.forEach(w -> all.add(w.due()));
                            byTeam.put(name, new int[] {workers.size(),
                                    (int) workers.stream().filter(w -> w.due().overdue()).count()});
                        }
                    });
                    int overdue = (int) all.stream().filter(SupervisionCadence.Due::overdue).count();
                    return new CouncilFigure(all.size(), overdue, SupervisionCadence.percentOverdue(all), byTeam);
                });
    }

    /** Whether the user may see the council's figures (to offer the link). */
    public boolean maySeeFigures(Actor actor) {
        return seam.maySeeSupervisionFigures(actor);
    }

    /** For tasks: this worker's open actions, sessions waiting for their agreement, and their own clock. No audit: their own. */
    record Mine(List<Supervision> toAgree, List<Supervision> withOpenActions, WorkerCadence cadence) {}

    Mine mine(Actor worker, LocalDate today) {
        // Only the sessions with something still to do (not agreed, or an action of theirs open), read on every My
        // work: loading every session the worker ever had cost three statements each, a number that grows monthly.
        // Their own clock only, not every worker of the team's (148 on the 100,000-child demo) to keep one: in the
        // same statement (issue 15: My work's statements), null when they are in no team or hold no cases.
        List<UUID> ids = new ArrayList<>();
        List<WorkerCadence> cadences = new ArrayList<>();
        jdbc.query(CADENCE + """
                        , ARRAY(SELECT supn_session_id FROM supervision_session s WHERE supn_worker = w.username
                            AND (supn_agreed_at IS NULL OR EXISTS (SELECT 1 FROM supervision_action a
                              WHERE a.supa_session_id = s.supn_session_id AND a.supa_owner = w.username
                              AND a.supa_done_on IS NULL))
                            ORDER BY supn_date DESC, supn_recorded_at DESC)
                        FROM (SELECT CAST(? AS text) AS username) w LEFT JOIN hearth_user u ON u.username = w.username
                          AND u.team_id = ? AND u.enabled AND\s""" + CASE_HOLDING,
                (ResultSet rs) -> {
                    for (Object id : (Object[]) rs.getArray(10).getArray()) {
                        ids.add((UUID) id);
                    }
                    if (rs.getString(1) != null) {
                        cadences.add(cadence(rs, today));
                    }
                }, worker.username(), worker.teamId());
        List<Supervision> sessions = ids.stream().map(id -> load(id).orElseThrow()).toList();
        List<Supervision> toAgree = sessions.stream().filter(s -> !s.agreed()).toList();
        List<Supervision> open = sessions.stream().filter(s -> s.actions().stream()
                .anyMatch(a -> !a.done() && a.owner().equals(worker.username()))).toList();
        WorkerCadence cadence = cadences.isEmpty() ? null : cadences.get(0);
        return new Mine(toAgree, open, cadence);
    }

    /** The manager's own open actions from the sessions they held. */
    List<Supervision> supervisedWithOpenActions(Actor manager) {
        return jdbc.queryForList("SELECT DISTINCT supa_session_id FROM supervision_action a JOIN supervision_session s "
                        + "ON s.supn_session_id = a.supa_session_id WHERE a.supa_owner = ? AND a.supa_done_on IS NULL "
                        + "AND s.supn_supervisor = ?", UUID.class, manager.username(), manager.username())
                .stream().map(id -> load(id).orElseThrow()).toList();
    }

    public String nameOf(String username) {
        return username == null ? null : users.find(username).map(Actor::displayName).orElse(username);
    }

    /** The team's case-holding workers (to choose whom the supervision was with). */
    public List<Actor> supervisable(Actor manager) {
        if (manager.teamId() == null) {
            return List.of();
        }
        return users.teamMembers(manager.teamId()).stream().filter(a -> seam.maySupervise(manager, a)).toList();
    }

    public Optional<Actor> user(String username) {
        return username == null ? Optional.empty() : users.find(username);
    }

    // ── persistence ─────────────────────────────────────────────────────────────────────────────────────────────

    private List<Supervision> sessionsOf(String worker) {
        return jdbc.queryForList("SELECT supn_session_id FROM supervision_session WHERE supn_worker = ? "
                        + "ORDER BY supn_date DESC, supn_recorded_at DESC", UUID.class, worker)
                .stream().map(id -> load(id).orElseThrow()).toList();
    }

    Optional<Supervision> load(UUID id) {
        List<Supervision.CaseDecision> decisions = jdbc.query("SELECT supd_person_id, supd_note_id FROM "
                        + "supervision_case_decision WHERE supd_session_id = ? ORDER BY supd_position",
                (rs, n) -> new Supervision.CaseDecision(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), id);
        List<Supervision.Action> actions = jdbc.query("SELECT supa_action_id, supa_text, supa_owner, supa_due_date, "
                        + "supa_done_on FROM supervision_action WHERE supa_session_id = ? ORDER BY supa_position",
                (rs, n) -> new Supervision.Action(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)), id);
        return jdbc.query("SELECT " + COLUMNS + " FROM supervision_session WHERE supn_session_id = ?",
                (rs, n) -> map(rs, decisions, actions), id).stream().findFirst();
    }

    private Supervision lock(UUID id) {
        jdbc.query("SELECT 1 FROM supervision_session WHERE supn_session_id = ? FOR UPDATE", rs -> {}, id);
        return load(id).orElseThrow(() -> HearthProblem.notFound("The supervision record"));
    }

    private void update(Supervision current, String set, Object a, Object b, Actor actor) {
        String sql = "UPDATE supervision_session SET " + (set == null ? "" : set + ", ")
                + "supn_changed_by = ?, supn_changed_at = ?, supn_version = supn_version + 1 "
                + "WHERE supn_session_id = ? AND supn_version = ?";
        List<Object> args = new ArrayList<>();
        if (set != null) {
            args.add(a);
            args.add(b);
        }
        args.add(actor.username());
        args.add(Timestamp.from(Instant.now()));
        args.add(current.id());
        args.add(current.version());
        if (jdbc.update(sql, args.toArray()) != 1) {
            throwIfAny(SupervisionRules.stale(current, current.version() - 1, null));
        }
    }

    private void insertAction(UUID session, SupervisionRules.ActionAnswer a, int position) {
        jdbc.update("INSERT INTO supervision_action (supa_action_id, supa_session_id, supa_text, supa_owner, supa_due_date, "
                        + "supa_position) VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), session, a.text().strip(),
                a.owner(), java.sql.Date.valueOf(a.dueOn()), position);
    }

    private static Supervision map(ResultSet rs, List<Supervision.CaseDecision> decisions,
                                   List<Supervision.Action> actions) throws SQLException {
        Timestamp agreed = rs.getTimestamp(12);
        Timestamp changed = rs.getTimestamp(16);
        return new Supervision(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getObject(10, LocalDate.class), rs.getString(11), agreed == null ? null : agreed.toInstant(),
                rs.getString(13), rs.getTimestamp(14).toInstant(), rs.getString(15),
                changed == null ? null : changed.toInstant(), rs.getLong(17), decisions, actions);
    }

    private static WorkerCadence cadence(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate asye = rs.getObject(3, LocalDate.class);
        Timestamp created = rs.getTimestamp(4);
        LocalDate started = created == null ? null
                : created.toInstant().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
        LocalDate last = rs.getObject(5, LocalDate.class);
        return new WorkerCadence(rs.getString(1), rs.getString(2),
                SupervisionCadence.of(asye, started, last, today), rs.getObject(6, LocalDate.class),
                rs.getObject(7, UUID.class), rs.getLong(8), rs.getLong(9));
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
