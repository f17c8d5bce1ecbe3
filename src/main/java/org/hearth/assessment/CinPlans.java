package org.hearth.assessment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.Violation;

/** A child in need plan's substance: its outcomes, actions, reviews and the follow-up a year after it ends. */
public final class CinPlans {
    private CinPlans() {}

    /** The Commissioner's follow-up falls due this long after the plan ends. */
    public static final int FOLLOW_UP_MONTHS = 12;

    public static List<CinPlanOutcome> outcomes(ChildJourney j, UUID planId) {
        return j.all(AssessmentStage.OUTCOMES).stream().filter(o -> planId.equals(o.cinPlanId())).toList();
    }

    public static List<CinPlanAction> actions(ChildJourney j, UUID outcomeId) {
        return j.all(AssessmentStage.ACTIONS).stream().filter(a -> outcomeId.equals(a.outcomeId())).toList();
    }

    public static List<CinPlanReview> reviews(ChildJourney j, UUID planId) {
        return j.all(AssessmentStage.REVIEWS).stream().filter(r -> planId.equals(r.cinPlanId())).toList();
    }

    public static Optional<CinPlanFollowUp> followUp(ChildJourney j, UUID planId) {
        return j.all(AssessmentStage.FOLLOW_UPS).stream().filter(f -> planId.equals(f.cinPlanId())).findFirst();
    }

    /** The day the follow-up of an ended plan falls due. */
    public static LocalDate followUpDue(CinPlan plan) {
        return plan.cinPlanEndDate().plusMonths(FOLLOW_UP_MONTHS);
    }

    /**
     * Whether an unanswered follow-up has lapsed: a year after it fell due it is no longer the "a year on" question the
     * Commissioner asks, and plans that ended long before Hearth (imported history) would otherwise prompt forever.
     */
    public static boolean lapsed(CinPlan plan, LocalDate today) {
        return followUpDue(plan).plusMonths(FOLLOW_UP_MONTHS).isBefore(today);
    }

    /** Ended plans whose follow-up is due by {@code today}, not recorded and not lapsed: the prompts to show. */
    public static List<CinPlan> followUpsDue(ChildJourney j, LocalDate today) {
        return j.all(AssessmentStage.CIN_PLANS).stream()
                .filter(p -> p.cinPlanEndDate() != null && !followUpDue(p).isAfter(today) && !lapsed(p, today))
                .filter(p -> followUp(j, p.id()).isEmpty())
                .sorted(Comparator.comparing(CinPlan::cinPlanEndDate)).toList();
    }

    /** The latest review of a plan, if any. */
    public static Optional<CinPlanReview> lastReview(ChildJourney j, UUID planId) {
        return reviews(j, planId).stream().max(Comparator.comparing(CinPlanReview::reviewDate));
    }

    /**
     * The plan {@code planId} of this child, or the reason it cannot take the change: not on this child's record (another
     * child's plan id reads the same as an unknown one), or (when {@code open}) ended.
     */
    static Object planOrRefusal(ChildJourney j, UUID planId, String kind, boolean open) {
        CinPlan plan = planId == null ? null : j.find(AssessmentStage.CIN_PLANS, planId).orElse(null);
        if (plan == null) {
            return new Violation("cin-plan-not-found", null, kind, planId, null,
                    "There is no such child in need plan on this child's record");
        }
        if (open && plan.cinPlanEndDate() != null) {
            return new Violation("cin-plan-ended", null, kind, plan.id(), null,
                    "This child in need plan ended on " + Dates.uk(plan.cinPlanEndDate()) + ", so it cannot be changed");
        }
        return plan;
    }

    static Violation refusal(String kind, String field, String message) {
        return new Violation("cin-plan", null, kind, null, field, message);
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

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
