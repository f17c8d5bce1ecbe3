package org.hearth.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.referral.Referral;
import org.hearth.referral.Referrals;

/**
 * A child in need plan starts on {@code date} under the open referral. Refused with no open child in need episode,
 * for a referral closed with no further action (DfE 4000), while another CIN plan is open (4004) and while a child
 * protection plan is open (4001: the CP plan is the plan).
 */
public record StartCinPlan(LocalDate date) implements JourneyCommand {
    static final String KIND = AssessmentStage.CIN_PLANS.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Referral referral = Referrals.open(j).orElse(null);
        if (referral == null) {
            return Decision.refused(refusal(null, null,
                    "The child has no open child in need episode. Record a contact and referral first"));
        }
        if (referral.nfa()) {
            return Decision.refused(refusal(null, "4000", "The referral of " + Dates.uk(referral.referralDate())
                    + " was closed with no further action, so it cannot have a child in need plan"));
        }
        List<Violation> refusals = new ArrayList<>();
        Assessments.openCinPlan(j).ifPresent(p -> refusals.add(refusal(null, "4004", "The child in need plan started on "
                + Dates.uk(p.cinPlanStartDate()) + " is still open. End it before starting another")));
        LocalDate day = date == null || date.isAfter(context.today()) ? context.today() : date;
        openCpPlan(j, day).ifPresent(p -> refusals.add(refusal("cinPlanStartDate", "4001",
                "A child in need plan cannot start while the child protection plan from " + Dates.uk(p.startDate())
                        + " is open: the child protection plan is the child's plan")));
        if (date == null) {
            refusals.add(refusal("cinPlanStartDate", "4010", "Enter the date the plan started"));
        } else if (date.isAfter(context.today())) {
            refusals.add(refusal("cinPlanStartDate", null, "The date the plan started must be today or in the past"));
        } else if (referral.referralDate() != null && date.isBefore(referral.referralDate())) {
            refusals.add(refusal("cinPlanStartDate", "4015", "The plan cannot start before the referral on "
                    + Dates.uk(referral.referralDate())));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(AssessmentStage.CIN_PLANS,
                new CinPlan(null, j.child().id(), referral.id(), date, null)));
    }

    /** A child protection plan open on {@code day}: protection's "cp-plans", asked by name (it comes later). */
    static java.util.Optional<org.hearth.journey.JourneyRecord> openCpPlan(ChildJourney j, LocalDate day) {
        return j.openOn("cp-plans", day);
    }

    static Violation refusal(String field, String dfeCode, String message) {
        return new Violation("cin-plan", dfeCode, KIND, null, field, message);
    }
}
