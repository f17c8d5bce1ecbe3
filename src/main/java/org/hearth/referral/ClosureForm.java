package org.hearth.referral;

import static org.hearth.platform.web.FormAnswers.code;
import static org.hearth.platform.web.FormAnswers.pastDate;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.journey.Dates;
import org.hearth.platform.web.FormErrors;

/**
 * The closure form, read into the {@link CloseCinEpisode} command: the closure date and the DfE reason (RC1–RC9). A
 * child in need plan still open ends the same day (not asked again); a child protection plan or a period of care
 * still open on that day is refused, with the reason in words.
 */
public final class ClosureForm {
    private ClosureForm() {}

    /** The command the answers make, or the answers' own errors (then no command). */
    public record Read(CloseCinEpisode command, FormErrors errors) {}

    public static String question(String recordField) {
        if (recordField == null) return null;
        return switch (recordField) {
            case "closeReason" -> "reason";
            case "closeDate", "endDate", "cinPlanEndDate" -> "date";
            default -> null;
        };
    }

    public static Read read(Referral referral, Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        if (referral.closeDate() != null) {
            errors.add(null, "This child in need episode was closed on " + Dates.uk(referral.closeDate()), null);
            return new Read(null, errors);
        }
        LocalDate date = pastDate(form, "date", "the date the episode closed", today, errors, null);
        if (date != null && date.isBefore(referral.referralDate())) {
            errors.add("date", "The episode cannot close before the referral on " + Dates.uk(referral.referralDate()),
                    "8630");
        }
        String reason = code(form, "reason", "CIN_CLOSURE_REASON", date == null ? today : date,
                "Select the reason the episode closed", "8640", errors);
        if (!errors.isEmpty()) {
            return new Read(null, errors);
        }
        return new Read(new CloseCinEpisode(referral.id(), date, reason), errors);
    }
}
