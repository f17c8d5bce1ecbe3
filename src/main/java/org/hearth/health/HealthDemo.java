package org.hearth.health;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo authority's health partner: a named (synthetic) NHS trust, its user health.demo, and the trust's standing
 * assignment to look up the council's children's flags.
 */
public final class HealthDemo {
    public static final String TRUST_ID = "RXX01";
    public static final String TRUST_NAME = "Example Valley Hospitals NHS Foundation Trust";

    private HealthDemo() {}

    /** Adds the trust (once) and makes this user one of its health partners who may look up flags. */
    public static void addPartner(JdbcTemplate jdbc, String username, String displayName, String passwordHash) {
        addTrust(jdbc);
        jdbc.update("INSERT INTO hearth_user (username, display_name, role, organisation_id, password_hash) "
                + "VALUES (?, ?, 'HEALTH_PARTNER', ?, ?) ON CONFLICT (username) DO NOTHING", username, displayName,
                TRUST_ID, passwordHash);
        jdbc.update("INSERT INTO role_assignment (assignment_id, holder_kind, holder_id, role, scope_kind, scope_id, "
                        + "grant_type, valid_from, reason, granted_by) SELECT gen_random_uuid(), 'USER', ?, "
                        + "'HEALTH_FLAG_LOOKUP', 'COUNCIL', NULL, 'STANDARD', now(), "
                        + "'Health partner of the council: CP-IS flag look-ups', 'demo-data' "
                        + "WHERE NOT EXISTS (SELECT 1 FROM role_assignment WHERE holder_id = ? AND role = 'HEALTH_FLAG_LOOKUP')",
                username, username);
    }

    /** Adds the demo trust (once): the organisation alone, with no user or look-up assignment. */
    public static void addTrust(JdbcTemplate jdbc) {
        jdbc.update("INSERT INTO organisation (organisation_id, name, type, ods_code) VALUES (?, ?, 'NHS_TRUST', ?) "
                + "ON CONFLICT DO NOTHING", TRUST_ID, TRUST_NAME, TRUST_ID);
    }
}
