package org.hearth.permanence;

import static org.hearth.permanence.PermanenceSteps.KIND;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CodeRules;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A permanence decision is reversed on {@code date}; for an adoption plan, with the reason the child is no longer to
 * be placed for adoption (the 903's REASON_PLACED_CEASED, RD1–RD4). Refused for a day in the future or before the
 * decision, and for a plan no longer in progress.
 */
public record ReversePermanenceDecision(UUID planId, LocalDate date, String reason) implements JourneyCommand {
    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Object found = PermanenceSteps.planForStep(j, context, planId, "the reversal of a permanence decision");
        if (found instanceof Violation v) {
            return Decision.refused(v);
        }
        Permanence p = (Permanence) found;
        List<Violation> refusals = new ArrayList<>();
        Violation when = PermanenceSteps.pastDate(date, context.today(), p.id(), "decisionReversedDate",
                "the decision was reversed");
        PermanenceSteps.add(refusals, when);
        PermanenceSteps.add(refusals, PermanenceSteps.notBefore(date, p.admDecisionDate(), p.id(),
                "decisionReversedDate", "the decision was reversed", "the decision"));
        boolean adoption = PermanenceSteps.ADOPTION.equals(p.permanencePlan());
        LocalDate listDate = when == null ? date : context.today();
        if (adoption && PermanenceSteps.blank(reason)) {
            refusals.add(new Violation("adoption-reversal-reason", null, KIND, p.id(), "decisionReversedReason",
                    "Select the reason the child is no longer to be placed for adoption"));
        } else if (adoption && !CodeRules.list("REASON_PLACED_CEASED", listDate).contains(reason.strip())) {
            refusals.add(new Violation("adoption-reversal-reason", null, KIND, p.id(), "decisionReversedReason",
                    "Select the reason the child is no longer to be placed for adoption from the codes "
                            + String.join(", ", CodeRules.list("REASON_PLACED_CEASED", listDate).codes())));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(PermanenceStage.PERMANENCE, PermanenceSteps.with(p, p.matchedDate(),
                p.placedForAdoptionDate(), date, PermanenceSteps.blank(reason) ? null : reason.strip(), null, null,
                p.adoptedByCarerFlag(), p.numberOfAdopters(), p.adopterSex(), p.adopterLegalStatus())));
    }
}
