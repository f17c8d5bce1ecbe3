package org.hearth.assessment;

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
 * The answer to the Children's Commissioner's question a year after the child in need plan {@code planId} ended: is
 * the child better off? Only for an ended plan, once (a second answer is refused), not before a year has passed since
 * it ended (the question is about a year later), not in the future, with the evidence in words.
 */
public record RecordCinFollowUp(UUID planId, LocalDate date, String answer, String evidence) implements JourneyCommand {
    public static final int EVIDENCE_MAX = 5_000;
    static final String KIND = AssessmentStage.FOLLOW_UPS.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Object found = CinPlans.planOrRefusal(j, planId, KIND, false);
        if (found instanceof Violation v) {
            return Decision.refused(v);
        }
        CinPlan plan = (CinPlan) found;
        if (plan.cinPlanEndDate() == null) {
            return Decision.refused(CinPlans.refusal(KIND, null,
                    "This child in need plan is still open: the follow-up is a year after it ends"));
        }
        CinPlanFollowUp done = CinPlans.followUp(j, plan.id()).orElse(null);
        if (done != null) {
            return Decision.refused(CinPlans.refusal(KIND, null, "The follow-up of this plan was recorded on "
                    + Dates.uk(done.followUpDate())));
        }
        List<Violation> refusals = new ArrayList<>();
        LocalDate due = CinPlans.followUpDue(plan);
        if (date == null) {
            refusals.add(CinPlans.refusal(KIND, "followUpDate", "Enter the date of the follow-up"));
        } else if (date.isAfter(context.today())) {
            refusals.add(CinPlans.refusal(KIND, "followUpDate", "The date of the follow-up must be today or in the past"));
        } else if (date.isBefore(due)) {
            refusals.add(CinPlans.refusal(KIND, "followUpDate", "The follow-up is a year after the plan ended on "
                    + Dates.uk(plan.cinPlanEndDate()) + ": from " + Dates.uk(due)));
        }
        if (answer == null || !CinPlanFollowUp.ANSWERS.containsKey(answer)) {
            refusals.add(CinPlans.refusal(KIND, "followUpAnswer",
                    "Select whether the child is better off, the same, worse off, or it is not known"));
        }
        Violation missing = CinPlans.required(evidence, EVIDENCE_MAX, KIND, "followUpEvidence",
                "Enter the evidence for the answer", "The evidence");
        if (missing != null) {
            refusals.add(missing);
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(AssessmentStage.FOLLOW_UPS, new CinPlanFollowUp(null, j.child().id(),
                plan.id(), date, answer, CinPlans.clean(evidence))));
    }
}
