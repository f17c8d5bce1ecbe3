package org.hearth.earlyhelp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The open family help plan {@code planId} was reviewed on {@code date}: the progress towards each of its goals (every
 * goal, one of {@link PlanProgress}), what was said, and the date of the next review (after this one).
 */
public record ReviewFamilyHelpPlan(UUID planId, LocalDate date, Map<UUID, String> progress, String summary,
                                   LocalDate nextReviewDate) implements JourneyCommand {
    public static final int SUMMARY_MAX = 5_000;
    static final String KIND = EarlyHelpStage.REVIEWS.name();

    public ReviewFamilyHelpPlan {
        progress = progress == null ? Map.of() : new LinkedHashMap<>(progress);
    }

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Object found = EarlyHelp.openPlanOrRefusal(j, planId, KIND);
        if (found instanceof Violation v) {
            return Decision.refused(v);
        }
        FamilyHelpPlan plan = (FamilyHelpPlan) found;
        List<Violation> refusals = new ArrayList<>();
        if (date == null) {
            refusals.add(EarlyHelp.refusal(KIND, "reviewDate", "Enter the date of the review"));
        } else if (date.isAfter(context.today())) {
            refusals.add(EarlyHelp.refusal(KIND, "reviewDate", "The date of the review must be today or in the past"));
        } else if (date.isBefore(plan.planStartDate())) {
            refusals.add(EarlyHelp.refusal(KIND, "reviewDate", "The review cannot be before the plan started on "
                    + Dates.uk(plan.planStartDate())));
        }
        List<FamilyHelpGoal> goals = EarlyHelp.goals(j, plan.id());
        if (goals.isEmpty()) {
            refusals.add(EarlyHelp.refusal(KIND, null, "The plan has no goals yet. Add its goals before reviewing it"));
        }
        List<String> ids = new ArrayList<>();
        List<String> made = new ArrayList<>();
        for (FamilyHelpGoal g : goals) {
            String p = progress.get(g.id());
            if (!PlanProgress.known(p)) {
                refusals.add(new Violation("family-help-plan", null, KIND, g.id(), "progress",
                        "Select the progress towards the goal \"" + shortText(g.goalText()) + "\""));
            } else {
                ids.add(g.id().toString());
                made.add(p);
            }
        }
        for (UUID other : progress.keySet()) {
            if (goals.stream().noneMatch(g -> g.id().equals(other))) {
                refusals.add(EarlyHelp.refusal(KIND, "progress", "Progress was given for a goal that is not in this plan"));
                break;
            }
        }
        String said = EarlyHelp.clean(summary);
        if (said != null && said.length() > SUMMARY_MAX) {
            refusals.add(EarlyHelp.refusal(KIND, "reviewSummary", "What was said at the review must be "
                    + SUMMARY_MAX + " characters or fewer"));
        }
        if (nextReviewDate == null) {
            refusals.add(EarlyHelp.refusal(KIND, "nextReviewDate", "Enter the date of the next review"));
        } else if (date != null && !nextReviewDate.isAfter(date)) {
            refusals.add(EarlyHelp.refusal(KIND, "nextReviewDate", "The next review must be after this one"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(EarlyHelpStage.REVIEWS, new FamilyHelpReview(null, j.child().id(), plan.id(),
                date, ids, made, said, nextReviewDate)));
    }

    static String shortText(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
