package org.hearth.sharing;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The partner organisations in Hearth (the organisation table with its type's words). */
@Component
public class Organisations {
    private final JdbcTemplate jdbc;

    Organisations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisations open now (a closed one is offered for no new work), by name. */
    public List<PartnerOrganisation> all() {
        return jdbc.query("SELECT o.organisation_id, o.name, o.type, t.label FROM organisation o "
                + "JOIN organisation_type t ON t.code = o.type WHERE o.closed_on IS NULL ORDER BY o.name",
                (rs, n) -> new PartnerOrganisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** The organisation if it is open now: new work (sharing, a request, an involvement) names only an open one. */
    public Optional<PartnerOrganisation> findOpen(String id) {
        if (id == null || id.isBlank() || id.length() > 100) {
            return Optional.empty();
        }
        return jdbc.query("SELECT o.organisation_id, o.name, o.type, t.label FROM organisation o "
                + "JOIN organisation_type t ON t.code = o.type WHERE o.organisation_id = ? AND o.closed_on IS NULL",
                (rs, n) -> new PartnerOrganisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                id).stream().findFirst();
    }

    public Optional<PartnerOrganisation> find(String id) {
        if (id == null || id.isBlank() || id.length() > 100) {
            return Optional.empty();
        }
        return jdbc.query("SELECT o.organisation_id, o.name, o.type, t.label FROM organisation o "
                + "JOIN organisation_type t ON t.code = o.type WHERE o.organisation_id = ?", (rs, n) ->
                new PartnerOrganisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), id)
                .stream().findFirst();
    }

    /** The name to show for an organisation id (the id itself if it is not known). */
    public String name(String id) {
        return find(id).map(PartnerOrganisation::name).orElse(id == null ? "" : id);
    }
}
