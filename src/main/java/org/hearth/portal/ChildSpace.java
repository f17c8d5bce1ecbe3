package org.hearth.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.RecordParts;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.platform.web.HearthProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The child's own space, kept beside their record: what they said (views, messages, good news), their ambitions, the
 * people and pets who matter to them, the plan as their worker wrote it for them, and advocacy. Every read and write
 * goes through the access seam with the part it is about, so the child reaches only their own space and the worker
 * (and IRO) the space of a child they work with; each is audited with its purpose.
 */
@Component
public class ChildSpace {
    /** The working day the duty team hands over: a flag outside it goes to the duty team as well as the worker. */
    static final LocalTime DAY_STARTS = LocalTime.of(9, 0);
    static final LocalTime DAY_ENDS = LocalTime.of(17, 0);

    private final JdbcTemplate jdbc;
    private final AccessSeam seam;
    private final UserDirectory users;
    private final HarmWords harm = HarmWords.standard();
    private final String dutyTeam;
    private final ZoneId zone = ZoneId.of("Europe/London");

    ChildSpace(JdbcTemplate jdbc, AccessSeam seam, UserDirectory users,
               @Value("${hearth.portal.duty-team:T01}") String dutyTeam) {
        this.jdbc = jdbc;
        this.seam = seam;
        this.users = users;
        this.dutyTeam = dutyTeam;
    }

    public HarmWords harm() {
        return harm;
    }

    // ── What the child said ─────────────────────────────────────────────────────────────────────────────────

    /** One thing the child said. */
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

    /** Keeps what the child said; a message that may suggest harm is flagged (and, out of hours, sent to duty). */
    public UUID say(Actor child, UUID childId, String kind, SayWhatIThink.Said said) {
        requireChild(child);
        String purpose = said.flagged() ? "the child said something that may suggest harm: flagged to their worker"
                + (outOfHours(Instant.now()) ? " and the duty team" : "") : "the child said what they think";
        return seam.write(child, childId, RecordParts.MY_VIEWS, purpose, () -> {
            UUID id = UUID.randomUUID();
            jdbc.update("INSERT INTO child_says (says_id, child_id, kind, occasion, answers, words, participation, "
                            + "flagged, written_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, childId, kind,
                    said.occasion(), said.answers(), said.words(), said.participation(), said.flagged(),
                    child.username());
            if (said.flagged() && outOfHours(Instant.now())) {
                grantDuty(childId, id);
            }
            return id;
        });
    }

    /** Outside 09:00–17:00 on a working day (London time): the duty team's hours. */
    boolean outOfHours(Instant at) {
        ZonedDateTime t = at.atZone(zone);
        LocalTime time = t.toLocalTime();
        return !WorkingDayCalendar.england().isWorkingDay(t.toLocalDate()) || time.isBefore(DAY_STARTS)
                || !time.isBefore(DAY_ENDS);
    }

    /**
     * Out of hours the duty team must see the flag: each member gets a read-only grant of the child's views (and who
     * the child is) for a day, so their task can open it; the grant is a role assignment like any other.
     */
    private void grantDuty(UUID childId, UUID saysId) {
        for (Actor member : users.teamMembers(dutyTeam)) {
            if (!member.role().practitioner()) {
                continue;
            }
            jdbc.update("INSERT INTO role_assignment (assignment_id, holder_kind, holder_id, role, scope_kind, scope_id, "
                            + "grant_type, parts, valid_from, valid_to, reason, granted_by) VALUES (?, 'USER', ?, "
                            + "'GRANTEE', 'CHILD', ?, 'SPECIFIC', ?, now(), now() + interval '1 day', ?, 'hearth')",
                    UUID.randomUUID(), member.username(), childId.toString(),
                    new String[] {RecordParts.MY_VIEWS, RecordParts.MY_PLAN},
                    "Out of hours: a child's message may suggest harm (" + saysId + ")");
        }
    }

    public List<Says> says(Actor actor, UUID childId, String purpose) {
        return seam.read(actor, childId, RecordParts.MY_VIEWS, purpose, () -> jdbc.query(
                "SELECT says_id, child_id, kind, occasion, answers, words, participation, flagged, written_by, "
                        + "written_at, seen_by, seen_at FROM child_says WHERE child_id = ? ORDER BY written_at DESC",
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

    /** The worker (or IRO) has read it. */
    public void seen(Actor worker, UUID childId, UUID saysId) {
        requireWorker(worker);
        seam.write(worker, childId, RecordParts.PORTAL, "read what the child said", () -> jdbc.update(
                "UPDATE child_says SET seen_by = ?, seen_at = now() WHERE says_id = ? AND child_id = ? AND seen_at IS NULL",
                worker.username(), saysId, childId));
    }

    // ── Ambitions ──────────────────────────────────────────────────────────────────────────────────────────

    public MyAmbitions ambitions(Actor actor, UUID childId, String purpose) {
        return seam.read(actor, childId, RecordParts.MY_AMBITIONS, purpose, () -> jdbc.query(
                "SELECT one_year, three_years, five_years, version FROM child_ambition WHERE child_id = ?",
                (rs, n) -> new MyAmbitions(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)), childId)
                .stream().findFirst().orElse(MyAmbitions.NONE));
    }

    /** Saves the ambitions; refused when someone (the child on another phone) changed them since they were read. */
    public void saveAmbitions(Actor child, UUID childId, MyAmbitions a) {
        requireChild(child);
        seam.write(child, childId, RecordParts.MY_AMBITIONS, "the child wrote their hopes", () -> {
            int changed = a.version() == 0
                    ? jdbc.update("INSERT INTO child_ambition (child_id, one_year, three_years, five_years, updated_by) "
                            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (child_id) DO NOTHING", childId, a.oneYear(),
                            a.threeYears(), a.fiveYears(), child.username())
                    : jdbc.update("UPDATE child_ambition SET one_year = ?, three_years = ?, five_years = ?, "
                            + "version = version + 1, updated_by = ?, updated_at = now() WHERE child_id = ? "
                            + "AND version = ?", a.oneYear(), a.threeYears(), a.fiveYears(), child.username(),
                            childId, a.version());
            if (changed == 0) {
                throw stale();
            }
            return null;
        });
    }

    // ── People who matter ─────────────────────────────────────────────────────────────────────────────────

    public List<MyPerson> people(Actor actor, UUID childId, String purpose) {
        return seam.read(actor, childId, RecordParts.MY_PEOPLE, purpose, () -> jdbc.query(
                "SELECT person_id, child_id, kind, name, who, words, keep_seeing, version FROM child_person "
                        + "WHERE child_id = ? AND removed_at IS NULL ORDER BY added_at, person_id",
                (rs, n) -> new MyPerson(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getInt(8)), childId));
    }

    /** The people the child wants to keep seeing whose request the worker has not yet acted on. */
    public List<MyPerson> keepInTouchWaiting(Actor worker, UUID childId) {
        return seam.read(worker, childId, RecordParts.MY_PEOPLE, "the child's requests to keep in touch", () -> jdbc.query(
                "SELECT person_id, child_id, kind, name, who, words, keep_seeing, version FROM child_person "
                        + "WHERE child_id = ? AND removed_at IS NULL AND keep_seeing AND keep_in_touch_done_at IS NULL "
                        + "ORDER BY added_at",
                (rs, n) -> new MyPerson(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getInt(8)), childId));
    }

    public void addPerson(Actor child, UUID childId, MyPerson p) {
        requireChild(child);
        seam.write(child, childId, RecordParts.MY_PEOPLE, "the child added someone who matters to them", () ->
                jdbc.update("INSERT INTO child_person (person_id, child_id, kind, name, who, words, keep_seeing, "
                        + "added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), childId, p.kind(), p.name(),
                        p.who(), p.words(), p.keepSeeing(), child.username()));
    }

    public void changePerson(Actor child, UUID childId, MyPerson p) {
        requireChild(child);
        seam.write(child, childId, RecordParts.MY_PEOPLE, "the child changed someone who matters to them", () -> {
            // a new wish to keep seeing them asks the worker again
            int n = jdbc.update("UPDATE child_person SET kind = ?, name = ?, who = ?, words = ?, keep_seeing = ?, "
                            + "keep_in_touch_done_at = CASE WHEN ? AND NOT keep_seeing THEN NULL ELSE keep_in_touch_done_at END, "
                            + "version = version + 1, updated_at = now() WHERE person_id = ? AND child_id = ? "
                            + "AND version = ? AND removed_at IS NULL", p.kind(), p.name(), p.who(), p.words(),
                    p.keepSeeing(), p.keepSeeing(), p.id(), childId, p.version());
            if (n == 0) {
                throw stale();
            }
            return null;
        });
    }

    public void removePerson(Actor child, UUID childId, UUID personId, int version) {
        requireChild(child);
        seam.write(child, childId, RecordParts.MY_PEOPLE, "the child took someone off their list", () -> {
            int n = jdbc.update("UPDATE child_person SET removed_at = now(), version = version + 1 WHERE person_id = ? "
                    + "AND child_id = ? AND version = ? AND removed_at IS NULL", personId, childId, version);
            if (n == 0) {
                throw stale();
            }
            return null;
        });
    }

    /** The worker has acted on the child's wish to keep seeing someone. */
    public void keptInTouch(Actor worker, UUID childId, UUID personId) {
        requireWorker(worker);
        seam.write(worker, childId, RecordParts.PORTAL, "acted on the child's wish to keep in touch", () -> jdbc.update(
                "UPDATE child_person SET keep_in_touch_done_by = ?, keep_in_touch_done_at = now() WHERE person_id = ? "
                        + "AND child_id = ? AND keep_in_touch_done_at IS NULL", worker.username(), personId, childId));
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
            jdbc.query("SELECT advocate_name, advocate_contact FROM child_advocacy WHERE child_id = ? AND "
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
                        + "advocate_contact FROM child_advocacy WHERE child_id = ? ORDER BY recorded_at DESC",
                (rs, n) -> new Advocacy(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7),
                        rs.getString(8)), childId));
    }

    /** The child asks for an advocate (their answer is yes). */
    public void askForAdvocate(Actor child, UUID childId) {
        requireChild(child);
        seam.write(child, childId, RecordParts.ADVOCACY, "the child asked for an advocate", () -> jdbc.update(
                "INSERT INTO child_advocacy (advocacy_id, child_id, asked_by_child, recorded_by, answer, answered_at) "
                        + "VALUES (?, ?, true, ?, 'YES', now())", UUID.randomUUID(), childId, child.username()));
    }

    /** The worker offers an advocate; the child answers on their page. */
    public void offerAdvocate(Actor worker, UUID childId) {
        requireWorker(worker);
        seam.write(worker, childId, RecordParts.ADVOCACY, "offered the child an advocate", () -> jdbc.update(
                "INSERT INTO child_advocacy (advocacy_id, child_id, asked_by_child, recorded_by) VALUES (?, ?, false, ?)",
                UUID.randomUUID(), childId, worker.username()));
    }

    public void answerOffer(Actor child, UUID childId, UUID offerId, String answer) {
        requireChild(child);
        if (!List.of("YES", "NO", "NOT_SURE").contains(answer)) {
            throw HearthProblem.badRequest("Choose an answer");
        }
        seam.write(child, childId, RecordParts.ADVOCACY, "the child answered the offer of an advocate", () -> {
            int n = jdbc.update("UPDATE child_advocacy SET answer = ?, answered_at = now() WHERE advocacy_id = ? AND "
                    + "child_id = ? AND NOT asked_by_child", answer, offerId, childId);
            if (n == 0) {
                throw HearthProblem.notFound("The offer");
            }
            return null;
        });
    }

    public void advocateFound(Actor worker, UUID childId, UUID advocacyId, String name, String contact) {
        requireWorker(worker);
        seam.write(worker, childId, RecordParts.ADVOCACY, "told the child who their advocate is", () -> jdbc.update(
                "UPDATE child_advocacy SET advocate_name = ?, advocate_contact = ? WHERE advocacy_id = ? AND child_id = ?",
                name, contact, advocacyId, childId));
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

    static HearthProblem stale() {
        return new HearthProblem(HttpStatus.CONFLICT, "Changed since you opened it",
                "This was changed since you opened it. Look at it again and make your change");
    }

    static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
