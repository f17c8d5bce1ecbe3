package org.hearth.leaving;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The personal adviser or social worker starts the young person's pathway plan on {@code date} from the needs
 * assessment (summarised). Only for a young person who may have one on that day (eligible, relevant or former
 * relevant, see {@link PathwayPlans#eligibility}); one plan at a time; not in the future.
 */
public record StartPathwayPlan(LocalDate date, String needsAssessment) implements JourneyCommand {
    static final String KIND = LeavingCareStage.PATHWAY_PLANS.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        if (!RecordCareLeaverContact.mayRecord(c.actor().role())) {
            return Decision.refused(PathwayPlans.refusal(KIND, "pathway-plan-role", null,
                    "Only the young person's personal adviser, social worker or their manager starts a pathway plan"));
        }
        List<Violation> out = new ArrayList<>();
        PathwayPlans.open(j).ifPresent(p -> out.add(PathwayPlans.refusal(KIND, "pathway-plan-one-open", null,
                "The pathway plan started on " + Dates.uk(p.planStartDate()) + " is still open: update or review it")));
        LocalDate day = date;
        if (date == null) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-date", "planStartDate",
                    "Enter the date the plan started as a real date, for example 27 3 2025"));
            day = c.today();
        } else if (date.isAfter(c.today())) {
            out.add(PathwayPlans.refusal(KIND, "not-in-future", "planStartDate",
                    "The date the plan started must be today or in the past"));
            day = c.today();
        }
        Optional<String> eligibility = PathwayPlans.eligibility(j, day);
        if (eligibility.isEmpty()) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-eligibility", "planStartDate",
                    "The young person cannot have a pathway plan on " + Dates.uk(day) + ": a pathway plan is for a "
                            + "young person aged 16 to 24 who has been looked after for at least 13 weeks since "
                            + "turning 14 (still looked after at 16 or 17, or left care at 16 or over)"));
        }
        String needs = PathwayPlans.clean(needsAssessment);
        if (needs == null) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-needs", "needsAssessment",
                    "Enter a summary of the needs assessment the plan rests on"));
        } else if (needs.length() > PathwayPlans.TEXT_MAX) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-needs", "needsAssessment",
                    "The summary of the needs assessment must be " + PathwayPlans.TEXT_MAX + " characters or fewer"));
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        return Decision.of(JourneyChange.of(LeavingCareStage.PATHWAY_PLANS, new PathwayPlan(null, j.child().id(), date,
                null, eligibility.get(), needs, null, null, null, null, null, null)));
    }
}
