package org.hearth.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.RecordParts;
import org.hearth.access.Role;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.HearthProblem;
import org.hearth.portal.space.ChildSpaceStage;
import org.hearth.portal.space.MyAmbitions;
import org.hearth.portal.space.MyPerson;
import org.hearth.portal.space.NameAdvocate;
import org.hearth.portal.space.OfferAdvocate;
import org.hearth.portal.space.SayWhatIThink;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The child's own space, kept beside their record: what they said (views, messages, good news), their ambitions, the
 * people and pets who matter to them, the plan as their worker wrote it for them, and advocacy. What the child writes
 * are parts of their record ({@link ChildSpaceStage}), changed only by the commands of {@code portal.space} through
 * {@link JourneyService#execute}; this class reads them through the access seam for the pages and the API, and keeps
 * the worker's marks beside them (read, kept in touch). Every read and write is audited with its purpose.
 */
@Component
public class ChildSpace {
    /** A request to keep seeing someone ({@code p}) that the worker has not acted on since the child made it. */
    static final String NOT_KEPT_IN_TOUCH = "NOT EXISTS (SELECT 1 FROM child_space_mark k WHERE k.record_id = p.matters_id "
            + "AND k.mark = 'KEPT_IN_TOUCH' AND k.marked_at >= coalesce(p.keep_seeing_since, p.added_at))";

    private final JdbcTemplate jdbc;
    private final AccessSeam seam;
    private final JourneyService journeys;
    private final ZoneId zone = ZoneId.of("Europe/London");

    ChildSpace(JdbcTemplate jdbc, AccessSeam seam, JourneyService journeys) {
        this.jdbc = jdbc;
        this.seam = seam;
        this.journeys = journeys;
    }

    // ── What the child said ─────────────────────────────────────────────────────────────────────────────────

    /** One thing the child said, with the marks beside it: whether it may suggest harm, who read it. */
    public record Says(UUID id, UUID childId, String kind, String occasion, String answers, String words,
                       String participation, boolean flagged, String writtenBy, Instant writtenAt, String seenBy,
                       Instant seenAt) {
        public String occasionLabel() {
            SayWhatIThink.Occasion o = SayWhatIThink.Occasion.of(occasion);
            return o == null ? null : o.label();
        }

        public String participationWords() {
            SayWhatIThink.Occasion o = SayWhatIThink.Occasion.of(occasion);
            return participation == null || o == null ? null : o.takingPart().get(participation);
        }

        public String kindLabel() {
            return switch (kind) {
                case "VIEWS" -> "Views";
                case "MESSAGE" -> "Message to my worker";
                case "HELP" -> "Asking for help";
                default -> "Good news";
            };
        }
    }

    /**
     * Runs one of the child's own commands (or a worker's on the child's space) through the journey, as every change
     * to a child's record is run: the seam checks the actor's view, the version is checked, the rules judge, and the
     * change is audited and published (the harm flag follows from that event).
     */
    public JourneyService.Recorded execute(Actor actor, UUID childId, Long version, JourneyCommand command,
                                           String purpose) {
        return journeys.execute(actor, childId, version, command, purpose);
    }

    /** The version of the child's record as this actor's view reads it (for a form's hidden version). */
    public long version(Actor actor, UUID childId, String part, String purpose) {
        return journeys.read(actor, childId, part, purpose).version();
    }

    public List<Says> says(Actor actor, UUID childId, String purpose) {
        return seam.read(actor, childId, RecordParts.MY_VIEWS, purpose, () -> jdbc.query(
                "SELECT s.says_id, s.person_id, s.kind, s.occasion, s.answers, s.words, s.participation, "
                        + "f.record_id IS NOT NULL, s.written_by, s.written_at, v.marked_by, v.marked_at FROM child_says s "
                        + "LEFT JOIN child_space_mark f ON f.record_id = s.says_id AND f.mark = 'FLAGGED' "
                        + "LEFT JOIN child_space_mark v ON v.record_id = s.says_id AND v.mark = 'SEEN' "
                        + "WHERE s.person_id = ? ORDER BY s.written_at DESC",
                (rs, n) -> new Says(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                        rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getString(11),
                        rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant()), childId));
    }

    /**
     * What the child said for a looked-after review since the last review recorded (so a past review's views do not
     * start the next one): the newest, if the reader may see the child's views.
     */
    public Optional<Says> viewsForNextReview(Actor actor, UUID childId, LocalDate lastReview) {
        if (!seam.view(actor, childId).canRead(RecordParts.MY_VIEWS)) {
            return Optional.empty();
        }
        Instant since = lastReview == null ? Instant.EPOCH : lastReview.plusDays(1).atStartOfDay(zone).toInstant();
        return says(actor, childId, "start the looked-after review from the child's own views").stream()
                .filter(s -> "VIEWS".equals(s.kind()) && "care-review".equals(s.occasion())
                        && s.writtenAt().isAfter(since))
                .findFirst();
    }

    /** The child's views as the review records them: their words, then their answers on the faces. */
    public static String asReviewViews(Says said) {
        StringBuilder sb = new StringBuilder();
        if (said.words() != null) {
            sb.append(said.words());
        }
        if (said.answers() != null) {
            sb.append(sb.isEmpty() ? "" : "\n\n").append(said.answers());
        }
        return sb.toString();
    }

    /** The worker (or IRO) has read it: a mark beside what the child said, not a change to it. */
    public void seen(Actor worker, UUID childId, UUID saysId) {
        requireWorker(worker);
        seam.write(worker, childId, RecordParts.PORTAL, "read what the child said", () -> jdbc.update(
                "INSERT INTO child_space_mark (record_id, person_id, mark, marked_by) SELECT says_id, person_id, 'SEEN', ? "
                        + "FROM child_says WHERE says_id = ? AND person_id = ? ON CONFLICT DO NOTHING",
                worker.username(), saysId, childId));
    }

    // ── Ambitions ──────────────────────────────────────────────────────────────────────────────────────────

    public MyAmbitions ambitions(Actor actor, UUID childId, String purpose) {
        return seam.read(actor, childId, RecordParts.MY_AMBITIONS, purpose, () -> jdbc.query(
                "SELECT one_year, three_years, five_years, version FROM child_ambition WHERE person_id = ?",
                (rs, n) -> new MyAmbitions(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)), childId)
                .stream().findFirst().orElse(MyAmbitions.NONE));
    }

    // ── People who matter ─────────────────────────────────────────────────────────────────────────────────

    private static final String PERSON_COLUMNS = "p.matters_id, p.person_id, p.kind, p.name, p.who, p.words, "
            + "p.keep_seeing, p.version FROM child_person p ";

    private static MyPerson person(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MyPerson(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getInt(8));
    }

    public List<MyPerson> people(Actor actor, UUID childId, String purpose) {
        return seam.read(actor, childId, RecordParts.MY_PEOPLE, purpose, () -> jdbc.query("SELECT " + PERSON_COLUMNS
                + "WHERE p.person_id = ? AND p.removed_at IS NULL ORDER BY p.added_at, p.matters_id",
                (rs, n) -> person(rs), childId));
    }

    /** The people the child wants to keep seeing whose request the worker has not yet acted on. */
    public List<MyPerson> keepInTouchWaiting(Actor worker, UUID childId) {
        return seam.read(worker, childId, RecordParts.MY_PEOPLE, "the child's requests to keep in touch", () -> jdbc.query(
                "SELECT " + PERSON_COLUMNS + "WHERE p.person_id = ? AND p.removed_at IS NULL AND p.keep_seeing AND "
                        + NOT_KEPT_IN_TOUCH + " ORDER BY p.added_at", (rs, n) -> person(rs), childId));
    }

    /** The worker has acted on the child's wish to keep seeing someone: a mark beside the child's request. */
    public void keptInTouch(Actor worker, UUID childId, UUID personId) {
        requireWorker(worker);
        seam.write(worker, childId, RecordParts.PORTAL, "acted on the child's wish to keep in touch", () -> jdbc.update(
                "INSERT INTO child_space_mark (record_id, person_id, mark, marked_by) SELECT matters_id, person_id, "
                        + "'KEPT_IN_TOUCH', ? FROM child_person WHERE matters_id = ? AND person_id = ? ON CONFLICT "
                        + "(record_id, mark) DO UPDATE SET marked_by = excluded.marked_by, marked_at = now()",
                worker.username(), personId, childId));
    }

    // ── My plan in my words ───────────────────────────────────────────────────────────────────────────────

    public record PlanWords(UUID id, String kind, String title, String words, String whoDoes) {}

    /** Who works with the child and how to reach them (their role, name and a way to reach them). */
    public record Contact(String role, String name, String howToReach) {}

    public record MyPlan(List<PlanWords> goals, List<PlanWords> decided, List<Contact> contacts, LocalDate nextReview) {}

    public MyPlan plan(Actor actor, UUID childId, String purpose) {
        return seam.read(actor, childId, RecordParts.MY_PLAN, purpose, () -> {
            List<PlanWords> all = jdbc.query("SELECT words_id, kind, title, words, who_does FROM child_plan_words "
                            + "WHERE child_id = ? AND removed_at IS NULL ORDER BY position, written_at",
                    (rs, n) -> new PlanWords(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)), childId);
            List<Contact> contacts = new java.util.ArrayList<>(jdbc.query("SELECT i.invo_professional_role_id, "
                            + "coalesce(u.display_name, 'Your worker'), coalesce(d.dept_team_name, '') FROM ssd_involvements i "
                            + "LEFT JOIN hearth_user u ON u.username = i.invo_professional_id LEFT JOIN ssd_department d "
                            + "ON d.dept_team_id = coalesce(u.team_id, i.invo_professional_team) WHERE i.invo_person_id = ? "
                            + "AND i.invo_professional_role_id IN ('SW', 'IRO', 'PA') AND i.invo_involvement_start_date "
                            + "<= current_date AND (i.invo_involvement_end_date IS NULL OR i.invo_involvement_end_date "
                            + ">= current_date) ORDER BY CASE i.invo_professional_role_id WHEN 'SW' THEN 0 WHEN 'PA' THEN 1 ELSE 2 END",
                    (rs, n) -> new Contact(switch (rs.getString(1)) {
                        case "SW" -> "My social worker";
                        case "IRO" -> "My IRO (the person who runs my review)";
                        default -> "My personal adviser";
                    }, rs.getString(2), rs.getString(3).isEmpty() ? "Send them a message here"
                            : "Send them a message here, or phone the " + rs.getString(3) + " team"), childId));
            jdbc.query("SELECT advocate_name, advocate_contact FROM child_advocacy WHERE person_id = ? AND "
                            + "advocate_name IS NOT NULL ORDER BY recorded_at DESC LIMIT 1",
                    rs -> { contacts.add(new Contact("My advocate", rs.getString(1),
                            rs.getString(2) == null ? "Ask your worker" : rs.getString(2))); }, childId);
            LocalDate next = jdbc.query("SELECT next_review FROM child_plan_dates WHERE child_id = ?",
                    (rs, n) -> rs.getObject(1, LocalDate.class), childId).stream().findFirst().orElse(null);
            return new MyPlan(all.stream().filter(w -> "GOAL".equals(w.kind())).toList(),
                    all.stream().filter(w -> "DECIDED".equals(w.kind())).toList(), contacts, next);
        });
    }

    public void addPlanWords(Actor worker, UUID childId, String kind, String title, String words, String whoDoes) {
        requireWorker(worker);
        seam.write(worker, childId, RecordParts.MY_PLAN, "wrote the plan in the child's words", () -> jdbc.update(
                "INSERT INTO child_plan_words (words_id, child_id, kind, title, words, who_does, position, written_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, (SELECT count(*) FROM child_plan_words WHERE child_id = ?), ?)",
                UUID.randomUUID(), childId, kind, title, words, whoDoes, childId, worker.username()));
    }

    public void removePlanWords(Actor worker, UUID childId, UUID wordsId) {
        requireWorker(worker);
        seam.write(worker, childId, RecordParts.MY_PLAN, "took words off the child's plan", () -> jdbc.update(
                "UPDATE child_plan_words SET removed_at = now() WHERE words_id = ? AND child_id = ?", wordsId, childId));
    }

    public void nextReview(Actor worker, UUID childId, LocalDate date) {
        requireWorker(worker);
        seam.write(worker, childId, RecordParts.MY_PLAN, "told the child when their next review is", () -> jdbc.update(
                "INSERT INTO child_plan_dates (child_id, next_review, updated_by) VALUES (?, ?, ?) ON CONFLICT "
                        + "(child_id) DO UPDATE SET next_review = excluded.next_review, updated_by = excluded.updated_by, "
                        + "updated_at = now()", childId, date, worker.username()));
    }

    // ── Advocacy ───────────────────────────────────────────────────────────────────────────────────────────

    public record Advocacy(UUID id, boolean askedByChild, String recordedBy, Instant recordedAt, String answer,
                           Instant answeredAt, String advocateName, String advocateContact) {
        public String answerWords() {
            return answer == null ? "Not answered yet" : switch (answer) {
                case "YES" -> "Yes, I would like an advocate";
                case "NO" -> "No, thank you";
                default -> "I'm not sure yet";
            };
        }
    }

    public List<Advocacy> advocacy(Actor actor, UUID childId, String purpose) {
        return seam.read(actor, childId, RecordParts.ADVOCACY, purpose, () -> jdbc.query(
                "SELECT advocacy_id, asked_by_child, recorded_by, recorded_at, answer, answered_at, advocate_name, "
                        + "advocate_contact FROM child_advocacy WHERE person_id = ? ORDER BY recorded_at DESC",
                (rs, n) -> new Advocacy(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7),
                        rs.getString(8)), childId));
    }

    /** The worker offers an advocate; the child answers on their page ({@link OfferAdvocate}). */
    public void offerAdvocate(Actor worker, UUID childId) {
        requireWorker(worker);
        journeys.execute(worker, childId, null, new OfferAdvocate(Instant.now()), "offered the child an advocate");
    }

    /**
     * The worker says who the advocate is ({@link NameAdvocate}). The worker's form carries no version of the record,
     * so the change is made on the record as it is now (as before: an advocate's name replaces nothing the child wrote).
     */
    public void advocateFound(Actor worker, UUID childId, UUID advocacyId, String name, String contact) {
        requireWorker(worker);
        long version = version(worker, childId, RecordParts.ADVOCACY, "told the child who their advocate is");
        journeys.execute(worker, childId, version, new NameAdvocate(advocacyId, name, contact),
                "told the child who their advocate is");
    }

    // ── Guards ─────────────────────────────────────────────────────────────────────────────────────────────

    /** Only the child (or care leaver) themself says things as the child. */
    static void requireChild(Actor actor) {
        if (actor.role() != Role.CHILD && actor.role() != Role.YOUNG_PERSON) {
            throw new HearthProblem(HttpStatus.FORBIDDEN, "Only the child can do this",
                    "Only the child can write in their own space; workers add what the child tells them in the record");
        }
    }

    /** What the worker writes for the child, never the child themself. */
    static void requireWorker(Actor actor) {
        if (!actor.role().practitioner()) {
            throw new HearthProblem(HttpStatus.FORBIDDEN, "Only the child's worker can do this",
                    "Only the child's worker can do this");
        }
    }
}
