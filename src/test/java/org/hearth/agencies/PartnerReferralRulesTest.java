package org.hearth.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

/** A partner's referral: structured referrer details, the child, the concern and the consent position with why. */
class PartnerReferralRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static MakePartnerReferral referral(String consent, String why) {
        return new MakePartnerReferral("Pat Teacher", "Designated safeguarding lead", "01632 960001", "pat@example.org",
                "Maya", "Brook", LocalDate.of(2016, 4, 12), "F", "EX1 1AA", "1 Oak Road", null, "Mum, brother 4",
                "Bruises on both arms, says dad hit her", consent, why);
    }

    static List<String> refusals(MakePartnerReferral r) {
        return r.refusals(TODAY).stream().map(Violation::message).toList();
    }

    @Test
    void shouldAcceptAReferralMadeWithConsent() {
        assertThat(refusals(referral("GIVEN", null))).isEmpty();
    }

    @Test
    void shouldAskWhyWhenConsentWasNotSoughtOrRefused() {
        assertThat(refusals(referral("NOT_SOUGHT_RISK", " "))).containsExactly(
                "Say why asking the family for consent would put the child at risk");
        assertThat(refusals(referral("REFUSED", null))).containsExactly(
                "Say why you are referring although the family refused consent");
        assertThat(refusals(referral("REFUSED", "Dad said he would hurt her if she told"))).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownConsentPosition() {
        assertThat(refusals(referral("MAYBE", null))).containsExactly(
                "Select whether the family consented to this referral");
        assertThat(refusals(referral(null, null))).containsExactly(
                "Select whether the family consented to this referral");
    }

    @Test
    void shouldRefuseMissingReferrerDetailsBadContactsAndAFutureBirth() {
        MakePartnerReferral r = new MakePartnerReferral(" ", null, "call me", "nope", "Maya", null,
                TODAY.plusDays(1), "X", null, null, "123", null, "x".repeat(MakePartnerReferral.CONCERN_MAX + 1), "GIVEN",
                null);
        assertThat(refusals(r)).containsExactly("Enter your name", "Enter your role",
                "Enter a phone number, like 01632 960 001",
                "Enter an email address in the right format, like name@example.org",
                "Enter the child's last name", "The child's date of birth must be today or in the past",
                "Select the child's sex", "Enter a valid NHS number (10 digits), or leave it out",
                "Your concern must be 1000 characters or fewer");
    }

    @Test
    void shouldReturnTheOutcomeInWords() {
        PartnerReferral waiting = stored(null, null);
        assertThat(waiting.status()).isEqualTo("Received: waiting for the front door");
        assertThat(waiting.decided()).isFalse();
        assertThat(stored("CONTACT", null).status()).isEqualTo("Accepted as a contact: the front door is deciding");
        PartnerReferral decided = stored("EARLY_HELP", "Family help worker will call mum this week");
        assertThat(decided.status()).isEqualTo("Family help offered");
        assertThat(decided.decided()).isTrue();
    }

    @Test
    void shouldCarryTheReferrerConcernAndConsentIntoTheContactsReason() {
        String reason = stored(null, null).contactReason();
        assertThat(reason).startsWith("Referral from Hillside Academy through Hearth by Pat Teacher (DSL), 01632 "
                + "960001, pat@example.org.\nConcern: Bruises");
        assertThat(reason).endsWith("Consent: Consent given by the family to make this referral");
        assertThat(reason.length()).isLessThanOrEqualTo(org.hearth.referral.RecordContact.REASON_MAX);
    }

    static PartnerReferral stored(String outcome, String reasons) {
        return new PartnerReferral(java.util.UUID.randomUUID(), "SCH", "Hillside Academy", "SCHOOL", "school.test",
                "Pat Teacher", "DSL", "01632 960001", "pat@example.org", "Maya", "Brook", null, null, null, null, null,
                null, "Bruises on both arms", "GIVEN", null, null, java.time.Instant.now(), null,
                outcome == null ? null : java.util.UUID.randomUUID(), null, null, outcome, reasons, null);
    }
}
