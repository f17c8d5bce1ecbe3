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
 * A child protection review conference held on {@code reviewDate} decided the plan {@code planId} ends, for
 * {@code reason} (a key of {@link ChildProtection#END_REASONS}), with the child's views. The review and the plan's end
 * (on the day of the review) are saved together: this is the only way a plan ends in Hearth.
 */
public record EndCpPlan(UUID planId, LocalDate reviewDate, String reason, String childViews,
                        List<Participant> participants, String recommendations) implements JourneyCommand {
    public EndCpPlan(UUID planId, LocalDate reviewDate, String reason, String childViews) {
        this(planId, reviewDate, reason, childViews, List.of(), null);
    }

    public EndCpPlan {
        participants = participants == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(participants));
        recommendations = ProtectionChecks.blankToNull(recommendations);
        reason = ProtectionChecks.blankToNull(reason);
        childViews = ProtectionChecks.blankToNull(childViews);
    }

    @Override
    public List<String> parts() {
        return List.of(CpReviewConference.KIND, ProtectionStage.CP_PLANS.name(), Meetings.ATTENDEES);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (!ChildProtection.recordsConferences(context.actor())) {
            return Decision.refused(ProtectionChecks.conference(CpReviewConference.KIND,
                    "the review conference that ends a child protection plan"));
        }
        List<Violation> refusals = new ArrayList<>();
        CpPlan plan = CpReviewConference.plan(j, planId, refusals);
        if (plan == null) {
            return Decision.refused(refusals);
        }
        CpReviewConference.dateAndViews(j, context, reviewDate, childViews, refusals);
        if (reason == null || !ChildProtection.END_REASONS.containsKey(reason)) {
            refusals.add(new Violation("cp-plan-end-reason", null, CpReviewConference.KIND, null,
                    "cpReviewPlanEndReason", CpReviewConference.REASON_MISSING));
        }
        CpReviewConference.participantsAndRecommendations(participants, recommendations, refusals);
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        UUID reviewId = UUID.randomUUID();
        List<JourneyChange<?>> changes = new ArrayList<>();
        changes.add(JourneyChange.added(ProtectionStage.CP_REVIEWS, new CpReview(reviewId, plan.personId(), plan.id(),
                reviewDate, false, childViews, reason, recommendations)));
        changes.add(JourneyChange.of(ProtectionStage.CP_PLANS, new CpPlan(plan.id(), plan.personId(), plan.referralId(),
                plan.icpcId(), plan.cpPlanStartDate(), reviewDate, plan.cpPlanInitialCategory(),
                plan.cpPlanLatestCategory(), plan.numberOfPreviousPlans())));
        changes.addAll(Meetings.attendees(plan.personId(), reviewId, CpReviewConference.KIND, participants));
        return Decision.of(changes);
    }
}
