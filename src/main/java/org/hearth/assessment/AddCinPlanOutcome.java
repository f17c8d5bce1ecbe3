package org.hearth.assessment;

import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/** An outcome is added to the open child in need plan {@code planId}, set today. */
public record AddCinPlanOutcome(UUID planId, String outcome) implements JourneyCommand {
    public static final int TEXT_MAX = 1_000;
    static final String KIND = AssessmentStage.OUTCOMES.name();

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
        Violation missing = CinPlans.required(outcome, TEXT_MAX, KIND, "outcomeText", "Enter the outcome", "The outcome");
        if (missing != null) {
            return Decision.refused(missing);
        }
        return Decision.of(JourneyChange.of(AssessmentStage.OUTCOMES, new CinPlanOutcome(null, j.child().id(), plan.id(),
                context.today(), CinPlans.clean(outcome))));
    }
}
