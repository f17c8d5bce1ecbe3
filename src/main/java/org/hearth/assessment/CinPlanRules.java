package org.hearth.assessment;

import java.util.ArrayList;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.Violation;

/**
 * What is true of a child in need plan's substance whoever writes it: outcomes, actions, reviews and the follow-up
 * belong to a child in need plan of the child; an action is towards an outcome of its plan and not due before the plan
 * started; a review lies within its plan; the follow-up is of an ended plan, a year or more after it ended, once.
 */
public final class CinPlanRules {
    private CinPlanRules() {}

    public static List<Violation> check(ChildJourney j) {
        List<Violation> out = new ArrayList<>();
        for (CinPlanOutcome o : j.all(AssessmentStage.OUTCOMES)) {
            if (plan(j, o.cinPlanId()) == null) {
                out.add(new Violation("cin-plan-outcome-plan", null, AssessmentStage.OUTCOMES.name(), o.id(), "cinPlanId",
                        "A child in need plan outcome belongs to a child in need plan of the child"));
            }
        }
        for (CinPlanAction a : j.all(AssessmentStage.ACTIONS)) {
            CinPlan p = plan(j, a.cinPlanId());
            CinPlanOutcome o = a.outcomeId() == null ? null : j.find(AssessmentStage.OUTCOMES, a.outcomeId()).orElse(null);
            if (p == null || o == null || !p.id().equals(o.cinPlanId())) {
                out.add(new Violation("cin-plan-action-outcome", null, AssessmentStage.ACTIONS.name(), a.id(), "outcomeId",
                        "A child in need plan action is towards an outcome of its plan"));
            } else if (a.actionByWhen() != null && a.actionByWhen().isBefore(p.cinPlanStartDate())) {
                out.add(new Violation("cin-plan-action-due", null, AssessmentStage.ACTIONS.name(), a.id(), "actionByWhen",
                        "The action cannot be due before the plan started on " + Dates.uk(p.cinPlanStartDate())));
            }
        }
        for (CinPlanReview r : j.all(AssessmentStage.REVIEWS)) {
            CinPlan p = plan(j, r.cinPlanId());
            if (p == null) {
                out.add(new Violation("cin-plan-review-plan", null, AssessmentStage.REVIEWS.name(), r.id(), "cinPlanId",
                        "A child in need plan review is of a child in need plan of the child"));
            } else if (r.reviewDate() != null && (r.reviewDate().isBefore(p.cinPlanStartDate())
                    || (p.cinPlanEndDate() != null && r.reviewDate().isAfter(p.cinPlanEndDate())))) {
                out.add(new Violation("cin-plan-review-date", null, AssessmentStage.REVIEWS.name(), r.id(), "reviewDate",
                        "A child in need plan review is held while the plan is open, from " + Dates.uk(p.cinPlanStartDate())));
            }
        }
        List<java.util.UUID> followed = new ArrayList<>();
        for (CinPlanFollowUp f : j.all(AssessmentStage.FOLLOW_UPS)) {
            CinPlan p = plan(j, f.cinPlanId());
            if (p == null || p.cinPlanEndDate() == null) {
                out.add(new Violation("cin-plan-follow-up-plan", null, AssessmentStage.FOLLOW_UPS.name(), f.id(), "cinPlanId",
                        "The follow-up is of a child in need plan of the child that has ended"));
            } else if (f.followUpDate() != null && f.followUpDate().isBefore(CinPlans.followUpDue(p))) {
                out.add(new Violation("cin-plan-follow-up-date", null, AssessmentStage.FOLLOW_UPS.name(), f.id(),
                        "followUpDate", "The follow-up is a year after the plan ended: from " + Dates.uk(CinPlans.followUpDue(p))));
            } else if (followed.contains(p.id())) {
                out.add(new Violation("cin-plan-follow-up-once", null, AssessmentStage.FOLLOW_UPS.name(), f.id(), null,
                        "A child in need plan has one follow-up"));
            }
            if (p != null) {
                followed.add(p.id());
            }
        }
        return out;
    }

    private static CinPlan plan(ChildJourney j, java.util.UUID id) {
        return id == null ? null : j.find(AssessmentStage.CIN_PLANS, id).orElse(null);
    }
}
