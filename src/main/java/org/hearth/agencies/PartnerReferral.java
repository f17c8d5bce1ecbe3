package org.hearth.agencies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A partner's referral to the front door as stored: the referral as made, then the child's record and contact it
 * became (once the front door accepted it) and the outcome returned to the referrer with its reasons.
 */
public record PartnerReferral(UUID id, String organisationId, String organisationName, String organisationType,
                              String madeBy, String referrerName, String referrerRole, String referrerPhone,
                              String referrerEmail, String childFirstName, String childLastName, LocalDate childDob,
                              String childSex, String childPostcode, String childAddress, String childNhsNumber,
                              String family, String concern, String consent, String consentReason,
                              Instant consentWithdrawnAt, Instant receivedAt, UUID childId, UUID contactId,
                              String acceptedBy, Instant acceptedAt, String outcome, String outcomeReasons,
                              Instant outcomeAt) {
    public static final String CONTACT = "CONTACT";
    /** The outcomes returned to the referrer, in words. */
    public static final Map<String, String> OUTCOMES = Map.of(
            CONTACT, "Accepted as a contact: the front door is deciding",
            "REFERRAL", "Accepted as a referral to children's social care",
            "EARLY_HELP", "Family help offered",
            "NFA", "No further action");

    public boolean accepted() {
        return contactId != null;
    }

    public boolean consentWithdrawn() {
        return consentWithdrawnAt != null;
    }

    /** Where the referral stands, as the referrer sees it. */
    public String status() {
        if (outcome != null) {
            return OUTCOMES.getOrDefault(outcome, outcome);
        }
        return consentWithdrawn() ? "Consent withdrawn: not taken forward" : "Received: waiting for the front door";
    }

    /** Whether the front door has decided (an outcome other than accepted as a contact). */
    public boolean decided() {
        return outcome != null && !CONTACT.equals(outcome);
    }

    public String statusTag() {
        if (decided()) {
            return "govuk-tag--green";
        }
        return outcome != null ? "govuk-tag--blue" : consentWithdrawn() ? "govuk-tag--grey" : "govuk-tag--yellow";
    }

    public String childName() {
        return childFirstName + " " + childLastName;
    }

    public String consentLabel() {
        return org.hearth.journey.CodeRules.list("REFERRAL_CONSENT", LocalDate.now()).label(consent).orElse(consent);
    }

    public java.time.ZonedDateTime receivedLocal() {
        return receivedAt.atZone(InformationRequest.LONDON);
    }

    public java.time.ZonedDateTime outcomeLocal() {
        return outcomeAt == null ? null : outcomeAt.atZone(InformationRequest.LONDON);
    }

    /** The contact's reason as the front door's queue shows it: who referred, the concern, the family and consent. */
    String contactReason() {
        StringBuilder s = new StringBuilder();
        s.append("Referral from ").append(organisationName).append(" through Hearth by ").append(referrerName)
                .append(" (").append(referrerRole).append("), ").append(referrerPhone).append(", ")
                .append(referrerEmail).append(".\n");
        s.append("Concern: ").append(concern).append("\n");
        if (family != null) {
            s.append("Family: ").append(family).append("\n");
        }
        s.append("Consent: ").append(consentLabel());
        if (consentReason != null) {
            s.append(": ").append(consentReason);
        }
        String text = s.toString();
        int max = org.hearth.referral.RecordContact.REASON_MAX;
        return text.length() <= max ? text : text.substring(0, max - 40) + "... (the referral has the rest)";
    }
}
