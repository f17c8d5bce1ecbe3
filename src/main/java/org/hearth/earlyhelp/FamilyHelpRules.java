package org.hearth.earlyhelp;

import java.util.ArrayList;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.Violation;

/**
 * What is true of a family help plan whoever writes it: it belongs to a family help episode of the child and lies
 * within it; its goals, actions and reviews belong to a plan of the child; an action's goal is of its plan and it is
 * not due before the plan started; a review is not before the plan started.
 */
public final class FamilyHelpRules {
    private FamilyHelpRules() {}

    public static List<Violation> check(ChildJourney j) {
        List<Violation> out = new ArrayList<>();
        String plans = EarlyHelpStage.PLANS.name();
        for (FamilyHelpPlan p : j.all(EarlyHelpStage.PLANS)) {
            EarlyHelpEpisode e = p.episodeId() == null ? null : j.find(EarlyHelpStage.EARLY_HELP, p.episodeId()).orElse(null);
            if (e == null) {
                out.add(new Violation("family-help-plan-episode", null, plans, p.id(), "episodeId",
                        "A family help plan belongs to a family help episode of the child"));
            } else if (p.planStartDate() != null && (p.planStartDate().isBefore(e.episodeStartDate())
                    || (e.episodeEndDate() != null && p.planStartDate().isAfter(e.episodeEndDate())))) {
                out.add(new Violation("family-help-plan-episode", null, plans, p.id(), "planStartDate",
                        "A family help plan starts within its family help episode, from " + Dates.uk(e.episodeStartDate())));
            }
        }
        for (FamilyHelpGoal g : j.all(EarlyHelpStage.GOALS)) {
            if (g.planId() == null || j.find(EarlyHelpStage.PLANS, g.planId()).isEmpty()) {
                out.add(new Violation("family-help-goal-plan", null, EarlyHelpStage.GOALS.name(), g.id(), "planId",
                        "A family help goal belongs to a family help plan of the child"));
            }
        }
        for (FamilyHelpAction a : j.all(EarlyHelpStage.ACTIONS)) {
            FamilyHelpPlan p = a.planId() == null ? null : j.find(EarlyHelpStage.PLANS, a.planId()).orElse(null);
            FamilyHelpGoal g = a.goalId() == null ? null : j.find(EarlyHelpStage.GOALS, a.goalId()).orElse(null);
            if (p == null || g == null || !p.id().equals(g.planId())) {
                out.add(new Violation("family-help-action-goal", null, EarlyHelpStage.ACTIONS.name(), a.id(), "goalId",
                        "A family help action is towards a goal of its plan"));
            } else if (a.actionDueDate() != null && a.actionDueDate().isBefore(p.planStartDate())) {
                out.add(new Violation("family-help-action-due", null, EarlyHelpStage.ACTIONS.name(), a.id(),
                        "actionDueDate", "The action cannot be due before the plan started on " + Dates.uk(p.planStartDate())));
            }
        }
        for (FamilyHelpReview r : j.all(EarlyHelpStage.REVIEWS)) {
            FamilyHelpPlan p = r.planId() == null ? null : j.find(EarlyHelpStage.PLANS, r.planId()).orElse(null);
            if (p == null) {
                out.add(new Violation("family-help-review-plan", null, EarlyHelpStage.REVIEWS.name(), r.id(), "planId",
                        "A family help review is of a family help plan of the child"));
            } else if (r.reviewDate() != null && r.reviewDate().isBefore(p.planStartDate())) {
                out.add(new Violation("family-help-review-date", null, EarlyHelpStage.REVIEWS.name(), r.id(), "reviewDate",
                        "The review cannot be before the plan started on " + Dates.uk(p.planStartDate())));
            }
        }
        return out;
    }
}
