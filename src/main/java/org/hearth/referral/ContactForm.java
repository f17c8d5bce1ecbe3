package org.hearth.referral;

import static org.hearth.platform.web.FormAnswers.code;
import static org.hearth.platform.web.FormAnswers.choice;
import static org.hearth.platform.web.FormAnswers.pastDate;
import static org.hearth.platform.web.FormAnswers.text;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.platform.web.FormErrors;

/**
 * The contact form, read into the {@link RecordContact} command: the page asks for the contact, who made it, why, and
 * the decision; the command decides what opens (a referral, family help). What the record knows is not asked.
 */
public final class ContactForm {
    public static final String NFA = RecordContact.NFA;
    public static final String EARLY_HELP = RecordContact.EARLY_HELP;
    public static final String REFERRAL = RecordContact.REFERRAL;
    public static final Map<String, String> DECISIONS = RecordContact.DECISIONS;
    public static final String AWAITING = RecordContact.AWAITING;
    /** The answers the contact form offers: the decisions, or none yet (the contact joins the front door's queue). */
    public static final Map<String, String> ANSWERS = new java.util.LinkedHashMap<>(DECISIONS);
    static {
        ANSWERS.put(AWAITING, "Not decided yet: send to the front door's queue");
    }
    static final int REASON_MAX = RecordContact.REASON_MAX;

    private ContactForm() {}

    /** The command the answers make, or the answers' own errors (then no command). */
    public record Read(RecordContact command, FormErrors errors) {}

    /** The record field each question holds: a refusal by the command or a journey rule is shown at its question. */
    public static String question(String recordField) {
        if (recordField == null) return null;
        return switch (recordField) {
            case "contactDate", "referralDate", "startDate", "episodeStartDate" -> "contactDate";
            case "decisionDate", "referralDecisionDate" -> "decisionDate";
            case "contactSourceCode", "referralSourceCode" -> "source";
            case "cinPrimaryNeedCode" -> "primaryNeed";
            case "contactReason", "episodeReason" -> "reason";
            case "contactOutcome" -> "decision";
            case "familyHelp" -> "familyHelp";
            case "decisionReasons" -> "decisionReasons";
            default -> null;
        };
    }

    /** The decision form on a contact waiting in the queue, read into {@link DecideContact}. */
    public record Decided(DecideContact command, FormErrors errors) {}

    public static Decided readDecision(Contact contact, Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        String decision = choice(form, "decision", DECISIONS, "Select the decision on the contact", errors);
        LocalDate decided = pastDate(form, "decisionDate", "the date of the decision", today, errors, null);
        if (decided != null && decided.isBefore(contact.contactDate())) {
            errors.add("decisionDate", "The date of the decision must be on or after the contact on "
                    + Dates.uk(contact.contactDate()), null);
        }
        String need = null;
        if (REFERRAL.equals(decision)) {
            need = code(form, "primaryNeed", "PRIMARY_NEED", contact.contactDate(), "Select the child's primary need",
                    null, errors);
        }
        if (!errors.isEmpty()) {
            return new Decided(null, errors);
        }
        String reasons = text(form, "decisionReasons");
        if (reasons != null && reasons.length() > DecideContact.REASONS_MAX) {
            errors.add("decisionReasons", "The reasons for the decision must be " + DecideContact.REASONS_MAX
                    + " characters or fewer", null);
            return new Decided(null, errors);
        }
        return new Decided(new DecideContact(contact.id(), decision, decided, need, "yes".equals(form.get("referralNfa")),
                blankToNull(form.get("familyHelp")), reasons),
                errors);
    }

    public static Read read(ChildJourney j, Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        LocalDate contactDate = pastDate(form, "contactDate", "the date of the contact", today, errors, null);
        LocalDate listDate = contactDate == null ? today : contactDate;
        String source = code(form, "source", "REFERRAL_SOURCE", listDate, "Select who made the contact", null, errors);
        String reason = text(form, "reason");
        if (reason == null) {
            errors.add("reason", "Enter the reason for the contact", null);
        } else if (reason.length() > REASON_MAX) {
            errors.add("reason", "The reason for the contact must be " + REASON_MAX + " characters or fewer", null);
        }
        String decision = choice(form, "decision", ANSWERS, "Select the decision on the contact", errors);
        if (AWAITING.equals(decision)) {
            if (!errors.isEmpty()) {
                return new Read(null, errors);
            }
            return new Read(new RecordContact(contactDate, source, reason, AWAITING, null, null, null), errors);
        }
        LocalDate decided = pastDate(form, "decisionDate", "the date of the decision", today, errors, null);
        if (decided != null && contactDate != null && decided.isBefore(contactDate)) {
            errors.add("decisionDate", "The date of the decision must be on or after the contact on "
                    + Dates.uk(contactDate), null);
        }
        String need = null;
        if (REFERRAL.equals(decision)) {
            need = code(form, "primaryNeed", "PRIMARY_NEED", listDate, "Select the child's primary need", null, errors);
        }
        String familyHelp = null;
        if (REFERRAL.equals(decision) && org.hearth.earlyhelp.EarlyHelp.open(j).isPresent()) {
            familyHelp = choice(form, "familyHelp", RecordContact.FAMILY_HELP_CHOICES,
                    "Select whether family help ends or continues alongside the referral", errors);
        }
        if (!errors.isEmpty()) {
            return new Read(null, errors);
        }
        return new Read(new RecordContact(contactDate, source, reason, decision, decided, need,
                "yes".equals(form.get("referralNfa")), familyHelp), errors);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
