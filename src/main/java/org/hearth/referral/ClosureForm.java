package org.hearth.referral;

import static org.hearth.platform.web.FormAnswers.code;
import static org.hearth.platform.web.FormAnswers.pastDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.assessment.CinPlan;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.platform.web.FormErrors;
import org.hearth.assessment.AssessmentStage;

/**
 * Closing a child in need episode, read in plain Java: the closure date and the DfE reason (RC1–RC9). A child in need
 * plan still open ends the same day (not asked again); a child protection plan or a period of care still open on that
 * day is refused by the journey rules, with the reason in words.
 */
public final class ClosureForm {
    private ClosureForm() {}

    public record Read(List<JourneyChange<?>> changes, FormErrors errors) {}

    public static String question(String recordField) {
        if (recordField == null) return null;
        return switch (recordField) {
            case "closeReason" -> "reason";
            case "closeDate", "endDate", "cinPlanEndDate" -> "date";
            default -> null;
        };
    }

    public static Read read(ChildJourney j, Referral referral, Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        if (referral.closeDate() != null) {
            errors.add(null, "This child in need episode was closed on " + Dates.uk(referral.closeDate()), null);
            return new Read(List.of(), errors);
        }
        LocalDate date = pastDate(form, "date", "the date the episode closed", today, errors, null);
        if (date != null && date.isBefore(referral.referralDate())) {
            errors.add("date", "The episode cannot close before the referral on " + Dates.uk(referral.referralDate()),
                    "8630");
        }
        String reason = code(form, "reason", "CIN_CLOSURE_REASON", date == null ? today : date,
                "Select the reason the episode closed", "8640", errors);
        if (!errors.isEmpty()) {
            return new Read(List.of(), errors);
        }
        List<JourneyChange<?>> changes = new ArrayList<>();
        changes.add(JourneyChange.of(ReferralStage.REFERRALS, referral.closed(reason, date)));
        for (CinPlan plan : j.all(AssessmentStage.CIN_PLANS)) {
            if (plan.cinPlanEndDate() == null && plan.cinPlanStartDate() != null
                    && !plan.cinPlanStartDate().isAfter(date)) {
                changes.add(JourneyChange.of(AssessmentStage.CIN_PLANS, new CinPlan(plan.id(), plan.personId(), plan.referralId(),
                        plan.cinPlanStartDate(), date)));
            }
        }
        return new Read(changes, errors);
    }
}
