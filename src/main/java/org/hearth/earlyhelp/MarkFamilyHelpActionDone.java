package org.hearth.earlyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/** The action {@code actionId} of an open family help plan was done on {@code date}: not before it was set, not in the future. */
public record MarkFamilyHelpActionDone(UUID actionId, LocalDate date) implements JourneyCommand {
    static final String KIND = EarlyHelpStage.ACTIONS.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        FamilyHelpAction action = actionId == null ? null : j.find(EarlyHelpStage.ACTIONS, actionId).orElse(null);
        if (action == null) {
            return Decision.refused(new Violation("family-help-action-not-found", null, KIND, actionId, null,
                    "There is no such family help action on this child's record"));
        }
        Object found = EarlyHelp.openPlanOrRefusal(j, action.planId(), KIND);
        if (found instanceof Violation v) {
            return Decision.refused(v);
        }
        if (action.done()) {
            return Decision.refused(EarlyHelp.refusal(KIND, null, "This action was done on " + Dates.uk(action.actionDoneDate())));
        }
        if (date == null) {
            return Decision.refused(EarlyHelp.refusal(KIND, "actionDoneDate", "Enter the date the action was done"));
        }
        if (date.isAfter(context.today())) {
            return Decision.refused(EarlyHelp.refusal(KIND, "actionDoneDate", "The date the action was done must be today or in the past"));
        }
        if (date.isBefore(action.actionSetDate())) {
            return Decision.refused(EarlyHelp.refusal(KIND, "actionDoneDate", "The action cannot be done before it was set on "
                    + Dates.uk(action.actionSetDate())));
        }
        return Decision.of(JourneyChange.of(EarlyHelpStage.ACTIONS, action.doneOn(date)));
    }
}
