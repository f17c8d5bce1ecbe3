package org.hearth.iro;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.hearth.journey.ChildJourney;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo data for the IRO's pages, added after the demo children are loaded: the demo IRO's children get the views they
 * gave at their latest review, and a few challenges at different stages (open, escalated, resolved, not resolved).
 * Synthetic words only; the same seed gives the same data.
 */
public final class IroDemo {
    static final String DEMO_IRO = "iro.demo";
    static final String DEMO_MANAGER = "tm.demo";

    private static final List<String> VIEWS = List.of(
            "I like living here. I want to stay at the same school.",
            "I want to see my mum more often, not just on Saturdays.",
            "My carers are kind. I would like to go to football club.",
            "I don't like it when my social worker changes. I want to know who is coming.",
            "I miss my brother. Can we have family time together?",
            "I want more say about where I live when I am 16.");

    private record Example(String subject, String detail, int raisedDaysAgo, String[][] steps, String outcome,
                           String summary) {}

    private static final List<Example> CHALLENGES = List.of(
            new Example("CONTACT", "Family time with the child's brother has not happened for three months, against the "
                    + "care plan agreed at the last review.", 12, new String[][] {
                    {"TEAM_MANAGER", "4", "Team manager, Child Protection & Court team",
                            "No reply to the informal request within 5 working days."}}, null, null),
            new Example("PERMANENCE", "No permanence plan by the second review, as the care plan required. Please "
                    + "confirm the plan and its timetable.", 60, new String[][] {
                    {"TEAM_MANAGER", "50", "Team manager, Child Protection & Court team",
                            "No reply to the informal request within 5 working days."},
                    {"SERVICE_MANAGER", "30", "Head of service, children in care",
                            "The team manager's plan did not give a date for the permanence planning meeting."}},
                    null, null),
            new Example("HEALTH", "The review health assessment is two months overdue.", 90, new String[][] {
                    {"TEAM_MANAGER", "80", "Team manager, Child Protection & Court team",
                            "No date booked after the informal request."}},
                    "RESOLVED", "Health assessment booked and held; the plan is updated."),
            new Example("PLACEMENT", "The child has said twice that they want to move closer to school; the plan does "
                    + "not address it.", 120, new String[0][], "NOT_RESOLVED",
                    "The service manager decided the placement continues; the child's views are recorded and an "
                            + "advocate is offered."));

    private IroDemo() {}

    /**
     * The demo IRO's children carry their words in their latest reviews: given on the journey before it is loaded
     * (as any recorded review would hold them), not written into the tables afterwards.
     */
    public static ChildJourney withViews(ChildJourney j, Random rnd) {
        boolean ours = j.all(org.hearth.allocation.AllocationStage.ALLOCATIONS).stream()
                .anyMatch(a -> DEMO_IRO.equals(a.professionalId()) && "IRO".equals(a.professionalRoleId())
                        && a.involvementEndDate() == null);
        if (!ours) {
            return j;
        }
        String views = VIEWS.get(rnd.nextInt(VIEWS.size()));
        ChildJourney out = j;
        org.hearth.care.CareReview care = j.all(org.hearth.care.CareStage.CARE_REVIEWS).stream()
                .filter(r -> r.claReviewDate() != null).reduce((a, b) -> b).orElse(null);
        if (care != null) {
            out = out.with(org.hearth.care.CareStage.CARE_REVIEWS, new org.hearth.care.CareReview(care.id(),
                    care.personId(), care.claReviewDate(), care.claReviewParticipation(), care.claReviewCancelled(),
                    views, care.claReviewDecisions()));
        }
        org.hearth.protection.CpReview cp = j.all(org.hearth.protection.ProtectionStage.CP_REVIEWS).stream()
                .filter(r -> r.cpReviewDate() != null).reduce((a, b) -> b).orElse(null);
        if (cp != null) {
            out = out.with(org.hearth.protection.ProtectionStage.CP_REVIEWS, new org.hearth.protection.CpReview(cp.id(),
                    cp.personId(), cp.cpPlanId(), cp.cpReviewDate(), cp.cpReviewOutcomeContinueCp(), views,
                    cp.cpReviewPlanEndReason()));
        }
        return out;
    }

    /** Adds the demo IRO's examples; a database without the demo IRO's children is left as it is. */
    public static int load(JdbcTemplate jdbc, long seed, LocalDate today) {
        List<UUID> children = jdbc.queryForList("SELECT DISTINCT i.invo_person_id, p.pers_legacy_id "
                        + "FROM ssd_involvements i JOIN ssd_person p ON p.pers_person_id = i.invo_person_id "
                        + "WHERE i.invo_professional_id = ? AND i.invo_professional_role_id = 'IRO' "
                        + "AND i.invo_involvement_end_date IS NULL ORDER BY p.pers_legacy_id", DEMO_IRO)
                .stream().map(r -> (UUID) r.get("invo_person_id")).toList();
        if (children.isEmpty()) {
            return 0;
        }
        // The challenge waiting for a team manager's answer goes to a child of tm.demo's team where there is one, so
        // the demo team manager has it among their tasks.
        List<UUID> managersChildren = jdbc.queryForList("SELECT DISTINCT i.invo_person_id FROM ssd_involvements i "
                + "JOIN ssd_involvements w ON w.invo_person_id = i.invo_person_id AND w.invo_professional_role_id = 'SW' "
                + "AND w.invo_involvement_end_date IS NULL JOIN hearth_user u ON u.username = w.invo_professional_id "
                + "JOIN hearth_user m ON m.team_id = u.team_id AND m.username = ? "
                + "WHERE i.invo_professional_id = ? AND i.invo_professional_role_id = 'IRO' "
                + "AND i.invo_involvement_end_date IS NULL ORDER BY i.invo_person_id", UUID.class, DEMO_MANAGER, DEMO_IRO);
        int added = 0;
        for (int i = 0; i < CHALLENGES.size(); i++) {
            Example e = CHALLENGES.get(i);
            UUID child = i == 0 && !managersChildren.isEmpty() ? managersChildren.get(0) : children.get(i % children.size());
            UUID id = new UUID(seed, i + 1L);
            LocalDate raised = today.minusDays(e.raisedDaysAgo());
            jdbc.update("INSERT INTO iro_challenge (chal_challenge_id, chal_person_id, chal_raised_by, chal_raised_on, "
                    + "chal_subject, chal_detail, chal_version) VALUES (?, ?, ?, ?, ?, ?, ?)", id, child, DEMO_IRO,
                    Date.valueOf(raised), e.subject(), e.detail(), e.steps().length + (e.outcome() == null ? 0 : 1));
            for (int s = 0; s < e.steps().length; s++) {
                String[] step = e.steps()[s];
                jdbc.update("INSERT INTO iro_challenge_escalation (ches_escalation_id, ches_challenge_id, ches_stage, "
                        + "ches_escalated_on, ches_escalated_to, ches_reason, ches_recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        new UUID(seed, (i + 1L) * 100 + s), id, step[0],
                        Date.valueOf(today.minusDays(Integer.parseInt(step[1]))), step[2], step[3], DEMO_IRO);
            }
            if (e.outcome() != null) {
                jdbc.update("UPDATE iro_challenge SET chal_outcome = ?, chal_outcome_date = ?, chal_outcome_summary = ?, "
                        + "chal_outcome_by = ? WHERE chal_challenge_id = ?", e.outcome(),
                        Date.valueOf(today.minusDays(e.raisedDaysAgo() / 3)), e.summary(), DEMO_IRO, id);
            }
            added++;
        }
        return added;
    }
}
