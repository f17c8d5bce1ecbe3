package org.hearth.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A few requests waiting in tm.demo's approvals queue, so the demo shows a manager's day: assessments written up
 * by the team's workers (sw.demo's first) and sent for authorisation, and a child in need plan sent for sign-off; and
 * one assessment tm.demo returned with a reason, waiting for its worker to redo it (on both their task lists).
 */
final class DemoApprovals {
    static final int ASSESSMENTS = 3;

    private DemoApprovals() {}

    /** Writes up an assessment as its worker, through the assessment's own command. */
    @FunctionalInterface
    interface Writer {
        void write(UUID child, UUID assessment, String worker);
    }

    /** The write-up the demo's assessments waiting for authorisation carry. */
    static org.hearth.assessment.SaveAssessmentParts writeUp(UUID assessment, org.hearth.assessment.Assessment a) {
        java.util.List<String> factors = a.assessmentFactors() == null || a.assessmentFactors().isEmpty()
                ? java.util.List.of("3B", "4B") : a.assessmentFactors();
        return new org.hearth.assessment.SaveAssessmentParts(assessment,
                java.util.EnumSet.allOf(org.hearth.assessment.AssessmentForm.Part.class),
                new org.hearth.assessment.AssessmentAnswers(a.assessmentStartDate(), a.assessmentChildSeen(),
                        "Says home is mostly fine but the shouting scares them; wants to keep seeing their friends "
                                + "after school.",
                        "Loving and attentive when well; routines and school attendance slip during periods of low mood.",
                        "Lives with mother and a younger sibling; grandmother nearby and supportive; rent arrears.",
                        factors, false,
                        "The child's needs are met most of the time; support for the family would prevent harm.",
                        "Family help worker, domestic abuse service and a referral to the housing team."));
    }

    /** Adds the requests; returns how many. */
    static int add(JdbcTemplate jdbc, Writer writer) {
        String team = DemoStaff.PROTECTION;
        List<Object[]> assessments = jdbc.query("SELECT a.cina_assessment_id, a.cina_person_id, i.invo_professional_id "
                        + "FROM ssd_cin_assessments a JOIN ssd_involvements i ON i.invo_person_id = a.cina_person_id "
                        + "AND i.invo_involvement_end_date IS NULL AND i.invo_professional_role_id = 'SW' "
                        + "JOIN hearth_user u ON u.username = i.invo_professional_id AND u.team_id = ? "
                        + "WHERE a.cina_assessment_auth_date IS NULL "
                        + "ORDER BY (i.invo_professional_id = ?) DESC, a.cina_assessment_start_date, a.cina_assessment_id LIMIT ?",
                (rs, n) -> new Object[] {rs.getObject(1), rs.getObject(2), rs.getString(3)}, team, DemoStaff.SW_DEMO,
                ASSESSMENTS + 1);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        int added = 0;
        for (Object[] a : assessments) {
            // Written up as the worker would: the same command as the assessment pages, through the seam.
            UUID child = (UUID) a[1];
            UUID assessment = (UUID) a[0];
            writer.write(child, assessment, (String) a[2]);
            if (added == ASSESSMENTS) {
                returned(jdbc, child, assessment, (String) a[2], now);
            } else {
                insert(jdbc, (UUID) a[1], "ASSESSMENT_AUTHORISATION", (UUID) a[0], (String) a[2],
                        now.minus(added * 26L + 3, ChronoUnit.HOURS), added == 0 ? "Ready for your authorisation" : null);
            }
            added++;
        }
        List<Object[]> plans = jdbc.query("SELECT p.cinp_cin_plan_id, p.cinp_person_id, i.invo_professional_id "
                        + "FROM ssd_cin_plans p JOIN ssd_involvements i ON i.invo_person_id = p.cinp_person_id "
                        + "AND i.invo_involvement_end_date IS NULL AND i.invo_professional_role_id = 'SW' "
                        + "JOIN hearth_user u ON u.username = i.invo_professional_id AND u.team_id = ? "
                        + "WHERE p.cinp_cin_plan_end_date IS NULL ORDER BY p.cinp_cin_plan_start_date DESC, p.cinp_cin_plan_id LIMIT 1",
                (rs, n) -> new Object[] {rs.getObject(1), rs.getObject(2), rs.getString(3)}, team);
        for (Object[] p : plans) {
            insert(jdbc, (UUID) p[1], "CIN_PLAN_SIGN_OFF", (UUID) p[0], (String) p[2], now.minus(50, ChronoUnit.HOURS), null);
            added++;
        }
        return added;
    }

    /** An assessment sent three days ago and returned by tm.demo the next day, with the reason. */
    private static void returned(JdbcTemplate jdbc, UUID child, UUID assessment, String worker, Instant now) {
        Instant decided = now.minus(50, ChronoUnit.HOURS);
        jdbc.update("INSERT INTO approval_request (appr_request_id, appr_person_id, appr_type, appr_subject_id, appr_team_id, "
                        + "appr_requested_by, appr_requested_at, appr_status, appr_decided_by, appr_decided_at, appr_decided_on, "
                        + "appr_reason, appr_version) VALUES (?, ?, 'ASSESSMENT_AUTHORISATION', ?, ?, ?, ?, 'RETURNED', "
                        + "'tm.demo', ?, ?, ?, 1) ON CONFLICT DO NOTHING",
                UUID.nameUUIDFromBytes(("demo-approval:" + assessment).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                child, assessment, DemoStaff.PROTECTION, worker, Timestamp.from(now.minus(74, ChronoUnit.HOURS)),
                Timestamp.from(decided), java.sql.Date.valueOf(decided.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()),
                "Add the father's views and what the school said before I authorise it.");
    }

    private static void insert(JdbcTemplate jdbc, UUID child, String type, UUID subject, String worker, Instant at,
                               String note) {
        jdbc.update("INSERT INTO approval_request (appr_request_id, appr_person_id, appr_type, appr_subject_id, appr_team_id, "
                        + "appr_requested_by, appr_requested_at, appr_note, appr_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING') "
                        + "ON CONFLICT DO NOTHING",
                UUID.nameUUIDFromBytes(("demo-approval:" + subject).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                child, type, subject, DemoStaff.PROTECTION, worker, Timestamp.from(at), note);
    }
}
