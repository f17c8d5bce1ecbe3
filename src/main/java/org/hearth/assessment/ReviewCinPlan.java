package org.hearth.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.earlyhelp.PlanProgress;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A review meeting of the open child in need plan {@code planId} on {@code date}: who attended (at least one, each a
 * line of up to 200 characters), whether the child attended, the progress towards every outcome of the plan, what was
 * decided and the date of the next review (after this one).
 */
public record ReviewCinPlan(UUID planId, LocalDate date, List<String> attendees, Boolean childAttended,
                            Map<UUID, String> progress, String summary, LocalDate nextReviewDate)
        implements JourneyCommand {
    public static final int ATTENDEE_MAX = 200;
    public static final int ATTENDEES_MAX = 50;
    public static final int SUMMARY_MAX = 5_000;
    static final String KIND = AssessmentStage.REVIEWS.name();

    public ReviewCinPlan {
        attendees = attendees == null ? List.of() : attendees.stream().map(CinPlans::clean)
                .filter(java.util.Objects::nonNull).toList();
        progress = progress == null ? Map.of() : new LinkedHashMap<>(progress);
    }

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Object found = CinPlans.planOrRefusal(j, planId, KIND, true);
        if (found instanceof Violation v) {
            return Decision.refused(v);
        }
        CinPlan plan = (CinPlan) found;
        List<Violation> refusals = new ArrayList<>();
        if (date == null) {
            refusals.add(CinPlans.refusal(KIND, "reviewDate", "Enter the date of the review meeting"));
        } else if (date.isAfter(context.today())) {
            refusals.add(CinPlans.refusal(KIND, "reviewDate", "The date of the review meeting must be today or in the past"));
        } else if (date.isBefore(plan.cinPlanStartDate())) {
            refusals.add(CinPlans.refusal(KIND, "reviewDate", "The review cannot be before the plan started on "
                    + Dates.uk(plan.cinPlanStartDate())));
        }
        if (attendees.isEmpty()) {
            refusals.add(CinPlans.refusal(KIND, "attendees", "Enter who attended the review meeting, one a line"));
        } else if (attendees.size() > ATTENDEES_MAX || attendees.stream().anyMatch(a -> a.length() > ATTENDEE_MAX)) {
            refusals.add(CinPlans.refusal(KIND, "attendees", "Enter up to " + ATTENDEES_MAX + " people who attended, each in "
                    + ATTENDEE_MAX + " characters or fewer"));
        }
        if (childAttended == null) {
            refusals.add(CinPlans.refusal(KIND, "childAttended", "Select yes if the child attended"));
        }
        List<CinPlanOutcome> outcomes = CinPlans.outcomes(j, plan.id());
        if (outcomes.isEmpty()) {
            refusals.add(CinPlans.refusal(KIND, null, "The plan has no outcomes yet. Add its outcomes before reviewing it"));
        }
        List<String> ids = new ArrayList<>();
        List<String> made = new ArrayList<>();
        for (CinPlanOutcome o : outcomes) {
            String p = progress.get(o.id());
            if (!PlanProgress.known(p)) {
                refusals.add(new Violation("cin-plan", null, KIND, o.id(), "progress",
                        "Select the progress towards the outcome \"" + shortText(o.outcomeText()) + "\""));
            } else {
                ids.add(o.id().toString());
                made.add(p);
            }
        }
        if (progress.keySet().stream().anyMatch(id -> outcomes.stream().noneMatch(o -> o.id().equals(id)))) {
            refusals.add(CinPlans.refusal(KIND, "progress", "Progress was given for an outcome that is not in this plan"));
        }
        String said = CinPlans.clean(summary);
        if (said != null && said.length() > SUMMARY_MAX) {
            refusals.add(CinPlans.refusal(KIND, "reviewSummary", "What was decided must be " + SUMMARY_MAX
                    + " characters or fewer"));
        }
        if (nextReviewDate == null) {
            refusals.add(CinPlans.refusal(KIND, "nextReviewDate", "Enter the date of the next review"));
        } else if (date != null && !nextReviewDate.isAfter(date)) {
            refusals.add(CinPlans.refusal(KIND, "nextReviewDate", "The next review must be after this one"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(AssessmentStage.REVIEWS, new CinPlanReview(null, j.child().id(), plan.id(),
                date, attendees, childAttended, ids, made, said, nextReviewDate)));
    }

    static String shortText(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
