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
 * A child protection review conference held on {@code date} decided the plan {@code planId} continues, with the
 * child's views; it may change the plan's category of abuse ({@code category}, null: unchanged). A plan ends only
 * through {@link EndCpPlan}.
 */
public record ReviewCpPlan(UUID planId, LocalDate date, String childViews, String category,
                           List<Participant> participants, String recommendations) implements JourneyCommand {
    public ReviewCpPlan(UUID planId, LocalDate date, String childViews, String category) {
        this(planId, date, childViews, category, List.of(), null);
    }

    public ReviewCpPlan {
        participants = participants == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(participants));
        recommendations = ProtectionChecks.blankToNull(recommendations);
        childViews = ProtectionChecks.blankToNull(childViews);
        category = ProtectionChecks.blankToNull(category);
    }

    @Override
    public List<String> parts() {
        return List.of(CpReviewConference.KIND, ProtectionStage.CP_PLANS.name(), Meetings.ATTENDEES);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (!ChildProtection.recordsConferences(context.actor())) {
            return Decision.refused(ProtectionChecks.conference(CpReviewConference.KIND, CpReviewConference.STEP));
        }
        List<Violation> refusals = new ArrayList<>();
        CpPlan plan = CpReviewConference.plan(j, planId, refusals);
        if (plan == null) {
            return Decision.refused(refusals);
        }
        CpReviewConference.dateAndViews(j, context, date, childViews, refusals);
        if (category != null && !ChildProtection.CATEGORIES.containsKey(category)) {
            refusals.add(new Violation("cp-plan-category", null, ProtectionStage.CP_PLANS.name(), plan.id(),
                    "cpPlanLatestCategory", "Select the category of abuse from the list"));
        }
        CpReviewConference.participantsAndRecommendations(participants, recommendations, refusals);
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        List<JourneyChange<?>> changes = new ArrayList<>();
        UUID reviewId = UUID.randomUUID();
        changes.add(JourneyChange.added(ProtectionStage.CP_REVIEWS,
                new CpReview(reviewId, plan.personId(), plan.id(), date, true, childViews, null, recommendations)));
        changes.addAll(Meetings.attendees(plan.personId(), reviewId, CpReviewConference.KIND, participants));
        if (category != null && !category.equals(ChildProtection.category(plan))) {
            changes.add(JourneyChange.of(ProtectionStage.CP_PLANS, new CpPlan(plan.id(), plan.personId(),
                    plan.referralId(), plan.icpcId(), plan.cpPlanStartDate(), null, plan.cpPlanInitialCategory(),
                    category, plan.numberOfPreviousPlans())));
        }
        return Decision.of(changes);
    }
}
