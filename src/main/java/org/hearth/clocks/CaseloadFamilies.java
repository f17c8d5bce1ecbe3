package org.hearth.clocks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which children on a caseload belong together: brothers and sisters (a SIBLING or HALF_SIBLING relationship
 * recorded either way round) and children with the same mother or father on record. Asked only about children
 * the worker has just read through the access seam (their caseload).
 */
@Component
class CaseloadFamilies {
    private static final List<String> PARENTS = List.of("MOTHER", "FATHER");

    private final JdbcTemplate jdbc;

    CaseloadFamilies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID[]> links(List<UUID> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        UUID[] ids = childIds.toArray(UUID[]::new);
        List<UUID[]> links = new ArrayList<>();
        Map<UUID, List<UUID>> childrenOfParent = new HashMap<>();
        jdbc.query("SELECT rela_person_id, rela_related_person_id, rela_relationship_type FROM person_relationship "
                        + "WHERE rela_person_id = ANY(?) AND (rela_end_date IS NULL OR rela_end_date >= current_date)",
                rs -> {
                    UUID child = rs.getObject(1, UUID.class);
                    UUID related = rs.getObject(2, UUID.class);
                    String type = rs.getString(3);
                    if (type.endsWith("SIBLING")) {
                        links.add(new UUID[] {child, related});
                    } else if (PARENTS.contains(type)) {
                        childrenOfParent.computeIfAbsent(related, k -> new ArrayList<>()).add(child);
                    }
                }, (Object) ids);
        for (List<UUID> children : childrenOfParent.values()) {
            for (int i = 1; i < children.size(); i++) {
                links.add(new UUID[] {children.get(0), children.get(i)});
            }
        }
        return links;
    }
}
