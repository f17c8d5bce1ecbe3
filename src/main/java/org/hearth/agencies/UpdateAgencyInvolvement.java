package org.hearth.agencies;

import static org.hearth.agencies.Involvements.KIND;
import static org.hearth.agencies.Involvements.clean;
import static org.hearth.agencies.Involvements.refusal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * Updates an open involvement: its practitioner, their contact details and the last contact. A partner's user
 * ({@code actingOrganisation} set) changes only their own organisation's row.
 */
public record UpdateAgencyInvolvement(UUID involvementId, String practitionerName, String practitionerRole,
                                      String phone, String email, LocalDate lastContact, String actingOrganisation)
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
            return Decision.refused(refusal(KIND, "id", found.organisationName() + "'s involvement ended on "
                    + org.hearth.journey.Dates.uk(found.endDate()) + ": record a new one if they are involved again"));
        }
        String name = clean(practitionerName);
        String phoneNo = clean(phone);
        String mail = clean(email);
        Involvements.contactDetails(name, clean(practitionerRole), phoneNo, mail, refusals);
        Involvements.lastContact(lastContact, found.startDate(), context.today(), refusals);
        if (lastContact != null && found.lastContactDate() != null && lastContact.isBefore(found.lastContactDate())) {
            refusals.add(refusal(KIND, "lastContactDate", "The last contact was already recorded as "
                    + org.hearth.journey.Dates.uk(found.lastContactDate()) + ": enter that day or a later one"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(AgenciesStage.INVOLVEMENTS, new AgencyInvolvement(found.id(),
                found.personId(), found.organisationId(), found.organisationName(), found.involvementKind(), name,
                clean(practitionerRole), phoneNo, mail, found.startDate(), null, null,
                lastContact == null ? found.lastContactDate() : lastContact, found.lead())));
    }
}
