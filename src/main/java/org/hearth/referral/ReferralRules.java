package org.hearth.referral;

import static org.hearth.journey.Dates.uk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.Violation;
import org.hearth.assessment.AssessmentStage;
import org.hearth.care.CareStage;
import org.hearth.protection.ProtectionStage;

/** Referrals: a closure has a reason and the reason a date; statutory work follows its referral. */
public final class ReferralRules {
    private ReferralRules() {}

    public static List<Violation> check(ChildJourney journey) {
        List<Violation> out = new ArrayList<>();
        for (Referral r : journey.all(ReferralStage.REFERRALS)) {
            if ((r.closeDate() == null) != (r.closeReason() == null || r.closeReason().isBlank())) {
                out.add(new Violation("closure-needs-date-and-reason", r.closeDate() == null ? "8810" : "8805",
                        ReferralStage.REFERRALS.name(), r.id(), r.closeDate() == null ? "closeDate" : "closeReason",
                        "Closing a child in need episode needs both the closure date and the reason"));
            }
            if (r.closeDate() != null) {
                closedWhileOpen(journey, r, out);
            }
            if (r.referralDate() != null && r.referralDecisionDate() != null
                    && r.referralDecisionDate().isBefore(r.referralDate())) {
                out.add(new Violation("decision-not-before-referral", null, ReferralStage.REFERRALS.name(), r.id(),
                        "referralDecisionDate", "The decision on " + uk(r.referralDecisionDate())
                        + " cannot be before the referral was received on " + uk(r.referralDate())));
            }
        }
        closedAfterAssessment(journey, out);
        return out;
    }

    /** Closure reasons saying the case closed after assessment (RC8 no further action, RC9 referred to early help). */
    private static final java.util.Map<String, String> CLOSED_AFTER_ASSESSMENT = java.util.Map.of(
            "RC8", "closed after assessment, no further action",
            "RC9", "closed after assessment, referred to early help");

    /**
     * DfE CIN rule 2990: an episode closed after assessment (RC8, RC9) has no CIN plan, section 47 enquiry, initial
     * conference or CP plan. Work belongs to the episode it names, or, naming none, to the episode it falls inside
     * (referral date to closure), as the census counts it. The work is at fault, so adding it to such an episode is
     * refused, and so is closing an episode that has it as RC8 or RC9.
     */
    static void closedAfterAssessment(ChildJourney journey, List<Violation> out) {
        for (Referral r : journey.all(ReferralStage.REFERRALS)) {
            String reason = r.closeReason() == null ? null : CLOSED_AFTER_ASSESSMENT.get(r.closeReason().trim());
            if (reason == null || r.closeDate() == null || r.referralDate() == null) {
                continue;
            }
            for (org.hearth.assessment.CinPlan p : journey.all(AssessmentStage.CIN_PLANS)) {
                afterAssessment(r, reason, AssessmentStage.CIN_PLANS, p.id(), p.referralId(), p.cinPlanStartDate(), out);
            }
            for (org.hearth.protection.S47Enquiry s : journey.all(ProtectionStage.S47_ENQUIRIES)) {
                afterAssessment(r, reason, ProtectionStage.S47_ENQUIRIES, s.id(), s.referralId(), s.s47StartDate(), out);
            }
            for (org.hearth.protection.InitialConference c : journey.all(ProtectionStage.INITIAL_CONFERENCES)) {
                afterAssessment(r, reason, ProtectionStage.INITIAL_CONFERENCES, c.id(), c.referralId(), c.icpcDate(), out);
            }
            for (org.hearth.protection.CpPlan p : journey.all(ProtectionStage.CP_PLANS)) {
                afterAssessment(r, reason, ProtectionStage.CP_PLANS, p.id(), p.referralId(), p.cpPlanStartDate(), out);
            }
        }
    }

    private static void afterAssessment(Referral r, String reason, EpisodeKind<?> kind, UUID id, UUID referralId,
                                        LocalDate start, List<Violation> out) {
        boolean belongs = referralId != null ? referralId.equals(r.id())
                : start != null && !start.isBefore(r.referralDate()) && !start.isAfter(r.closeDate());
        if (belongs) {
            out.add(new Violation("no-work-after-closed-after-assessment", "2990", kind.name(), id, "referralId",
                    kind.label() + (start == null ? "" : " on " + uk(start)) + " cannot be part of the child in need episode from the referral on "
                            + uk(r.referralDate()) + ", which was " + reason + " (" + r.closeReason().trim()
                            + ") on " + uk(r.closeDate()) + ". Record it under a new referral, or change the reason for closure"));
        }
    }

    /**
     * A child in need episode cannot close while a child protection plan (DfE 8565: activity after closure) or a
     * period of being looked after that began by then is still open after the closure date.
     */
    private static void closedWhileOpen(ChildJourney journey, Referral r, List<Violation> out) {
        LocalDate closed = r.closeDate();
        journey.all(ProtectionStage.CP_PLANS).stream()
                .filter(p -> p.cpPlanStartDate() != null && !p.cpPlanStartDate().isAfter(closed)
                        && (p.cpPlanEndDate() == null || p.cpPlanEndDate().isAfter(closed)))
                .findFirst().ifPresent(p -> out.add(new Violation("closure-with-cp-plan-open", "8565",
                        ReferralStage.REFERRALS.name(), r.id(), "closeDate", "The child in need episode cannot close on "
                        + uk(closed) + " while the child protection plan from " + uk(p.cpPlanStartDate())
                        + " is open; end the plan first")));
        journey.all(CareStage.CARE_PERIODS).stream()
                .filter(p -> p.periodStartDate() != null && !p.periodStartDate().isAfter(closed)
                        && (p.periodEndDate() == null || p.periodEndDate().isAfter(closed)))
                .findFirst().ifPresent(p -> out.add(new Violation("closure-while-looked-after", null,
                        ReferralStage.REFERRALS.name(), r.id(), "closeDate", "The child in need episode cannot close on "
                        + uk(closed) + " while the child is looked after (since " + uk(p.periodStartDate())
                        + "); record ceasing to be looked after first")));
    }

    /**
     * Statutory work (assessment, s47, conference, plan) cannot start before the referral it belongs to. When no
     * referral is named, it belongs to the latest referral on or before it, and there must be one.
     */
    public static void notBeforeReferral(ChildJourney journey, EpisodeKind<?> kind, UUID recordId, UUID referralId,
                                         LocalDate start, String field, String dfeCode, List<Violation> out) {
        if (start == null) {
            return; // reported by start-date-required
        }
        Optional<Referral> referral = referralId == null ? Optional.empty() : journey.find(ReferralStage.REFERRALS, referralId);
        if (referralId != null && referral.isEmpty()) {
            out.add(new Violation("needs-referral", null, kind.name(), recordId, "referralId",
                    "The " + kind.label().toLowerCase() + " refers to a referral that is not on this child's record"));
            return;
        }
        if (referral.isPresent() && referral.get().referralDate() != null
                && start.isBefore(referral.get().referralDate())) {
            out.add(new Violation("not-before-referral", dfeCode, kind.name(), recordId, field,
                    kind.label() + " on " + uk(start) + " cannot be before the referral on "
                            + uk(referral.get().referralDate())));
        }
        if (referralId == null && journey.all(ReferralStage.REFERRALS).stream()
                .noneMatch(r -> r.referralDate() != null && !r.referralDate().isAfter(start))) {
            out.add(new Violation("not-before-referral", dfeCode, kind.name(), recordId, field,
                    kind.label() + " on " + uk(start) + " needs a referral on or before that day; record the referral first"));
        }
    }
}
