package org.hearth.agencies;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearth.access.AccessPolicy;
import org.hearth.access.Actor;
import org.hearth.journey.ChildJourney;
import org.hearth.referral.Contact;
import org.hearth.referral.ContactExtras;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the agencies add to the front door: beside a contact, the referral a partner made through Hearth (who referred,
 * consent) and the requests for information with their answers and source; above the queue, how many partners'
 * referrals wait to be taken in.
 */
@Component
class FrontDoorExtras implements ContactExtras {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK);

    private final PartnerReferrals referrals;
    private final JdbcTemplate jdbc;

    FrontDoorExtras(PartnerReferrals referrals, JdbcTemplate jdbc) {
        this.referrals = referrals;
        this.jdbc = jdbc;
    }

    static String when(Instant at) {
        return WHEN.format(at.atZone(InformationRequest.LONDON));
    }

    @Override
    public List<Panel> panels(ChildJourney j, Contact contact, Actor actor) {
        List<Panel> out = new ArrayList<>();
        referrals.ofContact(contact.id()).ifPresent(r -> {
            List<Row> rows = new ArrayList<>();
            rows.add(new Row("Referrer", r.referrerName() + ", " + r.referrerRole() + " (" + r.organisationName()
                    + ")\n" + r.referrerPhone() + ", " + r.referrerEmail(), null, null));
            rows.add(new Row("Consent", r.consentLabel() + (r.consentReason() == null ? "" : ": " + r.consentReason()),
                    null, null));
            if (r.family() != null) {
                rows.add(new Row("Family", r.family(), null, null));
            }
            out.add(new Panel("Referred by " + r.organisationName() + " through Hearth", "The referrer is told the "
                    + "decision and your reasons for it.", rows, null, null));
        });
        Instant now = Instant.now();
        List<Row> rows = new ArrayList<>();
        for (InformationRequest r : j.all(AgenciesStage.INFORMATION_REQUESTS)) {
            if (!contact.id().equals(r.contactId())) {
                continue;
            }
            InformationRequest.Rag rag = r.rag(now);
            String text = "Asked: " + r.question() + "\n" + (r.answered()
                    ? "Information from " + r.organisationName() + " (" + r.answeredBy() + ", " + when(r.answeredAt())
                    + "): " + r.answer()
                    : "Waiting for the answer, due by " + when(r.dueAt()));
            rows.add(new Row(r.organisationName(), text, r.answered() ? "Answered" + (rag == InformationRequest.Rag.RED
                    ? " late" : " in time") : rag.words(), rag.tagClass()));
        }
        boolean open = contact.contactOutcome() == null;
        if (!rows.isEmpty() || open) {
            out.add(new Panel("Information from partners", rows.isEmpty() ? "No organisation has been asked yet." : null,
                    rows, open ? "Ask an organisation for information" : null, open ? "/children/" + j.child().id()
                    + "/contacts/" + contact.id() + "/information-requests/new" : null));
        }
        return out;
    }

    @Override
    public List<Link> queueLinks(Actor actor) {
        if (AccessPolicy.partnerReferrals(actor, null, AccessPolicy.ReferralUse.TRIAGE).isPresent()) {
            return List.of();
        }
        Integer waiting = jdbc.queryForObject("SELECT count(*) FROM partner_referrals WHERE pref_contact_id IS NULL "
                + "AND pref_consent_withdrawn_at IS NULL", Integer.class);
        int n = waiting == null ? 0 : waiting;
        return List.of(new Link("Referrals from partners: " + n + (n == 1 ? " waiting" : " waiting")
                + " to be taken in", "/front-door/partner-referrals"));
    }
}
