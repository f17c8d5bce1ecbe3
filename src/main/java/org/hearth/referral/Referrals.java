package org.hearth.referral;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.hearth.care.CareStage;
import org.hearth.journey.ChildJourney;
import org.hearth.protection.ProtectionStage;

/** The front door's answers about a child's record, in one place. */
public final class Referrals {
    private Referrals() {}

    /** The child in need episode open now: the latest dated referral not closed. */
    public static Optional<Referral> open(ChildJourney j) {
        return j.all(ReferralStage.REFERRALS).stream().filter(r -> r.closeDate() == null && r.referralDate() != null)
                .max(Comparator.comparing(Referral::referralDate));
    }

    /**
     * Whether the open episode could close on {@code day}: not while a child protection plan is open or the child is
     * looked after then (what {@link ReferralRules} refuses a closure for).
     */
    public static boolean closable(ChildJourney j, LocalDate day) {
        boolean cpPlan = j.all(ProtectionStage.CP_PLANS).stream().anyMatch(p -> p.cpPlanStartDate() != null
                && !p.cpPlanStartDate().isAfter(day) && (p.cpPlanEndDate() == null || p.cpPlanEndDate().isAfter(day)));
        boolean lookedAfter = j.all(CareStage.CARE_PERIODS).stream().anyMatch(p -> p.periodStartDate() != null
                && !p.periodStartDate().isAfter(day) && (p.periodEndDate() == null || p.periodEndDate().isAfter(day)));
        return !cpPlan && !lookedAfter;
    }
}
