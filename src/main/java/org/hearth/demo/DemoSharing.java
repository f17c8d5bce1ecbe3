package org.hearth.demo;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo authority's sharing decisions, by a rule over the record (no random draw): the police see the children in a
 * current section 47 enquiry (for the enquiry); the school the children of school age (5 to 15) on a child in need or
 * child protection plan or in family help; Cafcass the children in care proceedings (an interim care order, legal
 * status C1); the health trust the children under 5 on a child protection plan. Each for the parts its type needs,
 * until the episode ends or three months on, at most 40 children each (youngest episode first, then id): every other
 * child stays unshared, so each partner is refused most records.
 */
final class DemoSharing {
    static final int MAX = 40;
    static final String HEALTH_ORG = "RXX01";

    private DemoSharing() {}

    static int share(JdbcTemplate jdbc, LocalDate today) {
        int n = 0;
        n += share(jdbc, today, DemoPartners.POLICE_ID, "SAFEGUARDING_ENQUIRY", "CA1989_S47",
                org.hearth.sharing.SharedPartsDemo.police(),
                "SELECT s.s47e_person_id, 's47-enquiries', s.s47e_s47_enquiry_id, s.s47e_s47_start_date FROM ssd_s47_enquiry s "
                        + "JOIN ssd_person p ON p.pers_person_id = s.s47e_person_id AND p.pers_death_date IS NULL "
                        + "WHERE s.s47e_s47_start_date <= ? AND (s.s47e_s47_end_date IS NULL OR s.s47e_s47_end_date >= ?)");
        n += share(jdbc, today, DemoPartners.SCHOOL_ID, "EDUCATION", "PUBLIC_TASK_SAFEGUARDING",
                org.hearth.sharing.SharedPartsDemo.school(),
                "SELECT x.person_id, x.kind, x.id, x.start FROM (" 
                        + "SELECT cppl_person_id person_id, 'cp-plans' kind, cppl_cp_plan_id id, cppl_cp_plan_start_date start, cppl_cp_plan_end_date stop FROM ssd_cp_plans "
                        + "UNION ALL SELECT cinp_person_id, 'cin-plans', cinp_cin_plan_id, cinp_cin_plan_start_date, cinp_cin_plan_end_date FROM ssd_cin_plans "
                        + "UNION ALL SELECT earl_person_id, 'early-help', earl_episode_id, earl_episode_start_date, earl_episode_end_date FROM ssd_early_help_episodes) x "
                        + "JOIN ssd_person p ON p.pers_person_id = x.person_id AND p.pers_death_date IS NULL AND p.pers_dob IS NOT NULL "
                        + "AND date_part('year', age(current_date, p.pers_dob)) BETWEEN 5 AND 15 "
                        + "WHERE x.start <= ? AND (x.stop IS NULL OR x.stop >= ?)");
        n += share(jdbc, today, DemoPartners.CAFCASS_ID, "COURT_PROCEEDINGS", "LEGAL_OBLIGATION_SAFEGUARDING",
                org.hearth.sharing.SharedPartsDemo.court(),
                "SELECT l.lega_person_id, 'legal-statuses', l.lega_legal_status_id, l.lega_legal_status_start_date FROM ssd_legal_status l "
                        + "JOIN ssd_person p ON p.pers_person_id = l.lega_person_id AND p.pers_death_date IS NULL "
                        + "WHERE l.lega_legal_status = 'C1' AND l.lega_legal_status_start_date <= ? "
                        + "AND (l.lega_legal_status_end_date IS NULL OR l.lega_legal_status_end_date >= ?)");
        n += share(jdbc, today, HEALTH_ORG, "HEALTH_CARE", "PUBLIC_TASK_HEALTH",
                org.hearth.sharing.SharedPartsDemo.health(),
                "SELECT c.cppl_person_id, 'cp-plans', c.cppl_cp_plan_id, c.cppl_cp_plan_start_date FROM ssd_cp_plans c "
                        + "JOIN ssd_person p ON p.pers_person_id = c.cppl_person_id AND p.pers_death_date IS NULL "
                        + "AND p.pers_dob IS NOT NULL AND date_part('year', age(current_date, p.pers_dob)) < 5 "
                        + "WHERE c.cppl_cp_plan_start_date <= ? AND (c.cppl_cp_plan_end_date IS NULL OR c.cppl_cp_plan_end_date >= ?)");
        return n;
    }

    private static int share(JdbcTemplate jdbc, LocalDate today, String organisation, String purpose, String basis,
                             String[] parts, String episodes) {
        Boolean exists = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM organisation WHERE organisation_id = ?)",
                Boolean.class, organisation);
        if (!Boolean.TRUE.equals(exists)) {
            return 0;
        }
        // One decision per child (its latest open episode), the sharing and its assignment written together.
        return jdbc.update("WITH e AS (SELECT DISTINCT ON (person_id) person_id, kind, id, start FROM (" + episodes
                        + ") AS q(person_id, kind, id, start) ORDER BY person_id, start DESC, id), "
                        + "chosen AS (SELECT person_id, kind, id, md5(?::text || person_id::text)::uuid AS sharing_id, "
                        + "md5(?::text || person_id::text || 'assignment')::uuid AS assignment_id FROM e "
                        + "ORDER BY start DESC, person_id LIMIT " + MAX + "), "
                        + "a AS (INSERT INTO role_assignment (assignment_id, holder_kind, holder_id, role, scope_kind, scope_id, "
                        + "grant_type, parts, valid_from, valid_to, reason, granted_by, source, source_id) "
                        + "SELECT assignment_id, 'ORGANISATION', ?, 'SHARING', 'CHILD', person_id::text, 'STANDARD', ?, "
                        + "?::date::timestamptz, (?::date + 91)::timestamptz, ?, 'demo-data', 'sharing_decision', sharing_id::text "
                        + "FROM chosen) "
                        + "INSERT INTO sharing_decision (sharing_id, person_id, organisation_id, purpose, lawful_basis, "
                        + "consent_sought, consent_given, parts, starts_on, ends_on, episode_kind, episode_id, assignment_id, "
                        + "recorded_by) SELECT sharing_id, person_id, ?, ?, ?, false, NULL, ?, ?, ?::date + 90, kind, id, "
                        + "assignment_id, 'demo-data' FROM chosen",
                ps -> {
                    int i = 1;
                    ps.setObject(i++, today);
                    ps.setObject(i++, today);
                    ps.setString(i++, organisation);
                    ps.setString(i++, organisation);
                    ps.setString(i++, organisation);
                    ps.setArray(i++, ps.getConnection().createArrayOf("text", parts));
                    ps.setObject(i++, today);
                    ps.setObject(i++, today);
                    ps.setString(i++, purpose + " under " + basis);
                    ps.setString(i++, organisation);
                    ps.setString(i++, purpose);
                    ps.setString(i++, basis);
                    ps.setArray(i++, ps.getConnection().createArrayOf("text", parts));
                    ps.setObject(i++, today);
                    ps.setObject(i++, today);
                });
    }
}
