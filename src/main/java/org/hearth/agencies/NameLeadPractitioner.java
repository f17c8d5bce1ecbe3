package org.hearth.agencies;

import static org.hearth.agencies.Involvements.KIND;
import static org.hearth.agencies.Involvements.refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * Names the practitioner of an involved agency as the child's lead practitioner (the one before stops leading). Working
 * Together 2023 lets a practitioner from any agency lead family help; while the child has a child in need episode
 * open their social worker leads, so a partner's practitioner is named lead only while family help is open and no
 * referral is. The council names the lead: a partner's user cannot.
 */
public record NameLeadPractitioner(UUID involvementId, String actingOrganisation) implements JourneyCommand {
    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (actingOrganisation != null) {
            return Decision.refused(refusal(KIND, "lead", "The council names the lead practitioner, with the family"));
        }
        List<Violation> refusals = new ArrayList<>();
        AgencyInvolvement found = Involvements.find(j, involvementId, refusals);
        if (found == null) {
            return Decision.refused(refusals);
        }
        if (found.endDate() != null) {
            return Decision.refused(refusal(KIND, "lead", found.organisationName() + "'s involvement has ended"));
        }
        if (found.leads()) {
            return Decision.refused(refusal(KIND, "lead", found.organisationName() + "'s practitioner already leads"));
        }
        if (j.openOn("referrals", context.today()).isPresent()) {
            return Decision.refused(refusal(KIND, "lead", "The child has a child in need episode open: their social "
                    + "worker is the lead practitioner"));
        }
        if (j.openOn("early-help", context.today()).isEmpty()) {
            return Decision.refused(refusal(KIND, "lead", "A practitioner from another agency leads family help: start "
                    + "family help before naming them"));
        }
        List<JourneyChange<?>> changes = new ArrayList<>();
        for (AgencyInvolvement i : j.all(AgenciesStage.INVOLVEMENTS)) {
            if (i.leads() && !i.id().equals(found.id())) {
                changes.add(JourneyChange.of(AgenciesStage.INVOLVEMENTS, i.withLead(false)));
            }
        }
        changes.add(JourneyChange.of(AgenciesStage.INVOLVEMENTS, found.withLead(true)));
        return Decision.of(changes);
    }
}
