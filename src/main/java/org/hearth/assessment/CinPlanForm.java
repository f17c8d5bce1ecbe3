package org.hearth.assessment;

import static org.hearth.platform.web.FormAnswers.pastDate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.platform.web.FormErrors;
import org.hearth.referral.Referral;
import org.hearth.referral.ReferralStage;

/**
 * Starting and ending a child in need plan, read in plain Java. A plan belongs to the open referral (never asked);
 * a plan that would run alongside a child protection plan is refused by the journey rules (DfE 4001), and the form
 * shows why.
 */
public final class CinPlanForm {
    private CinPlanForm() {}

    public record Read(List<JourneyChange<?>> changes, FormErrors errors) {}

    /** Every record field these forms ask about is a date: a refusal goes to the date question. */
    public static String question(String recordField) {
        return recordField == null ? null : "date";
    }

    /** The CIN episode open now (the latest referral not closed), if any. */
    public static Optional<Referral> openReferral(ChildJourney j) {
        return j.all(ReferralStage.REFERRALS).stream().filter(r -> r.closeDate() == null && r.referralDate() != null)
                .max(Comparator.comparing(Referral::referralDate));
    }

    public static Optional<CinPlan> openPlan(ChildJourney j) {
        return j.all(AssessmentStage.CIN_PLANS).stream().filter(p -> p.cinPlanEndDate() == null).findFirst();
    }

    public static Read start(ChildJourney j, Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        Optional<Referral> referral = openReferral(j);
        if (referral.isEmpty()) {
            errors.add(null, "The child has no open child in need episode. Record a contact and referral first", null);
            return new Read(List.of(), errors);
        }
        if (referral.get().nfa()) {
            errors.add(null, "The referral of " + Dates.uk(referral.get().referralDate())
                    + " was closed with no further action, so it cannot have a child in need plan", "4000");
            return new Read(List.of(), errors);
        }
        openPlan(j).ifPresent(p -> errors.add(null, "The child in need plan started on "
                + Dates.uk(p.cinPlanStartDate()) + " is still open. End it before starting another", "4004"));
        LocalDate date = pastDate(form, "date", "the date the plan started", today, errors, "4010");
        if (date != null && date.isBefore(referral.get().referralDate())) {
            errors.add("date", "The plan cannot start before the referral on " + Dates.uk(referral.get().referralDate()),
                    "4015");
        }
        if (!errors.isEmpty()) {
            return new Read(List.of(), errors);
        }
        return new Read(List.of(JourneyChange.of(AssessmentStage.CIN_PLANS,
                new CinPlan(null, j.child().id(), referral.get().id(), date, null))), errors);
    }

    public static Read end(ChildJourney j, CinPlan plan, Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        if (plan.cinPlanEndDate() != null) {
            errors.add(null, "This child in need plan ended on " + Dates.uk(plan.cinPlanEndDate()), null);
            return new Read(List.of(), errors);
        }
        LocalDate date = pastDate(form, "date", "the date the plan ended", today, errors, null);
        if (date != null && date.isBefore(plan.cinPlanStartDate())) {
            errors.add("date", "The plan cannot end before it started on " + Dates.uk(plan.cinPlanStartDate()), "4011");
        }
        if (!errors.isEmpty()) {
            return new Read(List.of(), errors);
        }
        return new Read(List.of(JourneyChange.of(AssessmentStage.CIN_PLANS, new CinPlan(plan.id(), plan.personId(),
                plan.referralId(), plan.cinPlanStartDate(), date))), errors);
    }
}
