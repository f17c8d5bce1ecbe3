package org.hearth.people;

import java.util.List;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whom a worker may name in a child's network: a child whose record they may read, or an adult already named on such
 * a record. Nothing is disclosed by asking (it is not a read of anyone's record, and it is never audited as one):
 * the answer is yes or no, the same for an id no one has as for one the worker may not see.
 */
@Component
public class Nameable {
    private final JdbcTemplate jdbc;
    private final AccessSeam seam;

    Nameable(JdbcTemplate jdbc, AccessSeam seam) {
        this.jdbc = jdbc;
        this.seam = seam;
    }

    public boolean mayName(Actor actor, UUID personId) {
        List<String> kinds = jdbc.queryForList("SELECT coalesce(pers_kind, 'CHILD') FROM ssd_person "
                + "WHERE pers_person_id = ?", String.class, personId);
        if (kinds.isEmpty()) {
            return false;
        }
        if (!"ADULT".equals(kinds.get(0))) {
            return !seam.readable(actor, List.of(personId)).isEmpty();
        }
        List<UUID> linked = jdbc.queryForList("SELECT rela_person_id FROM person_relationship "
                + "WHERE rela_related_person_id = ? UNION SELECT pwma_person_id FROM people_who_matter "
                + "WHERE pwma_related_person_id = ? LIMIT 200", UUID.class, personId, personId);
        return !seam.readable(actor, linked).isEmpty();
    }
}
