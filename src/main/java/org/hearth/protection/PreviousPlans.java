package org.hearth.protection;

import org.hearth.journey.ChildJourney;

/**
 * The number of previous child protection plans is derived from the record, not typed: the plans that started
 * before this one. A value given (an import from a system that knew of older plans) is kept.
 */
public final class PreviousPlans {
    private PreviousPlans() {}

    public static CpPlan filledIn(ChildJourney journey, CpPlan plan) {
        if (plan.numberOfPreviousPlans() != null || plan.cpPlanStartDate() == null) {
            return plan;
        }
        int earlier = (int) journey.all(ProtectionStage.CP_PLANS).stream()
                .filter(p -> !p.id().equals(plan.id()) && p.cpPlanStartDate() != null
                        && p.cpPlanStartDate().isBefore(plan.cpPlanStartDate()))
                .count();
        return new CpPlan(plan.id(), plan.personId(), plan.referralId(), plan.icpcId(), plan.cpPlanStartDate(),
                plan.cpPlanEndDate(), plan.cpPlanInitialCategory(), plan.cpPlanLatestCategory(), earlier);
    }
}
