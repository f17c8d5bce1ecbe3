package org.hearth.leaving;

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
 * The open pathway plan was reviewed on {@code date} (by the personal adviser, social worker or manager): whether the
 * young person took part, what was agreed, and the next review — after this one and no more than six months on
 * (Care Leavers (England) Regulations 2010, reg 7). Not in the future, not before the plan or its last review.
 */
public record ReviewPathwayPlan(UUID planId, LocalDate date, Boolean youngPersonTookPart, String summary,
                                LocalDate nextReviewDate) implements JourneyCommand {
    static final String KIND = LeavingCareStage.PATHWAY_PLAN_REVIEWS.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        if (!RecordCareLeaverContact.mayRecord(c.actor().role())) {
            return Decision.refused(PathwayPlans.refusal(KIND, "pathway-plan-role", null,
                    "Only the young person's personal adviser, social worker or their manager records a review"));
        }
        PathwayPlan plan = PathwayPlans.open(j).filter(p -> p.id().equals(planId)).orElse(null);
        if (plan == null) {
            return Decision.refused(PathwayPlans.refusal(KIND, "pathway-plan-open", null,
                    "This pathway plan is not open, so it cannot be reviewed"));
        }
        List<Violation> out = new ArrayList<>();
        List<PathwayPlanReview> before = PathwayPlans.reviews(j, plan.id());
        LocalDate last = before.isEmpty() ? null : before.get(before.size() - 1).reviewDate();
        if (date == null) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-review-date", "reviewDate",
                    "Enter the date of the review as a real date, for example 27 3 2026"));
        } else if (date.isAfter(c.today())) {
            out.add(PathwayPlans.refusal(KIND, "not-in-future", "reviewDate",
                    "The date of the review must be today or in the past"));
        } else if (date.isBefore(plan.planStartDate())) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-review-date", "reviewDate",
                    "The review cannot be before the plan started on " + Dates.uk(plan.planStartDate())));
        } else if (last != null && !date.isAfter(last)) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-review-date", "reviewDate",
                    "The review must be after the last review, on " + Dates.uk(last)));
        }
        if (youngPersonTookPart == null) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-review-took-part", "youngPersonTookPart",
                    "Select whether the young person took part in the review"));
        }
        String said = PathwayPlans.clean(summary);
        if (said == null) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-review-summary", "reviewSummary",
                    "Enter what the review found and agreed"));
        } else if (said.length() > PathwayPlans.TEXT_MAX) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-review-summary", "reviewSummary",
                    "What the review found must be " + PathwayPlans.TEXT_MAX + " characters or fewer"));
        }
        if (nextReviewDate == null) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-next-review", "nextReviewDate",
                    "Enter the date of the next review as a real date, for example 27 9 2026"));
        } else if (date != null && !nextReviewDate.isAfter(date)) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-next-review", "nextReviewDate",
                    "The next review must be after this one"));
        } else if (date != null && nextReviewDate.isAfter(date.plusMonths(PathwayPlans.REVIEW_MONTHS))) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-next-review", "nextReviewDate",
                    "The next review must be no more than six months after this one, by "
                            + Dates.uk(date.plusMonths(PathwayPlans.REVIEW_MONTHS))));
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        return Decision.of(JourneyChange.of(LeavingCareStage.PATHWAY_PLAN_REVIEWS, new PathwayPlanReview(null,
                j.child().id(), plan.id(), date, youngPersonTookPart, said, nextReviewDate, c.actor().username())));
    }
}
