package org.hearth.referral;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.hearth.journey.ChildJourney;

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
        // The later stages' records, asked by the names they publish: the front door depends on no later stage.
        return j.openOn("cp-plans", day).isEmpty() && j.openOn("care-periods", day).isEmpty();
    }
}
