package org.hearth.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * An action towards the outcome {@code outcomeId} of the open child in need plan {@code planId}: who, what, and by
 * when — not before the plan started; when a partner organisation does it, that organisation ({@code organisationId}, one
 * the page or API found in the organisations table), whose practitioners then see it.
 */
public record AddCinPlanAction(UUID planId, UUID outcomeId, String who, String what, LocalDate byWhen,
                               String organisationId) implements JourneyCommand {
    public AddCinPlanAction(UUID planId, UUID outcomeId, String who, String what, LocalDate byWhen) {
        this(planId, outcomeId, who, what, byWhen, null);
    }

    public static final int TEXT_MAX = 1_000;
    public static final int WHO_MAX = 200;
    static final String KIND = AssessmentStage.ACTIONS.name();

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
        CinPlanOutcome outcome = outcomeId == null ? null : j.find(AssessmentStage.OUTCOMES, outcomeId).orElse(null);
        if (outcome == null || !plan.id().equals(outcome.cinPlanId())) {
            refusals.add(CinPlans.refusal(KIND, "outcomeId", "Select an outcome of this plan for the action"));
        }
        Stream.of(CinPlans.required(who, WHO_MAX, KIND, "actionWho", "Enter who will do it", "Who will do it"),
                        CinPlans.required(what, TEXT_MAX, KIND, "actionWhat", "Enter what is to be done", "What is to be done"))
                .filter(Objects::nonNull).forEach(refusals::add);
        if (byWhen == null) {
            refusals.add(CinPlans.refusal(KIND, "actionByWhen", "Enter the date it is to be done by"));
        } else if (byWhen.isBefore(plan.cinPlanStartDate())) {
            refusals.add(CinPlans.refusal(KIND, "actionByWhen", "The action cannot be due before the plan started on "
                    + Dates.uk(plan.cinPlanStartDate())));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(AssessmentStage.ACTIONS, new CinPlanAction(null, j.child().id(), plan.id(),
                outcome.id(), context.today(), CinPlans.clean(what), CinPlans.clean(who), byWhen, null,
                CinPlans.clean(organisationId))));
    }
}
