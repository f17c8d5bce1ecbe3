package org.hearth.permanence;

import static org.hearth.permanence.PermanenceSteps.KIND;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.care.LookedAfter;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The decision on a looked-after child's permanence plan: adoption (the agency decision maker's decision that the
 * child should be placed for adoption, the 903's DATE_PLACED), special guardianship, return home, child arrangements
 * or long-term fostering. Refused for a day in the future, for a child not looked after that day, and while another
 * plan is in progress (it is reversed, or made permanent by an order, first).
 */
public record DecidePermanence(String plan, LocalDate date) implements JourneyCommand {
    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Violation role = PermanenceSteps.role(context, "a permanence decision");
        if (role != null) {
            return Decision.refused(role);
        }
        List<Violation> refusals = new ArrayList<>();
        if (PermanenceSteps.blank(plan)) {
            refusals.add(new Violation("permanence-plan", null, KIND, null, "permanencePlan",
                    "Select the permanence plan"));
        } else if (!PermanenceSteps.PLANS.contains(plan.strip())) {
            refusals.add(new Violation("permanence-plan", null, KIND, null, "permanencePlan",
                    "Select the permanence plan: one of " + String.join(", ", PermanenceSteps.PLANS.stream().sorted()
                            .toList())));
        }
        Violation when = PermanenceSteps.pastDate(date, context.today(), null, "admDecisionDate", "of the decision");
        PermanenceSteps.add(refusals, when);
        if (when == null && LookedAfter.periodOn(j, date) == null) {
            refusals.add(new Violation("permanence-looked-after", null, KIND, null, "admDecisionDate",
                    "A permanence decision is made for a looked-after child; the child was not looked after on "
                            + Dates.uk(date)));
        }
        Permanence open = PermanenceSteps.openPlan(j);
        if (open != null) {
            refusals.add(new Violation("permanence-one-plan", null, KIND, open.id(), "permanencePlan",
                    "The child already has a permanence plan (" + open.permanencePlan() + ") decided on "
                            + Dates.uk(open.startDate()) + ". Record its reversal or its order first"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(PermanenceStage.PERMANENCE, new Permanence(null, j.child().id(),
                plan.strip(), date, null, null, null, null, null, null)));
    }
}
