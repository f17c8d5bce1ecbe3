package org.hearth.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.earlyhelp.EarlyHelp;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.earlyhelp.EarlyHelpStage;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CodeRules;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The child in need episode opened by {@code referralId} closes on {@code date} for {@code reason} (RC1–RC9). A
 * child in need plan still open ends the same day; a child protection plan or a period of care still open then is
 * refused by {@link ReferralRules} (DfE 8565), in words. Closed with RC9 (case closed after assessment, referred to
 * early help) the child steps down to family help from the same day, without a new referral or contact — unless
 * family help is already open.
 */
public record CloseCinEpisode(UUID referralId, LocalDate date, String reason) implements JourneyCommand {
    private static final String KIND = ReferralStage.REFERRALS.name();

    @Override
    public List<String> parts() {
        // Closing the episode ends its child in need plan too ("cin-plans", the assessment stage's consequence).
        return STEP_DOWN.equals(reason == null ? null : reason.strip())
                ? List.of(KIND, "cin-plans", EarlyHelpStage.EARLY_HELP.name()) : List.of(KIND, "cin-plans");
    }

    /** The closure reason that steps the child down to family help. */
    public static final String STEP_DOWN = "RC9";

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Referral referral = referralId == null ? null : j.find(ReferralStage.REFERRALS, referralId).orElse(null);
        if (referral == null) {
            return Decision.refused(new Violation("referral-not-found", null, KIND, referralId, null,
                    "There is no such referral on this child's record"));
        }
        if (referral.closeDate() != null) {
            return Decision.refused(new Violation("episode-closed", null, KIND, referral.id(), null,
                    "This child in need episode was closed on " + Dates.uk(referral.closeDate())));
        }
        List<Violation> refusals = new ArrayList<>();
        if (date == null) {
            refusals.add(refusal(referral, "closeDate", null, "Enter the date the episode closed"));
        } else if (date.isAfter(context.today())) {
            refusals.add(refusal(referral, "closeDate", null, "The date the episode closed must be today or in the past"));
        } else if (referral.referralDate() != null && date.isBefore(referral.referralDate())) {
            refusals.add(refusal(referral, "closeDate", "8630", "The episode cannot close before the referral on "
                    + Dates.uk(referral.referralDate())));
        }
        LocalDate listDate = date == null || date.isAfter(context.today()) ? context.today() : date;
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            refusals.add(refusal(referral, "closeReason", "8640", "Select the reason the episode closed"));
        } else if (!CodeRules.list("CIN_CLOSURE_REASON", listDate).contains(why)) {
            refusals.add(refusal(referral, "closeReason", "8640", "Select the reason the episode closed from those used on "
                    + Dates.uk(listDate)));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        List<JourneyChange<?>> changes = new ArrayList<>();
        changes.add(JourneyChange.of(ReferralStage.REFERRALS, referral.closed(why, date)));
        if (STEP_DOWN.equals(why) && EarlyHelp.open(j).isEmpty()) {
            changes.add(JourneyChange.of(EarlyHelpStage.EARLY_HELP, new EarlyHelpEpisode(null, j.child().id(), date,
                    null, EarlyHelpEpisode.STEPPED_DOWN, null, null, null)));
        }
        // An open child in need plan ends with its episode: the assessment stage's consequence of this change
        // (AssessmentStage.consequences), so the front door need not know its records.
        return Decision.of(changes);
    }

    private static Violation refusal(Referral r, String field, String dfeCode, String message) {
        return new Violation("close-cin-episode", dfeCode, KIND, r.id(), field, message);
    }
}
