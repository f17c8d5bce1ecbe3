package org.hearth.protection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.hearth.journey.ChildJourney;

/**
 * Whether a child protection plan is a repeat plan, as the DfE counts them in the children in need statistics: a plan
 * that starts when the child has been on a plan before ("ever": a second or subsequent plan), and among those the ones
 * that start within two years of the previous plan ending.
 *
 * @param previousPlans  the plans that started before this one (the record's own count, or an imported one)
 * @param previousEnded  when the latest earlier plan ended (null when there is none, or none ended)
 * @param withinTwoYears the previous plan ended no more than two years before this one started
 */
public record RepeatPlan(int previousPlans, LocalDate previousEnded, boolean withinTwoYears) {

    public boolean repeat() {
        return previousPlans > 0;
    }

    /** The repeat status of {@code plan}; empty when it is the child's first plan. */
    public static Optional<RepeatPlan> of(ChildJourney j, CpPlan plan) {
        if (plan == null || plan.cpPlanStartDate() == null) {
            return Optional.empty();
        }
        LocalDate start = plan.cpPlanStartDate();
        var earlier = j.all(ProtectionStage.CP_PLANS).stream()
                .filter(p -> !p.id().equals(plan.id()) && p.cpPlanStartDate() != null && p.cpPlanStartDate().isBefore(start))
                .toList();
        int counted = Math.max(earlier.size(), plan.numberOfPreviousPlans() == null ? 0 : plan.numberOfPreviousPlans());
        if (counted == 0) {
            return Optional.empty();
        }
        LocalDate ended = earlier.stream().map(CpPlan::cpPlanEndDate).filter(d -> d != null && !d.isAfter(start))
                .max(Comparator.naturalOrder()).orElse(null);
        return Optional.of(new RepeatPlan(counted, ended, ended != null && !ended.plusYears(2).isBefore(start)));
    }

    /** In words for the identity area: "Repeat plan: previous plan ended within 2 years (2 previous plans)". */
    public String words() {
        String count = previousPlans + " previous plan" + (previousPlans == 1 ? "" : "s");
        return withinTwoYears ? "Repeat plan: previous plan ended within 2 years (" + count + ")"
                : "Repeat plan: on a plan before (" + count + ")";
    }
}
