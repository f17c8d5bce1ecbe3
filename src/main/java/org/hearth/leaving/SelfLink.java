package org.hearth.leaving;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record a young person's (or child's) own sign-in is linked to: their live SELF assignment (holder USER, role
 * SELF, scope CHILD), as the shared contract of the child's own space names it. Read by the server for the commands
 * the young person runs themselves, so a request can never say whose plan it is.
 */
@Component
public class SelfLink {
    private final JdbcTemplate jdbc;

    SelfLink(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The child the actor is, if they are a young person or child linked to exactly one record. */
    public Optional<UUID> of(Actor actor) {
        if (!CommentOnPathwayPlan.youngPerson(actor.role())) {
            return Optional.empty();
        }
        List<String> ids = jdbc.queryForList("SELECT scope_id FROM role_assignment WHERE holder_kind = 'USER' "
                + "AND holder_id = ? AND role = 'SELF' AND scope_kind = 'CHILD' AND grant_type = 'STANDARD' "
                + "AND valid_from <= now() AND (valid_to IS NULL OR valid_to > now())", String.class, actor.username());
        if (ids.size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(ids.get(0)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
