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
            if (r.referralDate() != null && r.referralDecisionDate() != null
                    && r.referralDecisionDate().isBefore(r.referralDate())) {
                out.add(new Violation("decision-not-before-referral", null, ReferralStage.REFERRALS.name(), r.id(),
                        "referralDecisionDate", "The decision on " + uk(r.referralDecisionDate())
                        + " cannot be before the referral was received on " + uk(r.referralDate())));
            }
        }
        // Rule 2990 (no work after an episode closed after assessment) and 8565 (no closure while a plan or care is
        // open) are about later stages' records: each later stage applies them to its own kinds, through
        // closedAfterAssessment and closedWhileOpen, so the front door depends on no later stage.
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
    public static <T extends Record & org.hearth.journey.JourneyRecord> void closedAfterAssessment(
            ChildJourney journey, EpisodeKind<T> kind, java.util.function.Function<T, UUID> referralOf,
            List<Violation> out) {
        for (Referral r : journey.all(ReferralStage.REFERRALS)) {
            String reason = r.closeReason() == null ? null : CLOSED_AFTER_ASSESSMENT.get(r.closeReason().trim());
            if (reason == null || r.closeDate() == null || r.referralDate() == null) {
                continue;
            }
            for (T work : journey.all(kind)) {
                afterAssessment(r, reason, kind, work.id(), referralOf.apply(work), work.startDate(), out);
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
    public static <T extends Record & org.hearth.journey.JourneyRecord> void closedWhileOpen(ChildJourney journey,
            EpisodeKind<T> kind, String rule, String dfeCode, java.util.function.Function<T, String> what,
            List<Violation> out) {
        for (Referral r : journey.all(ReferralStage.REFERRALS)) {
            LocalDate closed = r.closeDate();
            if (closed == null) {
                continue;
            }
            journey.all(kind).stream()
                    .filter(p -> p.startDate() != null && !p.startDate().isAfter(closed)
                            && (p.endDate() == null || p.endDate().isAfter(closed)))
                    .findFirst().ifPresent(p -> out.add(new Violation(rule, dfeCode, ReferralStage.REFERRALS.name(),
                            r.id(), "closeDate", "The child in need episode cannot close on " + uk(closed) + " while "
                            + what.apply(p))));
        }
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
