package org.hearth.assessment;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * An action towards an outcome of a child in need plan: who, what, by when, and the day it was done (null: not done);
 * when a partner organisation does it (a school, a health service), that organisation ({@code organisationId}), whose
 * practitioners then see it, and no other action of the plan.
 */
public record CinPlanAction(UUID id, UUID personId, UUID cinPlanId, UUID outcomeId, LocalDate actionSetDate,
                            String actionWhat, String actionWho, LocalDate actionByWhen, LocalDate actionDoneDate,
                            String organisationId)
        implements JourneyRecord, org.hearth.access.OrganisationOwned {
    public CinPlanAction(UUID id, UUID personId, UUID cinPlanId, UUID outcomeId, LocalDate actionSetDate,
                         String actionWhat, String actionWho, LocalDate actionByWhen, LocalDate actionDoneDate) {
        this(id, personId, cinPlanId, outcomeId, actionSetDate, actionWhat, actionWho, actionByWhen, actionDoneDate, null);
    }

    public LocalDate startDate() { return actionSetDate; }
    public String summary() {
        return "Child in need plan action" + (actionDoneDate == null ? "" : " done") + ": " + actionWhat + " (" + actionWho + ")";
    }

    public boolean done() { return actionDoneDate != null; }

    CinPlanAction doneOn(LocalDate date) {
        return new CinPlanAction(id, personId, cinPlanId, outcomeId, actionSetDate, actionWhat, actionWho, actionByWhen, date,
                organisationId);
    }
}
