package org.hearth.protection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The organisations a child protection meeting's participants and actions come from (the organisations table and its
 * type code list), and the choices the forms offer: each organisation by name and type, then the agencies with no
 * organisation of their own here (the council's children's social care, the family, or a police force or health
 * service not yet in the table).
 */
@Component
class PartnerOrganisations {
    /** An organisation with its type in words and the agency it takes part for. */
    record Organisation(String id, String name, String typeLabel, String agency) {}

    /** What a form's organisation choice stands for, when it is not an organisation: "agency:SOCIAL_CARE". */
    static final String AGENCY_PREFIX = "agency:";
    static final Map<String, String> AGENCY_CHOICES = agencyChoices();

    private final java.util.function.Supplier<List<Organisation>> source;

    @org.springframework.beans.factory.annotation.Autowired
    PartnerOrganisations(JdbcTemplate jdbc) {
        this(() -> jdbc.query("SELECT o.organisation_id, o.name, o.type, t.label, t.health FROM organisation o "
                        + "JOIN organisation_type t ON t.code = o.type ORDER BY t.label, o.name",
                (rs, i) -> new Organisation(rs.getString(1), rs.getString(2), rs.getString(4),
                        ChildProtection.agencyOf(rs.getString(3), rs.getBoolean(5)))));
    }

    /** Organisations from elsewhere than the database (the forms' unit tests). */
    PartnerOrganisations(java.util.function.Supplier<List<Organisation>> source) {
        this.source = source;
    }

    static PartnerOrganisations of(Organisation... organisations) {
        return new PartnerOrganisations(() -> List.of(organisations));
    }

    List<Organisation> all() {
        return source.get();
    }

    Optional<Organisation> find(String id) {
        return id == null ? Optional.empty() : all().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The form's choices: value → words, organisations first. */
    Map<String, String> choices() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Organisation o : all()) {
            out.put(o.id(), o.name() + " (" + o.typeLabel() + ")");
        }
        out.putAll(AGENCY_CHOICES);
        return out;
    }

    /**
     * A participant from a form's or the API's answers: an organisation of the table by its id (its agency from its
     * type), or an agency choice; an unknown organisation leaves the agency empty, for the command to refuse.
     */
    Participant participant(String choice, String agency, String name, String role, boolean attended) {
        Resolved r = resolve(choice, agency);
        return new Participant(r.agency(), r.organisationId(), r.organisationName(), name, role, attended);
    }

    AgreedAction action(String choice, String agency, String owner, String action, java.time.LocalDate due) {
        Resolved r = resolve(choice, agency);
        return new AgreedAction(r.agency(), r.organisationId(), owner, action, due);
    }

    private record Resolved(String agency, String organisationId, String organisationName) {}

    private Resolved resolve(String choice, String agency) {
        String c = choice == null || choice.isBlank() ? null : choice.strip();
        if (c != null && c.startsWith(AGENCY_PREFIX)) {
            String code = c.substring(AGENCY_PREFIX.length());
            return new Resolved(ChildProtection.AGENCIES.containsKey(code) ? code : null, null, null);
        }
        if (c != null) {
            return find(c).map(o -> new Resolved(o.agency(), o.id(), o.name())).orElse(new Resolved(null, null, null));
        }
        String a = agency == null || agency.isBlank() ? null : agency.strip();
        return new Resolved(a, null, null);
    }

    private static Map<String, String> agencyChoices() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(AGENCY_PREFIX + "SOCIAL_CARE", "Children's social care (this council)");
        out.put(AGENCY_PREFIX + "FAMILY", "The family");
        out.put(AGENCY_PREFIX + "POLICE", "Police (force not listed)");
        out.put(AGENCY_PREFIX + "HEALTH", "Health (service not listed)");
        out.put(AGENCY_PREFIX + "SCHOOL", "School or education (not listed)");
        out.put(AGENCY_PREFIX + "OTHER", "Another agency");
        return java.util.Collections.unmodifiableMap(out);
    }
}
