package org.hearth.demo;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's staff can be reached at work: each practitioner gets a work phone from Ofcom's drama range for
 * fiction (01632 960000 to 960999, never a real line) and a work email at the reserved {@code .example} domain, in
 * username order, so a carer's page shows the social worker's and IRO's numbers as a council's would.
 */
final class DemoWorkContacts {
    private DemoWorkContacts() {}

    static int add(JdbcTemplate jdbc) {
        return jdbc.update("UPDATE hearth_user u SET work_phone = '01632 960 ' || lpad((x.n % 1000)::text, 3, '0'), "
                + "work_email = u.username || '@council.example' FROM (SELECT username, row_number() OVER (ORDER BY "
                + "username) - 1 AS n FROM hearth_user WHERE role IN ('SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', "
                + "'EARLY_HELP_WORKER', 'PERSONAL_ADVISER')) x WHERE u.username = x.username AND u.work_phone IS NULL");
    }
}
