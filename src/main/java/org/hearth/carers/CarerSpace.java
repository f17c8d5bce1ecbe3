package org.hearth.carers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.RecordParts;
import org.hearth.codes.CodeLists;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.journey.child.Person;
import org.hearth.people.PeopleStage;
import org.hearth.people.SchoolAttended;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a carer sees of the children placed with them, read through the seam as the part
 * {@link RecordParts#CARER_ESSENTIALS}: the child's name, date of birth and known-as name, health needs recorded, the
 * social worker and how to reach them, the placement and placement plan dates, the delegated authority at a glance,
 * their requests with the answers, and their own logs. Nothing else of the record is put in front of a carer.
 */
@Component
public class CarerSpace {
    static final String PURPOSE = "caring for a child placed with me";

    private final JourneyService journeys;
    private final JdbcTemplate jdbc;

    private final ChildHealthNeeds healthNeeds;

    CarerSpace(JourneyService journeys, JdbcTemplate jdbc, ChildHealthNeeds healthNeeds) {
        this.journeys = journeys;
        this.jdbc = jdbc;
        this.healthNeeds = healthNeeds;
    }

    /** One decision of the delegated authority as a carer reads it. */
    public record Delegation(String decision, String label, String decidedBy, String whoLabel, String reason,
                             LocalDate agreedOn, boolean mine) {}

    /** A request and its answer (null while waiting). */
    public record Asked(DecisionRequest request, String decisionLabel, DecisionAnswer answer, String answeredByName) {
        public boolean waiting() {
            return answer == null;
        }
    }

    /** A worker who works with the child, and how to reach them at work (each null when not recorded). */
    public record Worker(String role, String name, String team, String phone, String email) {}

    /** A child placed with the carer, as the carer's pages show them. */
    public record Child(UUID id, String name, String knownAs, LocalDate dob, List<String> healthNeeds,
                        String socialWorker, String socialWorkerTeam, LocalDate placedOn, List<LocalDate> placementPlans,
                        String carerKind, List<Delegation> delegations, LocalDate lastReviewed, List<Asked> asked,
                        List<CarerLog> logs, long version, String school, LocalDate schoolSince, String healthNotes,
                        String allergies, List<Worker> workers, LocalDate nextReview) {
        public long waiting() {
            return asked.stream().filter(Asked::waiting).count();
        }

        public List<Delegation> notMine() {
            return delegations.stream().filter(d -> !d.mine()).toList();
        }
    }

    /** The children placed with this carer now (their live CARER assignments). */
    public List<UUID> placedWith(Actor actor) {
        return jdbc.queryForList("SELECT DISTINCT scope_id FROM role_assignment WHERE holder_kind = 'USER' "
                + "AND holder_id = ? AND role = 'CARER' AND scope_kind = 'CHILD' AND grant_type = 'STANDARD' "
                + "AND valid_from <= now() AND (valid_to IS NULL OR valid_to > now()) ORDER BY scope_id", String.class,
                actor.username()).stream().map(UUID::fromString).toList();
    }

    /** Every child placed with the carer now, each read through the seam (and audited). */
    public List<Child> home(Actor actor) {
        List<UUID> ids = placedWith(actor);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Child> out = new ArrayList<>();
        for (ChildJourney j : journeys.readEach(actor, ids, RecordParts.CARER_ESSENTIALS, PURPOSE)) {
            out.add(child(actor, j));
        }
        out.sort(Comparator.comparing(Child::name));
        return out;
    }

    /** One child placed with the carer; refused (403, audited) when the child is not placed with them now. */
    public Child child(Actor actor, UUID childId) {
        return journeys.readView(actor, childId, RecordParts.CARER_ESSENTIALS, PURPOSE,
                viewed -> child(actor, viewed.journey()));
    }

    private Child child(Actor actor, ChildJourney j) {
        Person p = j.child();
        UUID id = p.id();
        LocalDate today = LocalDate.now();
        Optional<PlacementCarer> link = CarerRules.linkOf(j, actor.username(), today);
        List<String> needs = p.disabilities().stream().filter(code -> !"NONE".equals(code))
                .map(code -> CodeLists.standard().words("DISABILITY", code, today)).toList();
        List<Map<String, Object>> sw = jdbc.queryForList("SELECT coalesce(u.display_name, i.invo_professional_id) AS name, "
                + "d.dept_team_name AS team FROM ssd_involvements i LEFT JOIN hearth_user u ON u.username = "
                + "i.invo_professional_id LEFT JOIN ssd_department d ON d.dept_team_id = coalesce(u.team_id, "
                + "i.invo_professional_team) WHERE i.invo_person_id = ? AND i.invo_professional_role_id = 'SW' AND "
                + "i.invo_involvement_start_date <= current_date AND (i.invo_involvement_end_date IS NULL OR "
                + "i.invo_involvement_end_date >= current_date) ORDER BY i.invo_involvement_start_date DESC LIMIT 1", id);
        LocalDate placedOn = link.map(PlacementCarer::linkStartDate).orElse(null);
        List<LocalDate> plans = link.isEmpty() ? List.of() : jdbc.queryForList("SELECT clam_milestone_date FROM "
                + "cla_milestones WHERE clam_person_id = ? AND clam_milestone_type = 'PLACEMENT_PLAN' AND "
                + "clam_subject_id = ? ORDER BY clam_milestone_date", LocalDate.class, id, link.get().placementId());
        List<Delegation> delegations = new ArrayList<>();
        for (String decision : CarersStage.options(CarersStage.DECISION).keySet()) {
            CarerRules.whoDecides(j, decision).ifPresent(d -> delegations.add(new Delegation(decision,
                    CarersStage.label(CarersStage.DECISION, decision), d.decidedBy(),
                    CarersStage.label(CarersStage.DECIDED_BY, d.decidedBy()), d.reason(), d.agreedOn(),
                    DelegatedAuthority.CARER.equals(d.decidedBy()))));
        }
        List<DecisionRequest> requests = new ArrayList<>(j.all(CarersStage.DECISION_REQUESTS));
        requests.sort(Comparator.comparing(DecisionRequest::askedAt).reversed());
        List<Asked> asked = new ArrayList<>();
        for (DecisionRequest r : requests) {
            DecisionAnswer a = CarerRules.answerTo(j, r.id()).orElse(null);
            asked.add(new Asked(r, CarersStage.label(CarersStage.DECISION, r.decision()), a,
                    a == null ? null : name(a.answeredBy())));
        }
        List<CarerLog> logs = new ArrayList<>(j.all(CarersStage.CARER_LOGS).stream()
                .filter(l -> l.writtenBy().equals(actor.username())).toList());
        logs.sort(Comparator.comparing(CarerLog::logDate).thenComparing(CarerLog::writtenAt).reversed());
        String name = (p.forename() == null ? "" : p.forename()) + (p.surname() == null ? "" : " " + p.surname());
        // The school the child attends now (the schools part of the record, which the carer's view reads).
        SchoolAttended school = j.all(PeopleStage.SCHOOLS).stream()
                .filter(s -> s.endDate() == null || !s.endDate().isBefore(today))
                .max(Comparator.comparing(SchoolAttended::startDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
        // Health needs and allergies as the worker recorded them (the health-needs part, which a carer's view reads).
        ChildHealthNeeds.Recorded health = healthNeeds.find(id);
        return new Child(id, name.isBlank() ? "The child" : name.strip(), p.knownAs(), p.dob(), needs,
                sw.isEmpty() ? null : (String) sw.get(0).get("name"), sw.isEmpty() ? null : (String) sw.get(0).get("team"),
                placedOn, plans, link.map(l -> CarersStage.label(CarersStage.CARER_KIND, l.carerKind())).orElse(null),
                delegations, CarerRules.lastReview(j).map(DelegatedAuthorityReview::reviewedOn).orElse(null), asked,
                logs, j.version(), school == null ? null : school.schoolName(), school == null ? null
                : school.startDate(), health.needs(), health.allergies(), workers(id), nextReview(id, today));
    }

    /**
     * The child's social worker and IRO with their work phone and email: staff only, never a family member or anyone
     * else in the child's network.
     */
    private List<Worker> workers(UUID id) {
        return jdbc.query("SELECT i.invo_professional_role_id, coalesce(u.display_name, i.invo_professional_id), "
                        + "d.dept_team_name, u.work_phone, u.work_email FROM ssd_involvements i LEFT JOIN hearth_user u "
                        + "ON u.username = i.invo_professional_id LEFT JOIN ssd_department d ON d.dept_team_id = "
                        + "coalesce(u.team_id, i.invo_professional_team) WHERE i.invo_person_id = ? AND "
                        + "i.invo_professional_role_id IN ('SW', 'IRO') AND i.invo_involvement_start_date <= current_date "
                        + "AND (i.invo_involvement_end_date IS NULL OR i.invo_involvement_end_date >= current_date) "
                        + "ORDER BY CASE i.invo_professional_role_id WHEN 'SW' THEN 0 ELSE 1 END, "
                        + "i.invo_involvement_start_date DESC",
                (rs, n) -> new Worker("SW".equals(rs.getString(1)) ? "Social worker"
                        : "Independent reviewing officer (IRO)", rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), id).stream()
                .collect(java.util.stream.Collectors.toMap(Worker::role, w -> w, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
    }

    /**
     * When the child's next looked-after review is due (Care Planning, Placement and Case Review (England) Regulations
     * 2010, reg 33): within 20 working days of becoming looked after, then three months after the first review, then
     * every six months. From the dates alone: nothing of a review's content reaches the carer.
     */
    LocalDate nextReview(UUID id, LocalDate today) {
        LocalDate start = jdbc.query("SELECT clpe_period_start_date FROM cla_periods WHERE clpe_person_id = ? AND "
                        + "clpe_period_end_date IS NULL ORDER BY clpe_period_start_date DESC LIMIT 1",
                (rs, n) -> rs.getObject(1, LocalDate.class), id).stream().findFirst().orElse(null);
        if (start == null) {
            return null;
        }
        List<LocalDate> reviews = jdbc.queryForList("SELECT clar_cla_review_date FROM ssd_cla_reviews WHERE "
                + "clar_person_id = ? AND clar_cla_review_date >= ? AND coalesce(clar_cla_review_cancelled, false) = "
                + "false ORDER BY clar_cla_review_date", LocalDate.class, id, start);
        return dueAfter(start, reviews);
    }

    /** The statutory due date of the next review, from the start of care and the reviews held since. */
    static LocalDate dueAfter(LocalDate lookedAfterSince, List<LocalDate> reviewsSince) {
        if (reviewsSince.isEmpty()) {
            return org.hearth.calendar.WorkingDayCalendar.england().plusWorkingDays(lookedAfterSince, 20);
        }
        LocalDate last = reviewsSince.get(reviewsSince.size() - 1);
        return reviewsSince.size() == 1 ? last.plusMonths(3) : last.plusMonths(6);
    }

    /** A staff member's name by username (an answer names who gave it). */
    String name(String username) {
        List<String> names = jdbc.queryForList("SELECT display_name FROM hearth_user WHERE username = ?", String.class,
                username);
        return names.isEmpty() ? username : names.get(0);
    }
}
