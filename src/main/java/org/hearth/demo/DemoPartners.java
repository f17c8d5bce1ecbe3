package org.hearth.demo;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo authority's partner organisations beside its NHS trust: a police force, a school (with its URN) and
 * Cafcass, each with one published demo practitioner. Names and the URN are made up.
 */
public final class DemoPartners {
    public static final String POLICE_USER = "police.demo";
    public static final String SCHOOL_USER = "school.demo";
    public static final String CAFCASS_USER = "cafcass.demo";

    public static final String POLICE_ID = "DEMO-POLICE";
    public static final String SCHOOL_ID = "DEMO-SCHOOL";
    public static final String CAFCASS_ID = "DEMO-CAFCASS";

    /** organisation id → {name, type, URN or null}. */
    private static final Map<String, String[]> ORGANISATIONS = Map.of(
            POLICE_ID, new String[] {"Example Valley Police", "POLICE_FORCE", null},
            SCHOOL_ID, new String[] {"Hillside Academy", "SCHOOL", "999123"},
            CAFCASS_ID, new String[] {"Cafcass (Example Valley)", "CAFCASS", null});

    private static final Map<String, String> ORGANISATION_OF = Map.of(
            POLICE_USER, POLICE_ID, SCHOOL_USER, SCHOOL_ID, CAFCASS_USER, CAFCASS_ID);

    private DemoPartners() {}

    /**
     * Adds the demo's police force, school and Cafcass if they are not there (a demo database made before partners
     * were added to the demo has none): for the web bench's partner users. Returns their ids.
     */
    public static java.util.List<String> addOrganisations(JdbcTemplate jdbc) {
        return ORGANISATION_OF.keySet().stream().sorted().map(user -> organisationOf(jdbc, user)).toList();
    }

    /** Adds the user's organisation (once) and returns its id. */
    static String organisationOf(JdbcTemplate jdbc, String username) {
        String id = ORGANISATION_OF.get(username);
        if (id == null) {
            throw new IllegalArgumentException("No demo organisation for " + username);
        }
        String[] org = ORGANISATIONS.get(id);
        jdbc.update("INSERT INTO organisation (organisation_id, name, type, urn) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", id, org[0], org[1], org[2]);
        return id;
    }
}
