package org.hearth.people.ecomap;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.people.PersonWhoMatters;
import org.hearth.people.Relationship;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.hearth.allocation.AllocationStage;
import org.hearth.people.PeopleStage;

/**
 * Builds a child's ecomap from a record already read through the access seam: it looks up the names of the people
 * the record's relationships point at and of the professionals allocated, nothing more.
 */
@Component
public class Ecomaps {
    private final JdbcTemplate jdbc;

    Ecomaps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Ecomap of(ChildJourney j, LocalDate today) {
        java.util.Set<UUID> related = new java.util.HashSet<>();
        j.all(PeopleStage.RELATIONSHIPS).stream().map(Relationship::relatedPersonId).filter(java.util.Objects::nonNull).forEach(related::add);
        j.all(PeopleStage.PEOPLE_WHO_MATTER).stream().map(PersonWhoMatters::relatedPersonId).filter(java.util.Objects::nonNull).forEach(related::add);
        List<String> staff = j.all(AllocationStage.ALLOCATIONS).stream().map(a -> a.professionalId())
                .filter(java.util.Objects::nonNull).distinct().toList();
        Map<UUID, String> names = new HashMap<>();
        Map<String, String> staffNames = new HashMap<>();
        if (!related.isEmpty() || !staff.isEmpty()) {
            // The people's names and the professionals' in one round trip: a person row, then a user row, each marked.
            jdbc.query("SELECT true, pers_person_id::text, coalesce(nullif(pers_known_as, ''), pers_forename), pers_surname "
                            + "FROM ssd_person WHERE pers_person_id = ANY(?) "
                            + "UNION ALL SELECT false, username, display_name, NULL FROM hearth_user WHERE username = ANY(?)",
                    rs -> {
                        if (rs.getBoolean(1)) {
                            String name = ((rs.getString(3) == null ? "" : rs.getString(3)) + " "
                                    + (rs.getString(4) == null ? "" : rs.getString(4))).strip();
                            if (!name.isEmpty()) {
                                names.put(UUID.fromString(rs.getString(2)), name);
                            }
                        } else {
                            staffNames.put(rs.getString(2), rs.getString(3));
                        }
                    }, (Object) related.toArray(UUID[]::new), (Object) staff.toArray(String[]::new));
        }
        return Ecomap.of(j, today, names, u -> staffNames.getOrDefault(u, u));
    }
}
