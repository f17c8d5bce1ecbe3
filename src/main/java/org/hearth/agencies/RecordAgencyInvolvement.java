package org.hearth.agencies;

import static org.hearth.agencies.Involvements.KIND;
import static org.hearth.agencies.Involvements.clean;
import static org.hearth.agencies.Involvements.refusal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CodeRules;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * Records an agency involved with the child: the organisation (one Hearth knows; {@code organisation} is null when the
 * id asked for is unknown), the kind of involvement, its practitioner and how to reach them, since when and the last
 * contact. A partner's user records only their own organisation's involvement ({@code actingOrganisation}: the
 * organisation of the user who asks, null for the council's staff). One open involvement per organisation.
 */
public record RecordAgencyInvolvement(Organisations.Org organisation, String organisationAsked, String involvementKind,
                                      String practitionerName, String practitionerRole, String phone, String email,
                                      LocalDate since, LocalDate lastContact, String actingOrganisation)
        implements JourneyCommand {
    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        LocalDate today = context.today();
        List<Violation> refusals = new ArrayList<>();
        if (organisation == null) {
            refusals.add(refusal(KIND, "organisationId", clean(organisationAsked) == null ? "Select the organisation"
                    : "There is no organisation with that id in Hearth: select one from the list"));
        } else if (!Involvements.ownedBy(actingOrganisation, organisation.id())) {
            refusals.add(refusal(KIND, "organisationId", "You can record only your own organisation's involvement"));
        } else {
            j.all(AgenciesStage.INVOLVEMENTS).stream()
                    .filter(i -> i.organisationId().equals(organisation.id()) && i.endDate() == null).findFirst()
                    .ifPresent(i -> refusals.add(refusal(KIND, "organisationId", organisation.name()
                            + " is already involved (since " + Dates.uk(i.startDate()) + "): update that involvement")));
        }
        String kind = clean(involvementKind);
        if (kind == null || !CodeRules.list("INVOLVEMENT_KIND", today).contains(kind)) {
            refusals.add(refusal(KIND, "involvementKind", "Select the kind of involvement"));
        }
        String name = clean(practitionerName);
        String phoneNo = clean(phone);
        String mail = clean(email);
        Involvements.contactDetails(name, clean(practitionerRole), phoneNo, mail, refusals);
        if (since == null) {
            refusals.add(refusal(KIND, "startDate", "Enter when the agency became involved"));
        } else if (since.isAfter(today)) {
            refusals.add(refusal(KIND, "startDate", "When the agency became involved must be today or in the past"));
        }
        Involvements.lastContact(lastContact, since, today, refusals);
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(AgenciesStage.INVOLVEMENTS, new AgencyInvolvement(null, j.child().id(),
                organisation.id(), organisation.name(), kind, name, clean(practitionerRole), phoneNo, mail, since, null,
                null, lastContact, false)));
    }
}
