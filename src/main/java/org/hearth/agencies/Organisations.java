package org.hearth.agencies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The partner organisations Hearth knows (sharing's {@link org.hearth.sharing.Organisations}), as the agencies' forms offer
 * them and their commands name them.
 */
@Component("agencyOrganisations")
public class Organisations {
    /** An organisation with its type and the type in words. */
    public record Org(String id, String name, String type, String typeLabel) {}

    private final org.hearth.sharing.Organisations organisations;

    Organisations(org.hearth.sharing.Organisations organisations) {
        this.organisations = organisations;
    }

    public List<Org> all() {
        return organisations.all().stream().map(Organisations::org).toList();
    }

    public Optional<Org> find(String id) {
        return organisations.findOpen(id == null ? null : id.strip()).map(Organisations::org);
    }

    private static Org org(org.hearth.sharing.PartnerOrganisation o) {
        return new Org(o.id(), o.name(), o.type(), o.typeLabel());
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
