package org.hearth.care;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * Puts right where a placement was (its postcode and Ofsted URN) when it was recorded wrongly or not at all, as a
 * return's error asks (903 rule 392b: no placement postcode). Its dates, type and provider stay as they are: a move
 * is a change of placement, not a correction. Refused for a placement that is not the child's and for a postcode or
 * URN that is not a real one.
 */
public record CorrectPlacementDetails(UUID placementId, String postcode, String ofstedUrn) implements JourneyCommand {
    private static final String KIND = CareStage.PLACEMENTS.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Violation role = CareRoles.casework(context, KIND, "a placement's details");
        if (role != null) {
            return Decision.refused(role);
        }
        Placement p = placementId == null ? null : j.find(CareStage.PLACEMENTS, placementId).orElse(null);
        if (p == null) {
            return Decision.refused(new Violation("placement-known", null, KIND, placementId, null,
                    "The child has no such placement"));
        }
        List<Violation> refusals = new ArrayList<>();
        String pc = NewPlacement.postcodeOf(postcode);
        if (NewPlacement.blank(postcode)) {
            refusals.add(new Violation("placement-postcode", null, KIND, p.id(), "claPlacementPostcode",
                    "Enter the postcode of the placement"));
        } else if (pc == null) {
            refusals.add(new Violation("placement-postcode", null, KIND, p.id(), "claPlacementPostcode",
                    "Enter a real postcode for the placement, like AA3 1AB"));
        }
        String urn = NewPlacement.blank(ofstedUrn) ? null : NewPlacement.urnOf(ofstedUrn);
        if (!NewPlacement.blank(ofstedUrn) && urn == null) {
            refusals.add(new Violation("placement-urn", "1008", KIND, p.id(), "claPlacementUrn",
                    "Enter the Ofsted URN as 6 or 7 digits, or SC and 6 digits, like SC123456"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(CareStage.PLACEMENTS, new Placement(p.id(), p.personId(),
                p.claPlacementStartDate(), p.claPlacementEndDate(), p.claPlacementType(), p.claPlacementProvider(), pc,
                urn == null ? p.claPlacementUrn() : urn, p.claPlacementChangeReason(), p.claPlacementDistance(),
                p.claEpisodeStartReason(), p.claPrimaryNeedCode())));
    }
}
