package org.hearth.ssd;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SSD's staff tables (ssd_department, ssd_professionals) from Hearth's teams and practitioners' accounts: not a
 * child's record (the seam guards children's records; these are the council's staff list, as on the allocation
 * pages), so read here directly, and only these two tables.
 * Administrators and analysts are not professionals of the SSD (they hold no case work) and are left out.
 */
@Component
class SsdStaff {
    private final JdbcTemplate jdbc;

    SsdStaff(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    SsdRows rows(SsdSpec spec) {
        SsdRows rows = new SsdRows(spec);
        jdbc.query("SELECT d.dept_team_id, d.dept_team_name, d.dept_team_parent_id, p.dept_team_name "
                + "FROM ssd_department d LEFT JOIN ssd_department p ON p.dept_team_id = d.dept_team_parent_id "
                + "ORDER BY d.dept_team_id", rs -> {
                    rows.add("ssd_department").set("dept_team_id", rs.getString(1)).set("dept_team_name", rs.getString(2))
                            .set("dept_team_parent_id", rs.getString(3)).set("dept_team_parent_name", rs.getString(4));
                });
        jdbc.query("SELECT username, display_name, role, team_id FROM hearth_user "
                + "WHERE role IN ('SOCIAL_WORKER','TEAM_MANAGER','IRO','EARLY_HELP_WORKER','PERSONAL_ADVISER') "
                + "ORDER BY username", rs -> {
                    rows.add("ssd_professionals").set("prof_professional_id", rs.getString(1))
                            .set("prof_professional_name", rs.getString(2))
                            .set("prof_professional_job_title", jobTitle(rs.getString(3)))
                            .set("prof_professional_department", rs.getString(4));
                });
        return rows;
    }

    static String jobTitle(String role) {
        return switch (role) {
            case "SOCIAL_WORKER" -> "Social worker";
            case "TEAM_MANAGER" -> "Team manager";
            case "IRO" -> "Independent reviewing officer";
            case "EARLY_HELP_WORKER" -> "Family help worker";
            case "PERSONAL_ADVISER" -> "Personal adviser";
            default -> role;
        };
    }
}
