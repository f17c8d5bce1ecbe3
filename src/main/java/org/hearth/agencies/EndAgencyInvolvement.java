package org.hearth.agencies;

import static org.hearth.agencies.Involvements.KIND;
import static org.hearth.agencies.Involvements.clean;
import static org.hearth.agencies.Involvements.refusal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * Ends an agency's involvement on a day with a reason; a lead practitioner stops leading with it. A partner's user ends
 * only their own organisation's involvement.
 */
public record EndAgencyInvolvement(UUID involvementId, LocalDate endDate, String reason, String actingOrganisation)
        implements JourneyCommand {
    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        List<Violation> refusals = new ArrayList<>();
        AgencyInvolvement found = Involvements.find(j, involvementId, refusals);
        if (found == null) {
            return Decision.refused(refusals);
        }
        if (!Involvements.ownedBy(actingOrganisation, found.organisationId())) {
            return Decision.refused(refusal(KIND, "organisationId", Involvements.NOT_YOURS));
        }
        if (found.endDate() != null) {
            return Decision.refused(refusal(KIND, "endDate", "This involvement already ended on "
                    + Dates.uk(found.endDate())));
        }
        if (endDate == null) {
            refusals.add(refusal(KIND, "endDate", "Enter when the involvement ended"));
        } else if (endDate.isAfter(context.today())) {
            refusals.add(refusal(KIND, "endDate", "When the involvement ended must be today or in the past"));
        } else if (endDate.isBefore(found.startDate())) {
            refusals.add(refusal(KIND, "endDate", "The involvement cannot end before it began on "
                    + Dates.uk(found.startDate())));
        }
        String why = clean(reason);
        if (why == null) {
            refusals.add(refusal(KIND, "endReason", "Enter why the involvement ended"));
        } else if (why.length() > Involvements.TEXT_MAX) {
            refusals.add(refusal(KIND, "endReason", "Why it ended must be " + Involvements.TEXT_MAX
                    + " characters or fewer"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(AgenciesStage.INVOLVEMENTS, new AgencyInvolvement(found.id(),
                found.personId(), found.organisationId(), found.organisationName(), found.involvementKind(),
                found.practitionerName(), found.practitionerRole(), found.phone(), found.email(), found.startDate(),
                endDate, why, found.lastContactDate(), false)));
    }
}
