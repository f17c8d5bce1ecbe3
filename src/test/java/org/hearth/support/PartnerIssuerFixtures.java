package org.hearth.support;

import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two organisations the shared test configuration maps partner issuers to (DEMO-POLICE, DEMO-SCHOOL, named as
 * in the demo) and one user of each, police.demo and school.demo: added once, whichever test comes first.
 */
public final class PartnerIssuerFixtures {
    public static final String POLICE = "DEMO-POLICE";
    public static final String SCHOOL = "DEMO-SCHOOL";
    public static final String POLICE_NAME = "Example Valley Police";
    public static final String SCHOOL_NAME = "Hillside Academy";
    public static final String POLICE_USER = "police.demo";
    public static final String SCHOOL_USER = "school.demo";

    private PartnerIssuerFixtures() {}

    public static void add(JdbcTemplate jdbc, UserDirectory users, String passwordHash) {
        jdbc.update("INSERT INTO organisation (organisation_id, name, type, urn) VALUES (?, ?, 'POLICE_FORCE', NULL) "
                + "ON CONFLICT DO NOTHING", POLICE, POLICE_NAME);
        jdbc.update("INSERT INTO organisation (organisation_id, name, type, urn) VALUES (?, ?, 'SCHOOL', '999123') "
                + "ON CONFLICT DO NOTHING", SCHOOL, SCHOOL_NAME);
        users.addPartnerUser(POLICE_USER, "Priya Officer", Role.PARTNER, POLICE, passwordHash);
        users.addPartnerUser(SCHOOL_USER, "Sam Teacher", Role.PARTNER, SCHOOL, passwordHash);
    }
}
