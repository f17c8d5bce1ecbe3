package org.hearth.earlyhelp;

import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/** A goal is added to the open family help plan {@code planId}, set today. */
public record AddFamilyHelpGoal(UUID planId, String goal) implements JourneyCommand {
    public static final int GOAL_MAX = 1_000;
    static final String KIND = EarlyHelpStage.GOALS.name();

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
        Violation missing = EarlyHelp.required(goal, GOAL_MAX, KIND, "goalText", "Enter the goal", "The goal");
        if (missing != null) {
            return Decision.refused(missing);
        }
        return Decision.of(JourneyChange.of(EarlyHelpStage.GOALS, new FamilyHelpGoal(null, j.child().id(), plan.id(),
                context.today(), EarlyHelp.clean(goal))));
    }
}
