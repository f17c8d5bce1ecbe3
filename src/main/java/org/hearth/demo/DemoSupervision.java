package org.hearth.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supervision history for the demo's teams: each case-holding worker supervised by their team's manager about monthly,
 * the last session mostly within the cadence and about one worker in eight overdue (the Review found 12% with none),
 * with one newly qualified (ASYE) worker in the Child Protection & Court team. Everything is derived from the seed and
 * each worker's username, never drawn from the generator's random stream, so the demo's children do not move.
 * sw.demo has several sessions: the older ones agreed, the newest waiting for their agreement with an action due, and
 * its decision written on one of their children's records as a supervision-decision case note, through the notes
 * command and the seam (the {@link DecisionWriter}).
 */
final class DemoSupervision {
    private DemoSupervision() {}

    /** Writes a decision on a child's record as the supervisor, through the seam; returns the case note's id. */
    @FunctionalInterface
    interface DecisionWriter {
        UUID write(String supervisor, UUID child, LocalDate date, String worker, String decision);
    }

    private static final String[] CASELOAD = {
        "Caseload reviewed child by child; visits in time; two children's plans need updating before review.",
        "Caseload high after a colleague left; agreed no new allocations for two weeks.",
        "Court work dominating the month; reports for two hearings due; agreed time blocked for writing.",
        "Caseload steady; one child's placement fragile, contingency discussed.",
    };
    private static final String[] LEARNING = {
        "Reflective discussion on working with fathers; reading on the Safeguarding Practice Review's findings.",
        "Booked onto court skills training; shadowing an experienced colleague at the next hearing.",
        "Practice observation planned for a direct work session next month.",
    };
    private static final String[] WELLBEING = {
        "Feeling stretched but well supported by the team; taking annual leave at half term.",
        "A distressing home visit last week talked through; offered the employee assistance line.",
        "Settled and confident; wants more complex work to develop.",
    };
    private static final String[] TYPES = {"FORMAL", "FORMAL", "FORMAL", "REFLECTIVE", "GROUP"};

    /** Adds the history; returns how many sessions. */
    static int add(JdbcTemplate jdbc, long seed, LocalDate today, DecisionWriter decisions) {
        record Member(String username, String team, String manager) {}
        List<Member> workers = jdbc.query("""
                SELECT u.username, u.team_id, (SELECT m.username FROM hearth_user m WHERE m.team_id = u.team_id
                       AND m.role = 'TEAM_MANAGER' ORDER BY (m.username = 'tm.demo') DESC, m.username LIMIT 1)
                FROM hearth_user u WHERE u.role IN ('SOCIAL_WORKER', 'EARLY_HELP_WORKER', 'PERSONAL_ADVISER')
                  AND u.team_id IS NOT NULL ORDER BY u.username""",
                (rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3)));
        // In sw.demo's team (tm.demo's) one worker is always overdue, so the manager's task list shows one.
        String lateInDemoTeam = workers.stream().filter(w -> DemoStaff.PROTECTION.equals(w.team())
                && !w.username().equals(DemoStaff.SW_DEMO)).map(Member::username).reduce((a, b) -> b).orElse(null);
        boolean asyeGiven = false;
        int sessions = 0;
        for (Member w : workers) {
            if (w.manager() == null) {
                continue;
            }
            long h = mix(seed, w.username());
            boolean demo = w.username().equals(DemoStaff.SW_DEMO);
            boolean overdue = !demo && (DemoStaff.PROTECTION.equals(w.team()) ? w.username().equals(lateInDemoTeam)
                    : Math.floorMod(h, 8) == 0);
            boolean asye = !demo && !overdue && !asyeGiven && DemoStaff.PROTECTION.equals(w.team());
            if (asye) {
                asyeGiven = true;
                jdbc.update("UPDATE hearth_user SET asye_start = ? WHERE username = ?",
                        Date.valueOf(today.minusMonths(3)), w.username());
            }
            int interval = asye ? 14 : 30;
            // The newest session: overdue workers five to ten weeks ago, the rest within their cadence.
            int lastAgo = demo ? 9 : overdue ? 36 + (int) Math.floorMod(h >> 8, 35L)
                    : (int) Math.floorMod(h >> 8, (long) interval - 3) + 1;
            int count = demo ? 4 : 2 + (int) Math.floorMod(h >> 16, 2L);
            for (int k = 0; k < count; k++) {
                LocalDate date = today.minusDays(lastAgo + (long) k * interval);
                boolean newest = k == 0;
                UUID id = uuid(seed, w.username() + "/" + k);
                int v = (int) Math.floorMod(h >> (20 + k), 12L);
                Timestamp recorded = Timestamp.from(date.atTime(16, 0).toInstant(ZoneOffset.UTC));
                boolean agreed = !(demo && newest);
                jdbc.update("INSERT INTO supervision_session (supn_session_id, supn_supervisor, supn_worker, supn_team_id, "
                                + "supn_date, supn_type, supn_wellbeing, supn_caseload, supn_learning, supn_next_date, "
                                + "supn_worker_comments, supn_agreed_at, supn_recorded_by, supn_recorded_at, supn_changed_by, "
                                + "supn_changed_at, supn_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id, w.manager(), w.username(), w.team(), Date.valueOf(date), TYPES[v % TYPES.length],
                        WELLBEING[v % WELLBEING.length], CASELOAD[v % CASELOAD.length], LEARNING[v % LEARNING.length],
                        Date.valueOf(date.plusDays(interval)), agreed ? "An accurate record." : null,
                        agreed ? Timestamp.from(date.plusDays(2).atTime(10, 0).toInstant(ZoneOffset.UTC)) : null,
                        w.manager(), recorded, agreed ? w.username() : w.manager(), recorded, agreed ? 2 : 1);
                String action = demo && newest ? "Update the child's plan before the review" : "Read the latest practice guidance";
                LocalDate due = date.plusDays(demo && newest ? 14 : 10);
                jdbc.update("INSERT INTO supervision_action (supa_action_id, supa_session_id, supa_text, supa_owner, "
                                + "supa_due_date, supa_done_on, supa_position) VALUES (?, ?, ?, ?, ?, ?, 0)",
                        uuid(seed, w.username() + "/" + k + "/a"), id, action, w.username(), Date.valueOf(due),
                        newest && (demo || !overdue) ? null : Date.valueOf(due.minusDays(2)));
                if (demo && k < 2) {
                    List<UUID> children = jdbc.queryForList("SELECT invo_person_id FROM ssd_involvements WHERE "
                            + "invo_professional_id = ? AND invo_involvement_end_date IS NULL AND invo_professional_role_id = 'SW' "
                            + "ORDER BY invo_person_id", UUID.class, w.username());
                    if (!children.isEmpty()) {
                        UUID child = children.get(Math.floorMod(h + k, children.size()));
                        UUID note = decisions.write(w.manager(), child, date, w.username(), k == 0
                                ? "Agreed to ask the school and health visitor for their views before the plan's review; "
                                        + "if attendance does not improve, a professionals' meeting within two weeks."
                                : "Contact with the father to be explored through a family group conference; the "
                                        + "worker to make the referral this month.");
                        jdbc.update("INSERT INTO supervision_case_decision (supd_session_id, supd_person_id, supd_note_id, "
                                + "supd_position) VALUES (?, ?, ?, 0)", id, child, note);
                    }
                }
                sessions++;
            }
        }
        return sessions;
    }

    private static long mix(long seed, String key) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (char c : key.toCharArray()) {
            h = (h ^ c) * 0x100000001B3L;
        }
        return h ^ (h >>> 29);
    }

    private static UUID uuid(long seed, String key) {
        return UUID.nameUUIDFromBytes(("demo-supervision/" + seed + "/" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
