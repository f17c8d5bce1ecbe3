package org.hearth.clocks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hearth.assessment.Assessment;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareReview;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.leaving.CareLeaverContact;
import org.hearth.protection.CpPlan;
import org.hearth.protection.CpReview;
import org.hearth.protection.InitialConference;
import org.hearth.protection.S47Enquiry;
import org.hearth.protection.StrategyDiscussion;
import org.hearth.referral.Referral;
import org.hearth.visits.Visit;
import org.hearth.assessment.AssessmentStage;
import org.hearth.care.CareStage;
import org.hearth.leaving.LeavingCareStage;
import org.hearth.protection.ProtectionStage;
import org.hearth.referral.ReferralStage;
import org.hearth.visits.VisitsStage;

/**
 * Derives a child's statutory clocks from the journey: each timescale in the table started by an event on the
 * record and stopped by the event that meets it. Nothing is stored, so a corrected date corrects the clock.
 */
public final class JourneyClocks {
    private final TimescaleRules rules;
    private final WorkingDayCalendar calendar;

    public JourneyClocks(TimescaleRules rules, WorkingDayCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    public static JourneyClocks standard() {
        return new JourneyClocks(TimescaleRules.standard(), WorkingDayCalendar.england());
    }

    public List<StatutoryClock> derive(ChildJourney journey, LocalDate today) {
        List<StatutoryClock> out = new ArrayList<>();
        referrals(journey, out);
        protection(journey, out);
        care(journey, today, out);
        visits(journey, out);
        cinPlans(journey, out);
        leaving(journey, today, out);
        out.removeIf(java.util.Objects::isNull);
        out.sort(Comparator.comparing(StatutoryClock::dueOn));
        return out;
    }

    /** The clocks still running, soonest due first: what a caseload shows. */
    public List<StatutoryClock> open(ChildJourney journey, LocalDate today) {
        return derive(journey, today).stream().filter(StatutoryClock::isOpen).toList();
    }

    /**
     * A clock, or null when history imported from another system is inconsistent (no start, or done before it
     * started): the journey rules already report such a record, and one bad record must not hide every other clock.
     */
    private StatutoryClock clock(String ruleId, String subject, LocalDate start, LocalDate done) {
        if (start == null || (done != null && done.isBefore(start))) {
            return null;
        }
        StatutoryClock c = StatutoryClock.start(rules.rule(ruleId), subject, start, calendar);
        return done == null ? c : c.completed(done);
    }

    private void referrals(ChildJourney j, List<StatutoryClock> out) {
        List<Assessment> assessments = j.all(AssessmentStage.ASSESSMENTS);
        List<Referral> referrals = j.all(ReferralStage.REFERRALS);
        for (Referral r : referrals) {
            LocalDate decided = r.referralDecisionDate() != null ? r.referralDecisionDate()
                    : r.nfa() ? r.referralDate() : assessments.stream().filter(a -> belongsTo(a, r, referrals))
                    .map(Assessment::assessmentStartDate).min(LocalDate::compareTo).orElse(null);
            out.add(clock("REFERRAL_DECISION", "Decision on referral of " + Dates.uk(r.referralDate()), r.referralDate(),
                    decided != null ? decided : r.closeDate()));
            if (r.nfa()) {
                continue;
            }
            Optional<Assessment> assessment = assessments.stream().filter(a -> belongsTo(a, r, referrals)).findFirst();
            if (assessment.isPresent() || r.closeDate() == null) {
                LocalDate done = assessment.map(Assessment::assessmentAuthDate).orElse(null);
                // A referral closed without an authorised assessment stops its clock on closure.
                out.add(clock("ASSESSMENT", "Assessment for referral of " + Dates.uk(r.referralDate()), r.referralDate(),
                        done != null ? done : r.closeDate()));
            }
        }
    }

    /**
     * An assessment belongs to the referral it names or, naming none, to the latest referral on or before its start:
     * the same reading as {@link org.hearth.referral.ReferralRules#notBeforeReferral}.
     */
    private static boolean belongsTo(Assessment a, Referral r, List<Referral> referrals) {
        if (a.referralId() != null) {
            return r.id().equals(a.referralId());
        }
        LocalDate start = a.assessmentStartDate();
        return start != null && referrals.stream().filter(x -> !x.referralDate().isAfter(start))
                .max(Comparator.comparing(Referral::referralDate)).filter(latest -> latest.id().equals(r.id())).isPresent();
    }

    private void protection(ChildJourney j, List<StatutoryClock> out) {
        List<InitialConference> icpcs = j.all(ProtectionStage.INITIAL_CONFERENCES);
        for (S47Enquiry s47 : j.all(ProtectionStage.S47_ENQUIRIES)) {
            if (Boolean.FALSE.equals(s47.icpcRequired())) {
                continue;
            }
            LocalDate from = s47.strategyDiscussionId() == null ? s47.s47StartDate()
                    : j.find(ProtectionStage.STRATEGY_DISCUSSIONS, s47.strategyDiscussionId())
                    .map(StrategyDiscussion::discussionDate).orElse(s47.s47StartDate());
            LocalDate held = icpcs.stream().filter(c -> s47.id().equals(c.s47EnquiryId()))
                    .map(InitialConference::icpcDate).findFirst().orElse(null);
            if (held == null && s47.s47EndDate() != null && !Boolean.TRUE.equals(s47.icpcRequired())) {
                continue;
            }
            out.add(clock("ICPC", "Initial conference after strategy discussion of " + Dates.uk(from), from, held));
        }
        List<CpReview> reviews = j.all(ProtectionStage.CP_REVIEWS);
        for (CpPlan plan : j.all(ProtectionStage.CP_PLANS)) {
            List<CpReview> own = reviews.stream().filter(r -> plan.id().equals(r.cpPlanId())).toList();
            LocalDate previous = plan.cpPlanStartDate();
            String rule = "CP_REVIEW_FIRST";
            for (CpReview review : own) {
                out.add(clock(rule, "Child protection review", previous, review.cpReviewDate()));
                previous = review.cpReviewDate();
                rule = "CP_REVIEW_NEXT";
            }
            if (plan.cpPlanEndDate() == null) {
                out.add(clock(rule, "Child protection review", previous, null));
            }
        }
    }

    private void care(ChildJourney j, LocalDate today, List<StatutoryClock> out) {
        List<CareReview> reviews = j.all(CareStage.CARE_REVIEWS).stream()
                .filter(r -> !Boolean.TRUE.equals(r.claReviewCancelled())).toList();
        for (CarePeriod period : j.all(CareStage.CARE_PERIODS)) {
            List<CareReview> own = reviews.stream().filter(r -> period.covers(r.claReviewDate())).toList();
            LocalDate previous = period.periodStartDate();
            String[] sequence = {"CLA_REVIEW_FIRST", "CLA_REVIEW_SECOND", "CLA_REVIEW_NEXT"};
            int i = 0;
            for (CareReview review : own) {
                out.add(clock(sequence[Math.min(i, 2)], "Looked-after review", previous, review.claReviewDate()));
                previous = review.claReviewDate();
                i++;
            }
            if (period.periodEndDate() == null) {
                out.add(clock(sequence[Math.min(i, 2)], "Looked-after review", previous, null));
            }
        }
    }

    /** Statutory visits: from the plan's start (or the last visit) to the next visit in which the child was seen. */
    private void visits(ChildJourney j, List<StatutoryClock> out) {
        List<Visit> seen = j.all(VisitsStage.VISITS).stream().filter(v -> Boolean.TRUE.equals(v.visitSeen())).toList();
        java.util.Optional.ofNullable(org.hearth.protection.ChildProtection.openPlan(j)).ifPresent(plan ->
                out.add(nextVisit("CP_VISIT", "CP", plan.cpPlanStartDate(), seen)));
        j.all(AssessmentStage.CIN_PLANS).stream().filter(p -> p.cinPlanEndDate() == null).findFirst().ifPresent(plan ->
                out.add(nextVisit("CIN_VISIT", "CIN", plan.cinPlanStartDate(), seen)));
        java.util.Optional.ofNullable(org.hearth.care.LookedAfter.currentPlacement(j)).ifPresent(placement -> {
            LocalDate last = lastVisit(seen, "CLA", placement.claPlacementStartDate());
            out.add(last == null ? clock("CLA_VISIT_FIRST", "First visit in placement", placement.claPlacementStartDate(), null)
                    : clock("CLA_VISIT_NEXT", "Visit to looked-after child", last, null));
        });
    }

    /**
     * A child in need plan is reviewed from its start, then from each review, while it is open; a year after it ends
     * the worker is asked whether the child is better off (the clock stops when the answer is recorded).
     */
    private void cinPlans(ChildJourney j, List<StatutoryClock> out) {
        for (org.hearth.assessment.CinPlan plan : j.all(AssessmentStage.CIN_PLANS)) {
            LocalDate previous = plan.cinPlanStartDate();
            List<org.hearth.assessment.CinPlanReview> reviews = org.hearth.assessment.CinPlans.reviews(j, plan.id())
                    .stream().sorted(Comparator.comparing(org.hearth.assessment.CinPlanReview::reviewDate)).toList();
            for (org.hearth.assessment.CinPlanReview review : reviews) {
                out.add(clock("CIN_PLAN_REVIEW", "Child in need plan review", previous, review.reviewDate()));
                previous = review.reviewDate();
            }
            if (plan.cinPlanEndDate() == null) {
                out.add(clock("CIN_PLAN_REVIEW", "Child in need plan review", previous, null));
            } else {
                out.add(clock("CIN_PLAN_FOLLOW_UP", "Is the child better off? A year after the child in need plan",
                        plan.cinPlanEndDate(), org.hearth.assessment.CinPlans.followUp(j, plan.id())
                                .map(org.hearth.assessment.CinPlanFollowUp::followUpDate).orElse(null)));
            }
        }
    }

    private StatutoryClock nextVisit(String ruleId, String context, LocalDate planStart, List<Visit> seen) {
        LocalDate last = lastVisit(seen, context, planStart);
        return clock(ruleId, "Visit (" + context + ")", last == null ? planStart : last, null);
    }

    private static LocalDate lastVisit(List<Visit> seen, String context, LocalDate since) {
        return seen.stream().filter(v -> context.equals(v.visitContext()) && !v.visitDate().isBefore(since))
                .map(Visit::visitDate).max(LocalDate::compareTo).orElse(null);
    }

    private void leaving(ChildJourney j, LocalDate today, List<StatutoryClock> out) {
        List<CareLeaverContact> contacts = j.all(LeavingCareStage.CARE_LEAVER_CONTACTS);
        if (!contacts.isEmpty() && j.child().ageOn(contacts.get(contacts.size() - 1).careLeaverLatestContact()) != null
                && j.child().ageOn(today) < 25) {
            out.add(clock("CARE_LEAVER_CONTACT", "Contact with care leaver",
                    contacts.get(contacts.size() - 1).careLeaverLatestContact(), null));
        }
    }
}
