package org.hearth.protection;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * What every child protection review conference must say, whether the plan continues ({@link ReviewCpPlan}) or ends
 * ({@link EndCpPlan}): which plan (the open one), the date it was held, and the child's views.
 */
final class CpReviewConference {
    static final int MAX_TEXT = 10_000;
    static final String NO_OPEN_PLAN = "The child has no open child protection plan to review";
    static final String VIEWS_MISSING = "Enter the child's views in their own words, or say how they were sought if "
            + "the child gave none";
    static final String VIEWS_TOO_LONG = "The child's views must be " + String.format("%,d", MAX_TEXT)
            + " characters or fewer";
    static final String REASON_MISSING = "Select why the child protection plan ends";
    static final String STEP = "a child protection review conference";
    static final String KIND = ProtectionStage.CP_REVIEWS.name();

    private CpReviewConference() {}

    /** The plan under review: the open plan, when {@code planId} is it (or is null); else a refusal is added. */
    static CpPlan plan(ChildJourney j, UUID planId, List<Violation> out) {
        CpPlan open = ChildProtection.openPlan(j);
        if (open != null && (planId == null || planId.equals(open.id()))) {
            return open;
        }
        String plans = ProtectionStage.CP_PLANS.name();
        if (planId != null && j.find(ProtectionStage.CP_PLANS, planId).isPresent()) {
            out.add(new Violation("cp-review-open-plan", null, plans, planId, "cpPlanId",
                    "This child protection plan has already ended, so it cannot be reviewed"));
        } else if (planId != null) {
            out.add(new Violation("cp-review-open-plan", null, plans, planId, "cpPlanId",
                    "The child protection plan is not on this child's record"));
        } else {
            out.add(new Violation("cp-review-open-plan", null, plans, null, "cpReviewDate", NO_OPEN_PLAN));
        }
        return null;
    }

    /** The conference's date (held, not in the future) and the child's views (needed from a child of 4 or more). */
    static void dateAndViews(ChildJourney j, JourneyCommand.Context context, LocalDate date, String views,
                             List<Violation> out) {
        ProtectionChecks.happened(date, context, "cp-review-date", KIND, null, "cpReviewDate",
                "the date of the review conference", out);
        String problem = viewsProblem(j.child().dob(), date, views);
        if (problem != null) {
            out.add(new Violation("cp-review-child-views", null, KIND, null, "cpReviewChildViews", problem));
        }
    }

    /** Who took part in the review conference, and what it recommended. */
    static void participantsAndRecommendations(List<Participant> participants, String recommendations,
                                               List<Violation> out) {
        Meetings.checkParticipants(participants, out);
        Meetings.tooLong(recommendations, MAX_TEXT, "recommendations", "The recommendations", KIND, out);
    }

    /** Why the child's views are not enough, or null: a child of 4 or more on the day is asked for them. */
    static String viewsProblem(LocalDate dob, LocalDate date, String views) {
        Integer age = date == null || dob == null ? null : Period.between(dob, date).getYears();
        if (views == null && age != null && age >= 4) {
            return VIEWS_MISSING;
        }
        return views != null && views.length() > MAX_TEXT ? VIEWS_TOO_LONG : null;
    }
}
