package org.hearth.referral;

import org.hearth.access.Actor;
import java.util.Map;
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

    @Override
    public List<Stage.Action> actions(ChildJourney journey, Actor actor, LocalDate today) {
        String base = "/children/" + journey.child().id();
        List<Stage.Action> out = new java.util.ArrayList<>();
        out.add(new Stage.Action("Record a contact", base + "/contacts/new",
                List.of(CONTACTS.name(), REFERRALS.name(), org.hearth.earlyhelp.EarlyHelpStage.EARLY_HELP.name())));
        Referrals.open(journey).filter(r -> Referrals.closable(journey, today))
                .ifPresent(r -> out.add(new Stage.Action("Close the child in need episode",
                        base + "/referrals/" + r.id() + "/close", List.of(REFERRALS.name()))));
        return out;
    }

    @Override
    public Map<String, String> savedMessages() {
        return Map.of("contact", "Contact and decision recorded",
                "contact-family-help", "Contact recorded and family help started",
                "referral", "Contact recorded and referral to children's social care opened",
                "cin-closed", "Child in need episode closed",
                "contact-queued", "Contact recorded and sent to the front door's queue for a decision");
    }
}
