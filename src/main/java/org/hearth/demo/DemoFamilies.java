package org.hearth.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.UserDirectory;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.journey.child.Person;
import org.hearth.people.RecordRelationship;

/**
 * The demo's families across records (issue 13 §2): some of the demo social worker's children are brothers and
 * sisters of each other — each link recorded once, on one child's record, and shown on both — and one young woman
 * on the caseload is expecting a baby, whose pre-birth record names her as the mother. Written by the demo social
 * worker through the seam and the people stage's commands, as a worker would, after the authority is loaded.
 */
final class DemoFamilies {
    static final String WORKER = "sw.demo";
    static final String PURPOSE = "demo data: the family across records";

    private DemoFamilies() {}

    static void link(org.springframework.jdbc.core.JdbcTemplate jdbc, UserDirectory users, JourneyService journeys,
                     LocalDate today,
                     java.util.function.UnaryOperator<Person> withLaId) {
        Actor worker = users.find(WORKER).orElse(null);
        if (worker == null) {
            return;
        }
        List<ChildJourney> caseload = new ArrayList<>(journeys.readEach(worker, journeys.allocatedTo(WORKER),
                "record", PURPOSE));
        caseload.removeIf(j -> j.child().dob() == null || j.child().deathDate() != null);
        caseload.sort(java.util.Comparator.comparing(j -> String.valueOf(j.child().legacyId())));
        ChildJourney mother = caseload.stream().filter(j -> "F".equals(j.child().sex()))
                .filter(j -> j.child().ageOn(today) >= 15 && j.child().ageOn(today) <= 17).findFirst().orElse(null);
        if (mother == null) {
            // No young woman on sw.demo's own caseload: a young woman in the same team (tm.demo sees her), her baby's
            // pre-birth record written by her own social worker.
            List<java.util.Map<String, Object>> found = jdbc.queryForList("SELECT p.pers_person_id, i.invo_professional_id "
                    + "FROM ssd_person p JOIN ssd_involvements i ON i.invo_person_id = p.pers_person_id "
                    + "JOIN hearth_user u ON u.username = i.invo_professional_id "
                    + "JOIN hearth_user me ON me.username = ? "
                    + "WHERE u.team_id = me.team_id AND u.role = 'SOCIAL_WORKER' AND i.invo_professional_role_id = 'SW' "
                    + "AND (i.invo_involvement_end_date IS NULL OR i.invo_involvement_end_date >= ?) "
                    + "AND p.pers_sex = 'F' AND p.pers_death_date IS NULL AND p.pers_dob BETWEEN ? AND ? "
                    + "ORDER BY p.pers_legacy_id LIMIT 1", WORKER, today, today.minusYears(18).plusDays(1),
                    today.minusYears(15));
            if (!found.isEmpty()) {
                Actor theirs = users.find((String) found.get(0).get("invo_professional_id")).orElse(null);
                UUID id = (UUID) found.get(0).get("pers_person_id");
                if (theirs != null) {
                    expecting(journeys, theirs, journeys.read(theirs, id, "record", PURPOSE), today, withLaId);
                }
            }
        }
        List<ChildJourney> others = new ArrayList<>(caseload);
        if (mother != null) {
            others.remove(mother);
            // Her brother or sister on the same caseload names her: the link shows on her record too.
            if (!others.isEmpty()) {
                sibling(journeys, worker, others.remove(0), mother);
            }
            expecting(journeys, worker, mother, today, withLaId);
        }
        for (int i = 0; i + 1 < others.size() && i < 4; i += 2) {
            sibling(journeys, worker, others.get(i), others.get(i + 1));
        }
    }

    private static void sibling(JourneyService journeys, Actor worker, ChildJourney on, ChildJourney other) {
        String type = java.util.Objects.equals(on.child().surname(), other.child().surname()) ? "SIBLING"
                : "HALF_SIBLING";
        journeys.execute(worker, on.child().id(), on.version(), new RecordRelationship(other.child().id(), type,
                false, null, null, id -> true), PURPOSE);
    }

    private static void expecting(JourneyService journeys, Actor worker, ChildJourney mother, LocalDate today,
                                  java.util.function.UnaryOperator<Person> withLaId) {
        Person m = mother.child();
        Person baby = new Person(null, null, Person.CHILD, null, m.surname(), null, "U", null, m.ethnicity(), null,
                today.plusWeeks(10), null, null, null, null, null, null, null, null, null, false, false, null);
        JourneyService.Recorded created = journeys.createChild(worker, withLaId.apply(baby), PURPOSE);
        if (created.records().isEmpty()) {
            return;
        }
        UUID babyId = created.records().get(0).personId();
        journeys.execute(worker, babyId, created.version(), new RecordRelationship(m.id(), "MOTHER", true, null,
                null, id -> true), PURPOSE);
    }
}
