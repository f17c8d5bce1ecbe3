package org.hearth.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** An action towards a goal of a family help plan: what, who owns it, by when, and the day it was done (null: not done). */
public record FamilyHelpAction(UUID id, UUID personId, UUID planId, UUID goalId, LocalDate actionSetDate,
                               String actionText, String actionOwner, LocalDate actionDueDate,
                               LocalDate actionDoneDate) implements JourneyRecord {
    public LocalDate startDate() { return actionSetDate; }
    public String summary() {
        return "Family help action" + (actionDoneDate == null ? "" : " done") + ": " + actionText + " (" + actionOwner + ")";
    }

    public boolean done() { return actionDoneDate != null; }

    FamilyHelpAction doneOn(LocalDate date) {
        return new FamilyHelpAction(id, personId, planId, goalId, actionSetDate, actionText, actionOwner, actionDueDate, date);
    }
}
