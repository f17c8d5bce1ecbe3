package org.hearth.earlyhelp;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.Violation;

/** Family help's answers about a child's record, in one place. */
public final class EarlyHelp {
    private EarlyHelp() {}

    /** The family help episode open now: the latest started and not ended. */
    public static Optional<EarlyHelpEpisode> open(ChildJourney j) {
        return j.all(EarlyHelpStage.EARLY_HELP).stream()
                .filter(e -> e.episodeEndDate() == null && e.episodeStartDate() != null)
                .max(Comparator.comparing(EarlyHelpEpisode::episodeStartDate));
    }

    /** The family help plan open now, if any (one at a time). */
    public static Optional<FamilyHelpPlan> openPlan(ChildJourney j) {
        return j.all(EarlyHelpStage.PLANS).stream().filter(p -> p.planEndDate() == null).findFirst();
    }

    /** The plan to show: the open one, else the latest. */
    public static Optional<FamilyHelpPlan> currentPlan(ChildJourney j) {
        return openPlan(j).or(() -> j.all(EarlyHelpStage.PLANS).stream()
                .max(Comparator.comparing(FamilyHelpPlan::planStartDate)));
    }

    public static List<FamilyHelpGoal> goals(ChildJourney j, UUID planId) {
        return j.all(EarlyHelpStage.GOALS).stream().filter(g -> planId.equals(g.planId())).toList();
    }

    public static List<FamilyHelpAction> actions(ChildJourney j, UUID goalId) {
        return j.all(EarlyHelpStage.ACTIONS).stream().filter(a -> goalId.equals(a.goalId())).toList();
    }

    public static List<FamilyHelpReview> reviews(ChildJourney j, UUID planId) {
        return j.all(EarlyHelpStage.REVIEWS).stream().filter(r -> planId.equals(r.planId())).toList();
    }

    /**
     * The plan {@code planId} of this child, open, or the reason it cannot take a change: not on this child's record
     * (another child's plan id is answered the same as an unknown one), or ended.
     */
    static Object openPlanOrRefusal(ChildJourney j, UUID planId, String kind) {
        FamilyHelpPlan plan = planId == null ? null : j.find(EarlyHelpStage.PLANS, planId).orElse(null);
        if (plan == null) {
            return new Violation("family-help-plan-not-found", null, kind, planId, null,
                    "There is no such family help plan on this child's record");
        }
        if (plan.planEndDate() != null) {
            return new Violation("family-help-plan-ended", null, kind, plan.id(), null,
                    "This family help plan ended on " + Dates.uk(plan.planEndDate()) + ", so it cannot be changed");
        }
        return plan;
    }

    static Violation refusal(String kind, String field, String message) {
        return new Violation("family-help-plan", null, kind, null, field, message);
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A required line of text: its refusal, or null when it is there and not too long. */
    static Violation required(String value, int max, String kind, String field, String missing, String what) {
        String v = clean(value);
        if (v == null) {
            return refusal(kind, field, missing);
        }
        if (v.length() > max) {
            return refusal(kind, field, what + " must be " + max + " characters or fewer");
        }
        return null;
    }
}
