package org.hearth.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/** The child in need plan {@code planId} ends on {@code date}: not before it started (DfE 4011), not in the future. */
public record EndCinPlan(UUID planId, LocalDate date) implements JourneyCommand {
    @Override
    public List<String> parts() {
        return List.of(StartCinPlan.KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        CinPlan plan = planId == null ? null : j.find(AssessmentStage.CIN_PLANS, planId).orElse(null);
        if (plan == null) {
            return Decision.refused(StartCinPlan.refusal(null, null, "There is no such child in need plan on this child's record"));
        }
        if (plan.cinPlanEndDate() != null) {
            return Decision.refused(StartCinPlan.refusal(null, null,
                    "This child in need plan ended on " + Dates.uk(plan.cinPlanEndDate())));
        }
        Violation refusal = null;
        if (date == null) {
            refusal = StartCinPlan.refusal("cinPlanEndDate", null, "Enter the date the plan ended");
        } else if (date.isAfter(context.today())) {
            refusal = StartCinPlan.refusal("cinPlanEndDate", null, "The date the plan ended must be today or in the past");
        } else if (plan.cinPlanStartDate() != null && date.isBefore(plan.cinPlanStartDate())) {
            refusal = StartCinPlan.refusal("cinPlanEndDate", "4011", "The plan cannot end before it started on "
                    + Dates.uk(plan.cinPlanStartDate()));
        }
        if (refusal != null) {
            return Decision.refused(refusal);
        }
        return Decision.of(JourneyChange.of(AssessmentStage.CIN_PLANS, new CinPlan(plan.id(), plan.personId(),
                plan.referralId(), plan.cinPlanStartDate(), date)));
    }
}
