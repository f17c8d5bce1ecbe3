package org.hearth.earlyhelp;

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
 * An action towards the goal {@code goalId} of the open family help plan {@code planId}: what is to be done, who owns
 * it and when it is due — not before the plan started (an action due before the plan existed could only be overdue);
 * when a partner organisation owns it, that organisation ({@code organisationId}, one the page or API found in the
 * organisations table), whose practitioners then see it.
 */
public record AddFamilyHelpAction(UUID planId, UUID goalId, String action, String owner, LocalDate dueDate,
                                  String organisationId) implements JourneyCommand {
    public AddFamilyHelpAction(UUID planId, UUID goalId, String action, String owner, LocalDate dueDate) {
        this(planId, goalId, action, owner, dueDate, null);
    }

    public static final int TEXT_MAX = 1_000;
    public static final int OWNER_MAX = 200;
    static final String KIND = EarlyHelpStage.ACTIONS.name();

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
        FamilyHelpGoal goal = goalId == null ? null : j.find(EarlyHelpStage.GOALS, goalId).orElse(null);
        if (goal == null || !plan.id().equals(goal.planId())) {
            refusals.add(EarlyHelp.refusal(KIND, "goalId", "Select a goal of this plan for the action"));
        }
        Stream.of(EarlyHelp.required(action, TEXT_MAX, KIND, "actionText", "Enter what is to be done", "The action"),
                        EarlyHelp.required(owner, OWNER_MAX, KIND, "actionOwner", "Enter who will do it", "Who will do it"))
                .filter(Objects::nonNull).forEach(refusals::add);
        if (dueDate == null) {
            refusals.add(EarlyHelp.refusal(KIND, "actionDueDate", "Enter the date the action is due"));
        } else if (dueDate.isBefore(plan.planStartDate())) {
            refusals.add(EarlyHelp.refusal(KIND, "actionDueDate", "The action cannot be due before the plan started on "
                    + Dates.uk(plan.planStartDate())));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(EarlyHelpStage.ACTIONS, new FamilyHelpAction(null, j.child().id(),
                plan.id(), goal.id(), context.today(), EarlyHelp.clean(action), EarlyHelp.clean(owner), dueDate, null,
                EarlyHelp.clean(organisationId))));
    }
}
