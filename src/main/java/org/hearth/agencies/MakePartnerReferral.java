package org.hearth.agencies;

import static org.hearth.agencies.Involvements.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.journey.CodeRules;
import org.hearth.journey.Violation;

/**
 * A partner's referral to the front door as the referrer gives it: who they are (name, role, phone, email; their
 * organisation is their account's), the child and family as they know them, the concern, and the consent position
 * (code list REFERRAL_CONSENT) with why, when consent was not sought or was refused. Plain Java: its checks are the
 * rules a referral must meet before it reaches the front door.
 */
public record MakePartnerReferral(String referrerName, String referrerRole, String referrerPhone, String referrerEmail,
                                  String childFirstName, String childLastName, LocalDate childDob, String childSex,
                                  String childPostcode, String childAddress, String childNhsNumber, String family,
                                  String concern, String consent, String consentReason) {
    static final String KIND = "partner-referrals";
    public static final int NAME_MAX = 100;
    public static final int FAMILY_MAX = 500;
    public static final int CONCERN_MAX = 1_000;
    public static final int CONSENT_REASON_MAX = 300;
    public static final String GIVEN = "GIVEN";
    public static final String NOT_SOUGHT_RISK = "NOT_SOUGHT_RISK";
    public static final String REFUSED = "REFUSED";

    /** What is wrong with the referral, in the referrer's words; empty when it may go to the front door. */
    public List<Violation> refusals(LocalDate today) {
        List<Violation> out = new ArrayList<>();
        required(referrerName, NAME_MAX, "referrerName", "Enter your name", "Your name", out);
        required(referrerRole, NAME_MAX, "referrerRole", "Enter your role", "Your role", out);
        String phone = clean(referrerPhone);
        if (phone == null) {
            out.add(refusal("referrerPhone", "Enter a phone number the front door can call you on"));
        } else if (!Involvements.validPhone(phone)) {
            out.add(refusal("referrerPhone", "Enter a phone number, like 01632 960 001"));
        }
        String email = clean(referrerEmail);
        if (email == null) {
            out.add(refusal("referrerEmail", "Enter your email address"));
        } else if (email.length() > NAME_MAX || !Involvements.validEmail(email)) {
            out.add(refusal("referrerEmail", "Enter an email address in the right format, like name@example.org"));
        }
        required(childFirstName, NAME_MAX, "childFirstName", "Enter the child's first name", "The child's first name", out);
        required(childLastName, NAME_MAX, "childLastName", "Enter the child's last name", "The child's last name", out);
        if (childDob != null && childDob.isAfter(today)) {
            out.add(refusal("childDob", "The child's date of birth must be today or in the past"));
        } else if (childDob != null && childDob.isBefore(today.minusYears(25))) {
            out.add(refusal("childDob", "The child's date of birth must be within the last 25 years"));
        }
        String sex = clean(childSex);
        if (sex != null && !List.of("M", "F", "U").contains(sex)) {
            out.add(refusal("childSex", "Select the child's sex"));
        }
        optional(childPostcode, 10, "childPostcode", "The postcode", out);
        optional(childAddress, NAME_MAX * 2, "childAddress", "The address", out);
        String nhs = clean(childNhsNumber);
        if (nhs != null && !org.hearth.identity.NhsNumber.validate(nhs).valid()) {
            out.add(refusal("childNhsNumber", "Enter a valid NHS number (10 digits), or leave it out"));
        }
        optional(family, FAMILY_MAX, "family", "What you know of the family", out);
        required(concern, CONCERN_MAX, "concern", "Enter your concern about the child", "Your concern", out);
        String position = clean(consent);
        if (position == null || !CodeRules.list("REFERRAL_CONSENT", today).contains(position)) {
            out.add(refusal("consent", "Select whether the family consented to this referral"));
        } else if (!GIVEN.equals(position)) {
            String why = clean(consentReason);
            if (why == null) {
                out.add(refusal("consentReason", NOT_SOUGHT_RISK.equals(position)
                        ? "Say why asking the family for consent would put the child at risk"
                        : "Say why you are referring although the family refused consent"));
            } else if (why.length() > CONSENT_REASON_MAX) {
                out.add(refusal("consentReason", "Why must be " + CONSENT_REASON_MAX + " characters or fewer"));
            }
        }
        return out;
    }

    private static void required(String value, int max, String field, String missing, String what, List<Violation> out) {
        String v = clean(value);
        if (v == null) {
            out.add(refusal(field, missing));
        } else {
            optional(v, max, field, what, out);
        }
    }

    private static void optional(String value, int max, String field, String what, List<Violation> out) {
        String v = clean(value);
        if (v != null && v.length() > max) {
            out.add(refusal(field, what + " must be " + max + " characters or fewer"));
        } else if (v != null && !org.hearth.access.AccessSeam.isText(v)) {
            out.add(refusal(field, what + " has characters that are not text"));
        }
    }

    static Violation refusal(String field, String message) {
        return new Violation("partner-referral", null, KIND, null, field, message);
    }
}
