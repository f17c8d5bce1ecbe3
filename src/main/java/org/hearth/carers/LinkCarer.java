package org.hearth.carers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.care.CareRoles;
import org.hearth.care.CareStage;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The social worker (or their manager) links a carer to the child's current placement from a day: the carer's
 * account must be a carer's ({@code carerRole}, as the caller found it; null when there is no such account). The link
 * gives the carer their view of the child while it lasts, and it ends with the placement.
 */
public record LinkCarer(UUID placementId, String carerUsername, Role carerRole, String carerKind, LocalDate date)
        implements JourneyCommand {
    static final String KIND = CarersStage.PLACEMENT_CARERS.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (!CareRoles.changesCare(context.actor().role())) {
            return Decision.refused(refusal("carer-link-role", null,
                    "Only the child's social worker or their team manager links a carer to the placement"));
        }
        List<Violation> out = new ArrayList<>();
        Placement placement = placementId == null ? null : j.find(CareStage.PLACEMENTS, placementId).orElse(null);
        if (placement == null || placement.endDate() != null) {
            out.add(refusal("carer-link-placement", "placementId", "Choose the child's current placement"));
        }
        if (carerUsername == null || carerUsername.isBlank()) {
            out.add(refusal("carer-link-carer", "carerUsername", "Choose the carer"));
        } else if (carerRole != Role.CARER) {
            out.add(refusal("carer-link-carer", "carerUsername",
                    "Choose a carer's account: this account is not a carer's"));
        }
        if (!CarersStage.inList(CarersStage.CARER_KIND, carerKind, context.today())) {
            out.add(refusal("carer-link-kind", "carerKind", "Select what kind of carer this is"));
        }
        if (date == null) {
            out.add(refusal("carer-link-date", "linkStartDate", "Enter the date the carer started caring for the child"));
        } else if (date.isAfter(context.today())) {
            out.add(refusal("not-in-future", "linkStartDate", "The date must be today or in the past"));
        } else if (placement != null && date.isBefore(placement.startDate())) {
            out.add(refusal("carer-link-before-placement", "linkStartDate",
                    "The date must be on or after the placement started on "
                            + org.hearth.journey.Dates.uk(placement.startDate())));
        }
        if (placement != null && carerUsername != null && j.all(CarersStage.PLACEMENT_CARERS).stream()
                .anyMatch(l -> l.placementId().equals(placementId) && l.carerUsername().equals(carerUsername)
                        && l.linkEndDate() == null)) {
            out.add(refusal("carer-link-twice", "carerUsername", "This carer is already linked to the placement"));
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        return Decision.of(JourneyChange.of(CarersStage.PLACEMENT_CARERS, new PlacementCarer(null, j.child().id(),
                placementId, carerUsername.strip(), carerKind, date, null, context.actor().username())));
    }

    static Violation refusal(String rule, String field, String message) {
        return new Violation(rule, null, KIND, null, field, message);
    }
}
