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

    CarerSpace(JourneyService journeys, JdbcTemplate jdbc) {
        this.journeys = journeys;
        this.jdbc = jdbc;
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

    /** A child placed with the carer, as the carer's pages show them. */
    public record Child(UUID id, String name, String knownAs, LocalDate dob, List<String> healthNeeds,
                        String socialWorker, String socialWorkerTeam, LocalDate placedOn, List<LocalDate> placementPlans,
                        String carerKind, List<Delegation> delegations, LocalDate lastReviewed, List<Asked> asked,
                        List<CarerLog> logs, long version) {
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
        return new Child(id, name.isBlank() ? "The child" : name.strip(), p.knownAs(), p.dob(), needs,
                sw.isEmpty() ? null : (String) sw.get(0).get("name"), sw.isEmpty() ? null : (String) sw.get(0).get("team"),
                placedOn, plans, link.map(l -> CarersStage.label(CarersStage.CARER_KIND, l.carerKind())).orElse(null),
                delegations, CarerRules.lastReview(j).map(DelegatedAuthorityReview::reviewedOn).orElse(null), asked,
                logs, j.version());
    }

    /** A staff member's name by username (an answer names who gave it). */
    String name(String username) {
        List<String> names = jdbc.queryForList("SELECT display_name FROM hearth_user WHERE username = ?", String.class,
                username);
        return names.isEmpty() ? username : names.get(0);
    }
}
