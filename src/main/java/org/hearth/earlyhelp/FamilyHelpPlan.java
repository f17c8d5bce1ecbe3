package org.hearth.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A family help plan within a family help episode: who leads it (the lead practitioner may be any practitioner — a
 * family hub worker, a school's pastoral lead, a health visitor — so the name, agency and contact are recorded, not
 * a Hearth account) and when it started and ended. Its goals, actions and reviews are records of their own.
 */
public record FamilyHelpPlan(UUID id, UUID personId, UUID episodeId, LocalDate planStartDate, LocalDate planEndDate,
                             String leadName, String leadAgency, String leadContact) implements JourneyRecord {
    public LocalDate startDate() { return planStartDate; }
    public LocalDate endDate() { return planEndDate; }
    public String summary() {
        return "Family help plan, led by " + leadName + " (" + leadAgency + ")" + (planEndDate == null ? "" : ", ended");
    }

    FamilyHelpPlan endedOn(LocalDate date) {
        return new FamilyHelpPlan(id, personId, episodeId, planStartDate, date, leadName, leadAgency, leadContact);
    }
}
