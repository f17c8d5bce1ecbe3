package org.hearth.referral;

import java.time.LocalDate;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;

/** The front door: contacts, the decision on them, and referrals opening a child in need episode. */
public final class ReferralStage implements Stage {
    public static final EpisodeKind<Contact> CONTACTS = EpisodeKind.of(2, "contacts", "Contact",
            Contact.class, "ssd_contacts", "cont_", "cont_contact_id").preBirth();
    public static final EpisodeKind<Referral> REFERRALS = EpisodeKind.of(3, "referrals", "Referral",
            Referral.class, "ssd_cin_episodes", "cine_", "cine_referral_id").noOverlap("8820").oneOpen("8815").preBirth()
            .dateCodes("8630", "8606", "8555Q")
            .coded("referralSourceCode", "REFERRAL_SOURCE", Referral::referralSourceCode)
            .coded("cinPrimaryNeedCode", "PRIMARY_NEED", Referral::cinPrimaryNeedCode)
            .coded("closeReason", "CIN_CLOSURE_REASON", Referral::closeReason);

    @Override
    public String name() {
        return "referral";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(CONTACTS, REFERRALS);
    }

    @Override
    public List<JourneyRule> rules() {
        return List.of(ReferralRules::check);
    }

    @Override
    public List<String> statusTags(ChildJourney journey, LocalDate today) {
        return Stage.openOn(journey.all(REFERRALS), today) ? List.of("CIN") : List.of();
    }
}
