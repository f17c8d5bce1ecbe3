package org.hearth.agencies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.AccessPolicy;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.identity.candidates.IdentityCandidates;
import org.hearth.journey.JourneyRecorded;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.journey.Violation;
import org.hearth.journey.child.Person;
import org.hearth.people.LaChildIds;
import org.hearth.platform.web.HearthProblem;
import org.hearth.referral.Contact;
import org.hearth.referral.RecordContact;
import org.hearth.referral.ReferralStage;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Partners' referrals to the front door. A partner's user refers (the referral waits beside the record, in no child's
 * record yet); the front door sees who the child may be (the identity candidates, with score and evidence; nothing is
 * ever merged) and accepts it as a contact on the child's record it chooses, or on a new one, through the front door's
 * own {@link RecordContact} (so it waits in the queue like any contact); the front door decides as on any contact,
 * and the decision with its reasons goes back to the referral, where the referrer sees it. Every use passes the seam.
 */
@Service
public class PartnerReferrals {
    static final String MAKE = "refer a child to the front door";
    static final String OWN = "partner's referrals and their outcomes";
    static final String TRIAGE = "front door: partner referrals";
    static final String MATCH = "front door: who a partner referral's child may be";

    private final JdbcTemplate jdbc;
    private final AccessSeam seam;
    private final JourneyService journeys;
    private final IdentityCandidates identity;
    private final LaChildIds laChildIds;
    private final TransactionTemplate tx;

    PartnerReferrals(JdbcTemplate jdbc, AccessSeam seam, JourneyService journeys, IdentityCandidates identity,
                     LaChildIds laChildIds, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.seam = seam;
        this.journeys = journeys;
        this.identity = identity;
        this.laChildIds = laChildIds;
        this.tx = tx;
    }

    /** A partner's user refers a child: refused (nothing stored) when the referral breaks a rule. */
    public UUID make(Actor actor, MakePartnerReferral r) {
        List<Violation> refusals = r.refusals(LocalDate.now());
        if (!refusals.isEmpty()) {
            throw new RuleViolations(refusals);
        }
        UUID id = UUID.randomUUID();
        return seam.partnerReferrals(actor, AccessPolicy.ReferralUse.REFER, "CREATE", MAKE, "partner referral " + id,
                organisation -> {
                    jdbc.update("INSERT INTO partner_referrals (pref_referral_id, pref_organisation_id, pref_made_by, "
                                    + "pref_referrer_name, pref_referrer_role, pref_referrer_phone, pref_referrer_email, "
                                    + "pref_child_first_name, pref_child_last_name, pref_child_dob, pref_child_sex, "
                                    + "pref_child_postcode, pref_child_address, pref_child_nhs_number, pref_family, "
                                    + "pref_concern, pref_consent, pref_consent_reason, pref_received_at) "
                                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())",
                            id, organisation, actor.username(), c(r.referrerName()), c(r.referrerRole()),
                            c(r.referrerPhone()), c(r.referrerEmail()), c(r.childFirstName()), c(r.childLastName()),
                            r.childDob(), c(r.childSex()), c(r.childPostcode()), c(r.childAddress()),
                            nhs(r.childNhsNumber()), c(r.family()), c(r.concern()), c(r.consent()),
                            MakePartnerReferral.GIVEN.equals(c(r.consent())) ? null : c(r.consentReason()));
                    return id;
                });
    }

    /** The user's own organisation's referrals, newest first: what they said, where each stands, the outcome. */
    public List<PartnerReferral> mine(Actor actor) {
        return seam.partnerReferrals(actor, AccessPolicy.ReferralUse.REFER, "READ", OWN, "own organisation's referrals",
                organisation -> jdbc.query(SELECT + " WHERE r.pref_organisation_id = ? ORDER BY r.pref_received_at DESC",
                        PartnerReferrals::row, organisation));
    }

    /** One of the user's own organisation's referrals; another organisation's is not found (404), not disclosed. */
    public PartnerReferral mine(Actor actor, UUID id) {
        return seam.partnerReferrals(actor, AccessPolicy.ReferralUse.REFER, "READ", OWN, "partner referral " + id,
                organisation -> find(id).filter(r -> r.organisationId().equals(organisation))
                        .orElseThrow(() -> HearthProblem.notFound("The referral")));
    }

    /**
     * The referrer says the family has withdrawn consent: refused once the front door has taken the referral in (tell
     * the front door directly), and for a referral not made on consent.
     */
    public void withdrawConsent(Actor actor, UUID id) {
        seam.partnerReferrals(actor, AccessPolicy.ReferralUse.REFER, "WRITE", "consent withdrawn from a referral",
                "partner referral " + id, organisation -> {
                    PartnerReferral r = lock(id).filter(x -> x.organisationId().equals(organisation))
                            .orElseThrow(() -> HearthProblem.notFound("The referral"));
                    String problem = r.consentWithdrawn() ? "Consent was already withdrawn from this referral"
                            : !MakePartnerReferral.GIVEN.equals(r.consent()) ? "This referral was not made on the "
                            + "family's consent, so there is no consent to withdraw"
                            : r.accepted() ? "The front door has already taken this referral in as a contact: tell "
                            + "the front door that the family withdrew consent" : null;
                    if (problem != null) {
                        throw new HearthProblem(HttpStatus.CONFLICT, "Consent cannot be withdrawn", problem);
                    }
                    jdbc.update("UPDATE partner_referrals SET pref_consent_withdrawn_at = now() WHERE pref_referral_id = ?",
                            id);
                    return null;
                });
    }

    /** The referrals waiting for the front door to take them in, oldest first. */
    public List<PartnerReferral> waiting(Actor actor) {
        return seam.partnerReferrals(actor, AccessPolicy.ReferralUse.TRIAGE, "READ", TRIAGE, "referrals waiting",
                organisation -> jdbc.query(SELECT + " WHERE r.pref_contact_id IS NULL AND r.pref_consent_withdrawn_at "
                        + "IS NULL ORDER BY r.pref_received_at", PartnerReferrals::row));
    }

    /** One referral, for the front door. */
    public PartnerReferral forFrontDoor(Actor actor, UUID id) {
        return seam.partnerReferrals(actor, AccessPolicy.ReferralUse.TRIAGE, "READ", TRIAGE, "partner referral " + id,
                organisation -> find(id).orElseThrow(() -> HearthProblem.notFound("The referral")));
    }

    /** Who the referral's child may be: the identity candidates this worker may see, and how many they may not. */
    public IdentityCandidates.Shown matches(Actor actor, PartnerReferral r) {
        var subject = IdentityCandidates.subject(r.childFirstName(), null, r.childLastName(), r.childDob(),
                r.childSex(), r.childPostcode(), r.childAddress(), r.childNhsNumber(), null);
        return identity.shownTo(actor, identity.score(subject, null), MATCH);
    }

    /**
     * The front door takes the referral in as a contact waiting for a decision: on the child's record the worker chose
     * ({@code childId}), or on a new record ({@code childId} null) with the referral's details. One transaction: the
     * new record, the contact and the referral's link to them, or nothing. Refused for a referral already taken in or
     * whose consent was withdrawn.
     *
     * @return the child's record the contact is on
     */
    public UUID accept(Actor actor, UUID id, UUID childId) {
        return seam.partnerReferrals(actor, AccessPolicy.ReferralUse.TRIAGE, "WRITE", TRIAGE, "partner referral " + id,
                organisation -> {
                    PartnerReferral r = lock(id).orElseThrow(() -> HearthProblem.notFound("The referral"));
                    if (r.accepted()) {
                        throw new HearthProblem(HttpStatus.CONFLICT, "Already taken in", "This referral was taken in "
                                + "as a contact by " + r.acceptedBy() + " already: decide it from the front door");
                    }
                    if (r.consentWithdrawn()) {
                        throw new HearthProblem(HttpStatus.CONFLICT, "Consent withdrawn", "The referrer withdrew the "
                                + "family's consent, so this referral cannot be taken in. If the child may be at risk, "
                                + "call the referrer and record a contact");
                    }
                    UUID child = childId;
                    List<IdentityCandidates.Candidate> seen = List.of();
                    if (child == null) {
                        seen = matches(actor, r).visible();
                        Person person = new Person(null, null, Person.CHILD, r.childFirstName(), r.childLastName(),
                                null, r.childSex() == null ? "U" : r.childSex(), null, null, r.childDob(), null, null,
                                r.childNhsNumber(), null, null, null, null, null, null, null, null, null, List.of());
                        JourneyService.Recorded created = journeys.createChild(actor, laChildIds.assign(person),
                                "new child from a partner referral");
                        child = created.records().isEmpty() ? null : created.records().get(0).personId();
                        if (child == null) {
                            throw new IllegalStateException("a new child's record allocates its creator");
                        }
                    }
                    String source = Organisations.referralSource(r.organisationType());
                    LocalDate received = r.receivedAt().atZone(InformationRequest.LONDON).toLocalDate();
                    JourneyService.Recorded recorded = journeys.execute(actor, child, null, new RecordContact(received,
                            source, r.contactReason(), RecordContact.AWAITING, null, null, null), TRIAGE);
                    UUID contact = recorded.records().stream().filter(x -> x instanceof Contact).findFirst()
                            .orElseThrow().id();
                    jdbc.update("UPDATE partner_referrals SET pref_child_id = ?, pref_contact_id = ?, pref_accepted_by = ?, "
                            + "pref_accepted_at = now(), pref_outcome = 'CONTACT', pref_outcome_at = now() "
                            + "WHERE pref_referral_id = ?", child, contact, actor.displayName(), id);
                    for (IdentityCandidates.Candidate c : seen) {
                        identity.decide(actor, child, c.id(), IdentityCandidates.Decision.NOT_SAME_CHILD,
                                "new child from a partner referral");
                    }
                    return child;
                });
    }

    /**
     * The front door's decision on a contact a partner referred goes back to the referral, with its reasons, in the
     * decision's own transaction: whatever page or API decided it.
     */
    @EventListener
    void on(JourneyRecorded event) {
        if (!ReferralStage.CONTACTS.name().equals(event.kind().name()) || !(event.record() instanceof Contact c)
                || c.contactOutcome() == null) {
            return;
        }
        if (event.previous() instanceof Contact before && before.contactOutcome() != null) {
            return;
        }
        jdbc.update("UPDATE partner_referrals SET pref_outcome = ?, pref_outcome_reasons = ?, pref_outcome_at = now() "
                + "WHERE pref_contact_id = ?", c.contactOutcome(), c.decisionReasons(), c.id());
    }

    /** The referral a contact came from, if a partner referred it through Hearth (for the contact's page). */
    Optional<PartnerReferral> ofContact(UUID contactId) {
        return jdbc.query(SELECT + " WHERE r.pref_contact_id = ?", PartnerReferrals::row, contactId).stream().findFirst();
    }

    private Optional<PartnerReferral> find(UUID id) {
        return jdbc.query(SELECT + " WHERE r.pref_referral_id = ?", PartnerReferrals::row, id).stream().findFirst();
    }

    private Optional<PartnerReferral> lock(UUID id) {
        jdbc.query("SELECT 1 FROM partner_referrals WHERE pref_referral_id = ? FOR UPDATE", rs -> {}, id);
        return find(id);
    }

    private static final String SELECT = "SELECT r.pref_referral_id, r.pref_organisation_id, o.name, o.type, "
            + "r.pref_made_by, r.pref_referrer_name, r.pref_referrer_role, r.pref_referrer_phone, r.pref_referrer_email, "
            + "r.pref_child_first_name, r.pref_child_last_name, r.pref_child_dob, r.pref_child_sex, r.pref_child_postcode, "
            + "r.pref_child_address, r.pref_child_nhs_number, r.pref_family, r.pref_concern, r.pref_consent, "
            + "r.pref_consent_reason, r.pref_consent_withdrawn_at, r.pref_received_at, r.pref_child_id, r.pref_contact_id, "
            + "r.pref_accepted_by, r.pref_accepted_at, r.pref_outcome, r.pref_outcome_reasons, r.pref_outcome_at "
            + "FROM partner_referrals r JOIN organisation o ON o.organisation_id = r.pref_organisation_id";

    private static PartnerReferral row(ResultSet rs, int n) throws SQLException {
        java.sql.Date dob = rs.getDate(12);
        return new PartnerReferral(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), dob == null ? null : dob.toLocalDate(), rs.getString(13), rs.getString(14),
                rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19),
                rs.getString(20), instant(rs, 21), instant(rs, 22), rs.getObject(23, UUID.class),
                rs.getObject(24, UUID.class), rs.getString(25), instant(rs, 26), rs.getString(27), rs.getString(28),
                instant(rs, 29));
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    private static String c(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nhs(String s) {
        String v = c(s);
        return v == null ? null : v.replace(" ", "");
    }
}
