package org.hearth.referral;

import static org.hearth.platform.web.FormAnswers.code;
import static org.hearth.platform.web.FormAnswers.choice;
import static org.hearth.platform.web.FormAnswers.pastDate;
import static org.hearth.platform.web.FormAnswers.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.platform.web.FormErrors;
import org.hearth.earlyhelp.EarlyHelpStage;

/**
 * A contact and the decision on it, read from the form in plain Java: no further action, family help (which starts a
 * family help episode unless one is open), or a referral to children's social care (which opens the referral, the
 * CIN episode, from the contact's date and source: never asked twice).
 */
public final class ContactForm {
    public static final String NFA = "NFA";
    public static final String EARLY_HELP = "EARLY_HELP";
    public static final String REFERRAL = "REFERRAL";
    public static final Map<String, String> DECISIONS = new LinkedHashMap<>();
    static {
        DECISIONS.put(NFA, "No further action");
        DECISIONS.put(EARLY_HELP, "Family help (early help)");
        DECISIONS.put(REFERRAL, "Referral to children's social care");
    }
    static final int REASON_MAX = 2_000;

    private ContactForm() {}

    /** The changes the form asks for, or the problems with it (then no changes). */
    public record Read(List<JourneyChange<?>> changes, FormErrors errors) {}

    /** The record field each question holds: a refusal by a journey rule is shown at its question. */
    public static String question(String recordField) {
        if (recordField == null) return null;
        return switch (recordField) {
            case "contactDate", "referralDate", "startDate" -> "contactDate";
            case "decisionDate", "referralDecisionDate" -> "decisionDate";
            case "contactSourceCode", "referralSourceCode" -> "source";
            case "cinPrimaryNeedCode" -> "primaryNeed";
            default -> null;
        };
    }

    public static Read read(ChildJourney j, Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        UUID childId = j.child().id();
        LocalDate contactDate = pastDate(form, "contactDate", "the date of the contact", today, errors, null);
        LocalDate listDate = contactDate == null ? today : contactDate;
        String source = code(form, "source", "REFERRAL_SOURCE", listDate, "Select who made the contact", null, errors);
        String reason = text(form, "reason");
        if (reason == null) {
            errors.add("reason", "Enter the reason for the contact", null);
        } else if (reason.length() > REASON_MAX) {
            errors.add("reason", "The reason for the contact must be " + REASON_MAX + " characters or fewer", null);
        }
        String decision = choice(form, "decision", DECISIONS, "Select the decision on the contact", errors);
        LocalDate decided = pastDate(form, "decisionDate", "the date of the decision", today, errors, null);
        if (decided != null && contactDate != null && decided.isBefore(contactDate)) {
            errors.add("decisionDate", "The date of the decision must be on or after the contact on "
                    + Dates.uk(contactDate), null);
        }
        String need = null;
        boolean nfa = "yes".equals(form.get("referralNfa"));
        if (REFERRAL.equals(decision)) {
            need = code(form, "primaryNeed", "PRIMARY_NEED", listDate, "Select the child's primary need", null, errors);
        }
        if (!errors.isEmpty()) {
            return new Read(List.of(), errors);
        }
        List<JourneyChange<?>> changes = new ArrayList<>();
        changes.add(JourneyChange.of(ReferralStage.CONTACTS,
                new Contact(null, childId, contactDate, source, decision, decided, reason)));
        if (REFERRAL.equals(decision)) {
            changes.add(JourneyChange.of(ReferralStage.REFERRALS, new Referral(null, childId, null, contactDate, source, need,
                    decided, nfa, null, null)));
        } else if (EARLY_HELP.equals(decision) && j.all(EarlyHelpStage.EARLY_HELP).stream()
                .noneMatch(e -> e.episodeEndDate() == null)) {
            changes.add(JourneyChange.of(EarlyHelpStage.EARLY_HELP, new EarlyHelpEpisode(null, childId, decided, null,
                    shortReason(reason), null, null, null)));
        }
        return new Read(changes, errors);
    }

    /** A family help episode's reason is a short line: the contact's first line, cut at 120 characters. */
    static String shortReason(String reason) {
        String first = reason.lines().findFirst().orElse(reason).strip();
        return first.length() <= 120 ? first : first.substring(0, 117) + "...";
    }
}
