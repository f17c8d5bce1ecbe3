package org.hearth.referral;

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
}
