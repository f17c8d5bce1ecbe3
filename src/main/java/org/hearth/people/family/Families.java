package org.hearth.people.family;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds a child's {@link Family} from a record already read through the access seam. It finds the links other
 * children's records make to this child (a sibling recorded on one child is the other's sibling too), and names
 * another child only when the actor may read that child's record; their record (where they live now) is read through
 * the seam too, audited with its purpose. Nothing about a child the actor may not see is given but the link's kind.
 */
@Component
public class Families {
    static final String PURPOSE = "show the child's family";
    private final JdbcTemplate jdbc;
    private final AccessSeam seam;
    private final JourneyService journeys;

    Families(JdbcTemplate jdbc, AccessSeam seam, JourneyService journeys) {
        this.jdbc = jdbc;
        this.seam = seam;
        this.journeys = journeys;
    }

    public Family of(Actor actor, ChildJourney j, LocalDate today) {
        List<Family.Reverse> reverse = jdbc.query("SELECT rela_person_id, rela_relationship_type FROM person_relationship "
                        + "WHERE rela_related_person_id = ? AND (rela_end_date IS NULL OR rela_end_date >= ?) "
                        + "AND rela_relationship_type IN ('SIBLING','HALF_SIBLING','STEP_SIBLING','MOTHER','FATHER')",
                (rs, n) -> new Family.Reverse(rs.getObject(1, UUID.class), rs.getString(2)), j.child().id(), today);
        Set<UUID> ids = Family.peopleNamed(j, reverse);
        Set<UUID> forward = new java.util.HashSet<>();
        j.all(org.hearth.people.PeopleStage.RELATIONSHIPS).forEach(r -> forward.add(r.relatedPersonId()));
        Map<UUID, Family.Known> known = new HashMap<>();
        if (ids.isEmpty()) {
            return Family.of(j, today, known, reverse);
        }
        record Row(UUID id, String kind, String name, String sex, LocalDate dob, LocalDate expected, boolean died) {}
        List<Row> rows = jdbc.query("SELECT pers_person_id, coalesce(pers_kind, 'CHILD'), "
                        + "coalesce(nullif(pers_known_as, ''), pers_forename), pers_surname, pers_sex, pers_dob, "
                        + "pers_expected_dob, pers_death_date IS NOT NULL "
                        + "FROM ssd_person WHERE pers_person_id = ANY(?)",
                (rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2),
                        ((rs.getString(3) == null ? "" : rs.getString(3)) + " "
                                + (rs.getString(4) == null ? "" : rs.getString(4))).strip(), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getBoolean(8)),
                (Object) ids.toArray(UUID[]::new));
        List<UUID> children = rows.stream().filter(r -> !"ADULT".equals(r.kind())).map(Row::id).toList();
        Set<UUID> readable = Set.copyOf(children.isEmpty() ? List.of() : seam.readable(actor, children));
        Map<UUID, ChildJourney> records = new HashMap<>();
        if (!readable.isEmpty()) {
            for (ChildJourney other : journeys.readEach(actor, List.copyOf(readable), "record", PURPOSE)) {
                records.put(other.child().id(), other);
            }
        }
        for (Row r : rows) {
            // Someone linked on this child's own record is named as the record names them; anyone else only when the
            // actor may read their record.
            boolean shown = "ADULT".equals(r.kind()) || forward.contains(r.id()) || readable.contains(r.id());
            known.put(r.id(), shown ? new Family.Known(r.id(), true, r.name(), r.sex(), r.dob(), r.expected(), r.died(),
                    records.containsKey(r.id()), records.get(r.id()))
                    : new Family.Known(r.id(), false, null, r.sex(), null, null, false, false, null));
        }
        return Family.of(j, today, known, reverse);
    }
}
