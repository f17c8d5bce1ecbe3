package org.hearth.assessment;

import org.hearth.referral.Referrals;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.access.Actor;
import java.util.Map;
import java.time.LocalDate;
import java.util.List;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;

/** Child and family assessments and child in need plans. */
public final class AssessmentStage implements Stage {
    public static final EpisodeKind<Assessment> ASSESSMENTS = EpisodeKind.of(4, "assessments", "Assessment",
            Assessment.class, "ssd_cin_assessments", "cina_", "cina_assessment_id").preBirth().dateCodes("8608", null, null)
            .coded("assessmentFactors", "FACTORS", Assessment::assessmentFactors);
    public static final EpisodeKind<CinPlan> CIN_PLANS = EpisodeKind.of(5, "cin-plans", "Child in need plan",
            CinPlan.class, "ssd_cin_plans", "cinp_", "cinp_cin_plan_id").noOverlap("4014").oneOpen("4004").preBirth().dateCodes("4011", null, "4008");
    public static final EpisodeKind<CinPlanOutcome> OUTCOMES = EpisodeKind.of(5, "cin-plan-outcomes",
            "Child in need plan outcome", CinPlanOutcome.class, "cin_plan_outcomes", "cpou_", "cpou_outcome_id").preBirth();
    public static final EpisodeKind<CinPlanAction> ACTIONS = EpisodeKind.of(5, "cin-plan-actions",
            "Child in need plan action", CinPlanAction.class, "cin_plan_actions", "cpac_", "cpac_action_id").preBirth();
    public static final EpisodeKind<CinPlanReview> REVIEWS = EpisodeKind.of(5, "cin-plan-reviews",
            "Child in need plan review", CinPlanReview.class, "cin_plan_reviews", "cprv_", "cprv_review_id").preBirth();
    public static final EpisodeKind<CinPlanFollowUp> FOLLOW_UPS = EpisodeKind.of(5, "cin-plan-follow-ups",
            "Child in need plan follow-up", CinPlanFollowUp.class, "cin_plan_follow_ups", "cpfu_", "cpfu_follow_up_id")
            .preBirth().afterDeath();

    @Override
    public String name() {
        return "assessment";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(ASSESSMENTS, CIN_PLANS, OUTCOMES, ACTIONS, REVIEWS, FOLLOW_UPS);
    }

    @Override
    public List<JourneyRule> rules() {
        return List.of(AssessmentRules::check, CinPlanRules::check);
    }

    @Override
    public List<Stage.Action> actions(ChildJourney journey, Actor actor, LocalDate today) {
        String base = "/children/" + journey.child().id();
        List<Stage.Action> out = new java.util.ArrayList<>();
        org.hearth.referral.Referral referral = Referrals.open(journey).orElse(null);
        if (referral != null && Assessments.inProgress(journey).isEmpty() && journey.all(ASSESSMENTS).stream()
                .noneMatch(a -> referral.id().equals(a.referralId()))) {
            out.add(new Stage.Action("Start an assessment", base + "/assessment", List.of(ASSESSMENTS.name())));
        }
        CinPlan open = Assessments.openCinPlan(journey).orElse(null);
        if (open != null) {
            out.add(new Stage.Action("Child in need plan", base + "/cin-plans/" + open.id(), List.of(OUTCOMES.name())));
            out.add(new Stage.Action("End the child in need plan", base + "/cin-plans/" + open.id() + "/end",
                    List.of(CIN_PLANS.name())));
        } else if (referral != null && !referral.nfa() && StartCinPlan.openCpPlan(journey, today).isEmpty()) {
            out.add(new Stage.Action("Start a child in need plan", base + "/cin-plans/new", List.of(CIN_PLANS.name())));
        }
        for (CinPlan due : CinPlans.followUpsDue(journey, today)) {
            out.add(new Stage.Action("Is the child better off? Record the follow-up a year after the child in need plan",
                    base + "/cin-plans/" + due.id() + "/follow-up", List.of(FOLLOW_UPS.name())));
        }
        return out;
    }

    @Override
    public Map<String, String> savedMessages() {
        return Map.of("cin-plan", "Child in need plan started", "cin-plan-end", "Child in need plan ended",
                "cin-plan-outcome", "Outcome added to the child in need plan",
                "cin-plan-action", "Action added to the child in need plan",
                "cin-plan-action-done", "Action marked as done",
                "cin-plan-review", "Child in need plan review recorded",
                "cin-plan-follow-up", "Follow-up recorded: whether the child is better off a year on");
    }

    /** A child in need plan open on the day its episode closes ends that day. */
    @Override
    public List<JourneyChange<?>> consequences(ChildJourney before, ChildJourney after) {
        List<JourneyChange<?>> out = new java.util.ArrayList<>();
        for (org.hearth.referral.Referral closed : after.all(org.hearth.referral.ReferralStage.REFERRALS)) {
            LocalDate date = closed.closeDate();
            boolean newlyClosed = date != null && before.find(org.hearth.referral.ReferralStage.REFERRALS, closed.id())
                    .map(r -> r.closeDate() == null).orElse(true);
            if (!newlyClosed) {
                continue;
            }
            for (CinPlan plan : after.all(CIN_PLANS)) {
                boolean ofThisEpisode = plan.referralId() == null || plan.referralId().equals(closed.id());
                if (ofThisEpisode && plan.cinPlanEndDate() == null && plan.cinPlanStartDate() != null
                        && !plan.cinPlanStartDate().isAfter(date)) {
                    out.add(JourneyChange.of(CIN_PLANS, new CinPlan(plan.id(), plan.personId(), plan.referralId(),
                            plan.cinPlanStartDate(), date)));
                }
            }
        }
        return out;
    }
}
