package org.hearth.agencies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The partner organisations Hearth knows (the organisations table), as the forms offer them and the commands name them. */
@Component
public class Organisations {
    /** An organisation with its type and the type in words. */
    public record Org(String id, String name, String type, String typeLabel) {}

    private final JdbcTemplate jdbc;

    Organisations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Org> all() {
        return jdbc.query("SELECT o.organisation_id, o.name, o.type, t.label FROM organisation o "
                + "JOIN organisation_type t ON t.code = o.type ORDER BY o.name",
                (rs, i) -> new Org(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    public Optional<Org> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("SELECT o.organisation_id, o.name, o.type, t.label FROM organisation o "
                        + "JOIN organisation_type t ON t.code = o.type WHERE o.organisation_id = ?",
                (rs, i) -> new Org(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), id.strip())
                .stream().findFirst();
    }

    /** The form's choices: id → "Name (type)". */
    public Map<String, String> choices() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Org o : all()) {
            out.put(o.id(), o.name() + " (" + o.typeLabel() + ")");
        }
        return out;
    }

    /** The CIN census source of a referral made by an organisation of this type. */
    static String referralSource(String type) {
        return switch (type == null ? "" : type) {
            case "SCHOOL" -> "2A";
            case "EARLY_YEARS" -> "2B";
            case "GP_PRACTICE" -> "3A";
            case "HEALTH_VISITING" -> "3B";
            case "SCHOOL_NURSING" -> "3C";
            case "NHS_TRUST", "CAMHS" -> "3F";
            case "HOUSING" -> "4";
            case "POLICE_FORCE" -> "6";
            case "YOUTH_JUSTICE", "PROBATION", "CAFCASS", "FAMILY_COURT" -> "7";
            default -> "8";
        };
    }
}
