package org.hearth.demo;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which demo children the portal's demo accounts are: {@code child.demo} is a looked-after child of about 12 in a
 * foster placement (903 placement types U1–U6), {@code youngperson.demo} a care leaver of about 19, and
 * {@code carer.demo} the foster carer of the first. Chosen by a rule, not by id, so any seed has them: preferring a
 * child the published worker ({@code sw.demo} / {@code pa.demo}) holds, then the age nearest the target, then the id.
 */
public final class DemoPortalChildren {
    private static final String FOSTER_TYPES = "('U1','U2','U3','U4','U5','U6')";

    private DemoPortalChildren() {}

    /** The looked-after child of child.demo (and whose carer is carer.demo). */
    public static Optional<UUID> fosteredChild(JdbcTemplate jdbc, LocalDate today) {
        return pick(jdbc, "SELECT p.pers_person_id FROM ssd_person p JOIN ssd_cla_placement pl ON pl.clap_person_id = "
                + "p.pers_person_id AND pl.clap_cla_placement_end_date IS NULL AND pl.clap_cla_placement_type IN "
                + FOSTER_TYPES + " WHERE p.pers_kind = 'CHILD' AND p.pers_death_date IS NULL AND p.pers_dob IS NOT NULL "
                + "AND date_part('year', age(?::date, p.pers_dob)) BETWEEN 9 AND 15 ORDER BY " + heldBy("sw.demo")
                + " DESC, abs(date_part('year', age(?::date, p.pers_dob)) - 12), p.pers_person_id LIMIT 1", today);
    }

    /** The care leaver of youngperson.demo. */
    public static Optional<UUID> careLeaver(JdbcTemplate jdbc, LocalDate today) {
        return pick(jdbc, "SELECT p.pers_person_id FROM ssd_person p WHERE p.pers_kind = 'CHILD' AND p.pers_death_date "
                + "IS NULL AND p.pers_dob IS NOT NULL AND date_part('year', age(?::date, p.pers_dob)) BETWEEN 18 AND 21 "
                + "AND EXISTS (SELECT 1 FROM ssd_involvements i WHERE i.invo_person_id = p.pers_person_id AND "
                + "i.invo_professional_role_id = 'PA' AND i.invo_involvement_end_date IS NULL) ORDER BY "
                + heldBy("pa.demo") + " DESC, abs(date_part('year', age(?::date, p.pers_dob)) - 19), p.pers_person_id "
                + "LIMIT 1", today);
    }

    private static String heldBy(String username) {
        return "EXISTS (SELECT 1 FROM ssd_involvements h WHERE h.invo_person_id = p.pers_person_id AND "
                + "h.invo_professional_id = '" + username + "' AND h.invo_involvement_end_date IS NULL)";
    }

    private static Optional<UUID> pick(JdbcTemplate jdbc, String sql, LocalDate today) {
        return jdbc.query(sql, (rs, n) -> rs.getObject(1, UUID.class), today, today).stream().findFirst();
    }
}
