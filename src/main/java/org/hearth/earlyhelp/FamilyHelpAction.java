package org.hearth.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * An action towards a goal of a family help plan: what, who owns it, by when, and the day it was done (null: not done);
 * when a partner organisation owns it (a school, a health visitor's service), that organisation ({@code organisationId}),
 * whose practitioners then see it, and no other action of the plan.
 */
public record FamilyHelpAction(UUID id, UUID personId, UUID planId, UUID goalId, LocalDate actionSetDate,
                               String actionText, String actionOwner, LocalDate actionDueDate,
                               LocalDate actionDoneDate, String organisationId)
        implements JourneyRecord, org.hearth.access.OrganisationOwned {
    public FamilyHelpAction(UUID id, UUID personId, UUID planId, UUID goalId, LocalDate actionSetDate,
                            String actionText, String actionOwner, LocalDate actionDueDate, LocalDate actionDoneDate) {
        this(id, personId, planId, goalId, actionSetDate, actionText, actionOwner, actionDueDate, actionDoneDate, null);
    }

    public LocalDate startDate() { return actionSetDate; }
    public String summary() {
        return "Family help action" + (actionDoneDate == null ? "" : " done") + ": " + actionText + " (" + actionOwner + ")";
    }

    public boolean done() { return actionDoneDate != null; }

    FamilyHelpAction doneOn(LocalDate date) {
        return new FamilyHelpAction(id, personId, planId, goalId, actionSetDate, actionText, actionOwner, actionDueDate, date,
                organisationId);
    }
}
