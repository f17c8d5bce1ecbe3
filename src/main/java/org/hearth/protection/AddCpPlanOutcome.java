package org.hearth.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The open child protection plan {@code planId} gets an outcome (what must change for the child to be safe), set on
 * {@code date}, with the actions that work towards it: each agency's, with its owner and due date.
 */
public record AddCpPlanOutcome(UUID planId, LocalDate date, String outcome, List<AgreedAction> actions)
        implements JourneyCommand {
    static final String OUTCOME_MISSING = "Enter the outcome: what must change for the child to be safe";
    static final String ACTIONS_MISSING = "Add at least one action towards the outcome";
    private static final String KIND = ProtectionStage.OUTCOMES.name();

    public AddCpPlanOutcome {
        outcome = ProtectionChecks.blankToNull(outcome);
        actions = actions == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(actions));
    }

    @Override
    public List<String> parts() {
        return List.of(KIND, Meetings.ACTIONS);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (!ChildProtection.recordsCasework(context.actor())) {
            return Decision.refused(ProtectionChecks.casework(KIND, "the outcomes of a child protection plan"));
        }
        List<Violation> refusals = new ArrayList<>();
        CpPlan plan = openPlan(j, planId, KIND, refusals);
        if (plan == null) {
            return Decision.refused(refusals);
        }
        if (ProtectionChecks.happened(date, context, "cp-outcome-date", KIND, null, "date",
                "the date the outcome was set", refusals) && date.isBefore(plan.cpPlanStartDate())) {
            refusals.add(new Violation("cp-outcome-date", null, KIND, null, "date",
                    "The outcome cannot be set before the plan started on " + org.hearth.journey.Dates.uk(plan.cpPlanStartDate())));
        }
        if (outcome == null) {
            refusals.add(new Violation("cp-outcome", null, KIND, null, "outcome", OUTCOME_MISSING));
        }
        Meetings.tooLong(outcome, Meetings.MAX_TEXT, "outcome", "The outcome", KIND, refusals);
        if (actions.isEmpty()) {
            refusals.add(new Violation("cp-outcome-actions", null, KIND, null, "action-1-action", ACTIONS_MISSING));
        }
        Meetings.checkActions(actions, date, refusals);
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        UUID outcomeId = UUID.randomUUID();
        List<JourneyChange<?>> changes = new ArrayList<>();
        changes.add(JourneyChange.added(ProtectionStage.OUTCOMES,
                new CpPlanOutcome(outcomeId, j.child().id(), plan.id(), date, outcome)));
        changes.addAll(Meetings.actions(j.child().id(), plan.id(), outcomeId, date, actions));
        return Decision.of(changes);
    }

    /** The child's open plan when {@code planId} names it; else a refusal saying what is wrong, and null. */
    static CpPlan openPlan(ChildJourney j, UUID planId, String kind, List<Violation> out) {
        CpPlan plan = planId == null ? null : j.find(ProtectionStage.CP_PLANS, planId).orElse(null);
        if (plan == null) {
            out.add(new Violation("cp-plan-on-record", null, kind, null, "cpPlanId",
                    "The child protection plan is not on this child's record"));
            return null;
        }
        if (plan.cpPlanEndDate() != null) {
            out.add(new Violation("cp-plan-open", null, kind, null, "cpPlanId",
                    "This child protection plan has ended, so it cannot be changed"));
            return null;
        }
        return plan;
    }
}
