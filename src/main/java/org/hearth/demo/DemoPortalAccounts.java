package org.hearth.demo;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Links the demo's child and care leaver accounts to their own records (a SELF role assignment, as an invitation by
 * their worker would), and gives each the child's known-as (or first) name. Their password (hearth-demo) stands in for
 * the one-time code and PIN a real child uses; a few words the worker wrote for them start their plan.
 */
final class DemoPortalAccounts {
    private DemoPortalAccounts() {}

    static void link(JdbcTemplate jdbc, LocalDate today) {
        DemoPortalChildren.fosteredChild(jdbc, today).ifPresent(child -> link(jdbc, "child.demo", child, "sw.demo"));
        DemoPortalChildren.careLeaver(jdbc, today).ifPresent(child -> link(jdbc, "youngperson.demo", child, "pa.demo"));
    }

    private static void link(JdbcTemplate jdbc, String username, UUID child, String worker) {
        jdbc.update("UPDATE hearth_user SET display_name = (SELECT coalesce(nullif(pers_known_as, ''), pers_forename, "
                + "display_name) FROM ssd_person WHERE pers_person_id = ?) WHERE username = ?", child, username);
        jdbc.update("INSERT INTO portal_account (username, child_id, invited_by, verified_at) VALUES (?, ?, ?, now()) "
                + "ON CONFLICT (username) DO NOTHING", username, child, worker);
        jdbc.update("INSERT INTO role_assignment (assignment_id, holder_kind, holder_id, role, scope_kind, scope_id, "
                + "grant_type, valid_from, reason, granted_by) VALUES (?, 'USER', ?, 'SELF', 'CHILD', ?, 'STANDARD', "
                + "now() - interval '1 day', 'Their own space (demo)', ?)", UUID.randomUUID(), username,
                child.toString(), worker);
        jdbc.update("INSERT INTO child_plan_words (words_id, child_id, kind, title, words, who_does, position, written_by) "
                + "VALUES (?, ?, 'GOAL', 'Feeling settled where you live', 'We want you to feel safe and happy at home.', "
                + "'Your carer will help you every day. Your worker will visit you and ask how it is going.', 0, ?)",
                UUID.randomUUID(), child, worker);
    }
}
