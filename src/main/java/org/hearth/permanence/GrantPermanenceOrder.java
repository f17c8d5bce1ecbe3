package org.hearth.permanence;

import static org.hearth.permanence.PermanenceSteps.KIND;

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
 * The court makes the plan permanent on {@code date}: an adoption order, a special guardianship order (SGO) or a child
 * arrangements order (CAO). With {@code planId} it completes that plan (an adoption order only for an adoption plan
 * whose child was placed for adoption); without one, an SGO or CAO made with no earlier decision is recorded on its
 * own. Refused for a day in the future or before the plan's last step, and for an order that does not fit the plan.
 */
public record GrantPermanenceOrder(UUID planId, LocalDate date, String orderType) implements JourneyCommand {
    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Violation role = PermanenceSteps.role(context, "a permanence order");
        if (role != null) {
            return Decision.refused(role);
        }
        List<Violation> refusals = new ArrayList<>();
        String type = PermanenceSteps.blank(orderType) ? null : orderType.strip();
        if (type == null || !PermanenceSteps.ORDERS.contains(type)) {
            refusals.add(new Violation("permanence-order-type", null, KIND, planId, "permanenceOrderType",
                    "Select the order: ADOPTION, SGO or CHILD_ARRANGEMENTS"));
        }
        PermanenceSteps.add(refusals, PermanenceSteps.pastDate(date, context.today(), planId, "permanenceOrderDate",
                "of the order"));
        if (planId == null) {
            if (PermanenceSteps.ADOPTION.equals(type)) {
                refusals.add(new Violation("adoption-order-plan", null, KIND, null, "permanenceOrderType",
                        "An adoption order completes an adoption plan: say which plan it is for"));
            }
            Permanence open = PermanenceSteps.openPlan(j);
            if (open != null) {
                refusals.add(new Violation("permanence-one-plan", null, KIND, open.id(), null,
                        "The child has a permanence plan (" + open.permanencePlan() + ") in progress, decided on "
                                + Dates.uk(open.startDate()) + ": record the order on that plan"));
            }
            if (!refusals.isEmpty()) {
                return Decision.refused(refusals);
            }
            return Decision.of(JourneyChange.of(PermanenceStage.PERMANENCE, new Permanence(null, j.child().id(), type,
                    null, null, null, null, null, date, type)));
        }
        Object found = PermanenceSteps.plan(j, planId);
        if (found instanceof Violation v) {
            return Decision.refused(v);
        }
        Permanence p = (Permanence) found;
        if (type != null && PermanenceSteps.ADOPTION.equals(p.permanencePlan()) != PermanenceSteps.ADOPTION.equals(type)) {
            refusals.add(new Violation("permanence-order-fits-plan", null, KIND, p.id(), "permanenceOrderType",
                    "An order of " + type + " does not complete a plan of " + p.permanencePlan()));
        } else if (PermanenceSteps.ADOPTION.equals(type) && p.placedForAdoptionDate() == null) {
            refusals.add(new Violation("adoption-order-after-placement", null, KIND, p.id(), "placedForAdoptionDate",
                    "Record the placement for adoption before the adoption order"));
        }
        LocalDate last = p.placedForAdoptionDate() != null ? p.placedForAdoptionDate()
                : p.matchedDate() != null ? p.matchedDate() : p.admDecisionDate();
        PermanenceSteps.add(refusals, PermanenceSteps.notBefore(date, last, p.id(), "permanenceOrderDate",
                "of the order", "the plan's last step"));
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(PermanenceStage.PERMANENCE, PermanenceSteps.with(p, p.matchedDate(),
                p.placedForAdoptionDate(), null, null, date, type, p.adoptedByCarerFlag(), p.numberOfAdopters(),
                p.adopterSex(), p.adopterLegalStatus())));
    }
}
