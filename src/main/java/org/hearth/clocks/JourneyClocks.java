package org.hearth.clocks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hearth.assessment.Assessment;
import org.hearth.calendar.SchoolHolidays;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.care.CareMilestone;
import org.hearth.care.MissingEpisode;
import org.hearth.care.Placement;
import org.hearth.care.ShortBreaks;
import org.hearth.referral.Contact;
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
    /** Reasons for ceasing care after which the young person is not a care leaver: adoption, an SGO or a CAO. */
    private static final java.util.Set<String> NOT_LEAVING_CARE = java.util.Set.of("E11", "E12", "E41", "E43", "E44",
            "E45", "E46", "E47", "E48");

    private final java.util.function.Supplier<TimescaleRules> rules;
    private final WorkingDayCalendar calendar;
    private final java.util.function.Supplier<SchoolHolidays> schoolHolidays;

    public JourneyClocks(TimescaleRules rules, WorkingDayCalendar calendar) {
        this(rules, calendar, SchoolHolidays.none());
    }

    public JourneyClocks(TimescaleRules rules, WorkingDayCalendar calendar, SchoolHolidays schoolHolidays) {
        this.rules = () -> rules;
        this.calendar = calendar;
        this.schoolHolidays = () -> schoolHolidays;
    }

    private JourneyClocks(WorkingDayCalendar calendar) {
        this.rules = ClockSettings::rules;
        this.calendar = calendar;
        this.schoolHolidays = ClockSettings::schoolHolidays;
    }

    /** The council's clocks: the shipped table with the council's overrides and its school holidays, once loaded. */
    public static JourneyClocks standard() {
        return new JourneyClocks(WorkingDayCalendar.england());
    }

    public List<StatutoryClock> derive(ChildJourney journey, LocalDate today) {
        List<StatutoryClock> out = new ArrayList<>();
        contacts(journey, out);
        referrals(journey, out);
        protection(journey, out);
        care(journey, today, out);
        shortBreaks(journey, today, out);
        visits(journey, today, out);
        missing(journey, out);
        cinPlans(journey, today, out);
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
        StatutoryClock c = StatutoryClock.start(rules.get().rule(ruleId), subject, start, calendar, schoolHolidays.get());
        return done == null ? c : c.completed(done);
    }

    /** A clock met by something that may be done before the event it runs from (a plan before the placement). */
    private StatutoryClock clockDoneAhead(String ruleId, String subject, LocalDate start, LocalDate done) {
        return clock(ruleId, subject, start, done != null && start != null && done.isBefore(start) ? start : done);
    }

    /** Contacts: the decision on what to do is due within one working day of the contact. */
    private void contacts(ChildJourney j, List<StatutoryClock> out) {
        for (Contact c : j.all(ReferralStage.CONTACTS)) {
            out.add(clock("CONTACT_DECISION", "Decision on contact of " + Dates.uk(c.contactDate()), c.contactDate(),
                    c.decisionDate()));
        }
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
            // The first core group, within 10 working days of the initial conference: running while the plan is open
            // and none has met, kept (on time or late) once one has.
            LocalDate firstCoreGroup = j.all(ProtectionStage.CORE_GROUPS).stream()
                    .filter(g -> plan.id().equals(g.cpPlanId()) && g.meetingDate() != null)
                    .map(org.hearth.protection.CoreGroup::meetingDate).min(Comparator.naturalOrder()).orElse(null);
            if (firstCoreGroup != null || plan.cpPlanEndDate() == null) {
                out.add(clock("CORE_GROUP_FIRST", "First core group after the initial conference of "
                        + Dates.uk(plan.cpPlanStartDate()), plan.cpPlanStartDate(), firstCoreGroup));
            }
        }
    }

    private void care(ChildJourney j, LocalDate today, List<StatutoryClock> out) {
        List<CareReview> reviews = j.all(CareStage.CARE_REVIEWS).stream()
                .filter(r -> !Boolean.TRUE.equals(r.claReviewCancelled())).toList();
        List<CareMilestone> steps = j.all(CareStage.MILESTONES);
        for (CarePeriod period : j.all(CareStage.CARE_PERIODS)) {
            if (period.periodStartDate() == null || ShortBreaks.isShortBreak(j, period)) {
                continue; // short breaks follow their own timescales (reg 48), derived in shortBreaks()
            }
            periodSteps(period, steps, out);
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

    /**
     * The care plan, initial health assessment and PEP of a period of care: each due from becoming looked after and
     * met by the step recorded for that period. A period that ended with a step never recorded gives no clock: the
     * record cannot say whether it was done elsewhere, and a clock that can no longer be met helps nobody.
     */
    private void periodSteps(CarePeriod period, List<CareMilestone> steps, List<StatutoryClock> out) {
        String[][] kinds = {{"CARE_PLAN", CareMilestone.CARE_PLAN, "Care plan"},
                {"INITIAL_HEALTH_ASSESSMENT", CareMilestone.HEALTH_ASSESSMENT, "Initial health assessment"},
                {"PEP", CareMilestone.PEP, "Personal education plan"}};
        for (String[] k : kinds) {
            LocalDate done = steps.stream().filter(m -> m.is(k[1]) && period.id() != null
                    && period.id().equals(m.subjectId())).map(CareMilestone::milestoneDate).min(LocalDate::compareTo)
                    .orElse(null);
            if (done == null && period.periodEndDate() != null) {
                continue;
            }
            out.add(clockDoneAhead(k[0], k[2], period.periodStartDate(), done));
        }
    }

    /**
     * Short breaks (legal status V3/V4, CPPCR 2010 reg 48): the first review within three months of the first break of
     * the series and then at intervals of not more than six months.
     */
    private void shortBreaks(ChildJourney j, LocalDate today, List<StatutoryClock> out) {
        LocalDate series = ShortBreaks.seriesStart(j, today);
        if (series == null) {
            return;
        }
        List<LocalDate> reviews = j.all(CareStage.CARE_REVIEWS).stream()
                .filter(r -> !Boolean.TRUE.equals(r.claReviewCancelled()) && r.claReviewDate() != null
                        && !r.claReviewDate().isBefore(series))
                .map(CareReview::claReviewDate).sorted().toList();
        LocalDate previous = series;
        String rule = "SHORT_BREAK_REVIEW_FIRST";
        for (LocalDate review : reviews) {
            out.add(clock(rule, "Short breaks review", previous, review));
            previous = review;
            rule = "SHORT_BREAK_REVIEW_NEXT";
        }
        out.add(clock(rule, "Short breaks review", previous, null));
    }

    /**
     * A return home interview within 72 hours of the child's return. An episode that says the interview was offered
     * (as the 903 return does, without a date) has met it; one recorded as held meets it on its day.
     */
    private void missing(ChildJourney j, List<StatutoryClock> out) {
        List<CareMilestone> steps = j.all(CareStage.MILESTONES);
        for (MissingEpisode m : j.all(CareStage.MISSING)) {
            if (m.missingEpisodeEndDate() == null) {
                continue;
            }
            LocalDate held = steps.stream().filter(s -> s.is(CareMilestone.RETURN_INTERVIEW) && m.id() != null
                    && m.id().equals(s.subjectId())).map(CareMilestone::milestoneDate).min(LocalDate::compareTo)
                    .orElse(null);
            if (held == null && Boolean.TRUE.equals(m.missingRhiOffered())) {
                continue;
            }
            out.add(clock("RETURN_HOME_INTERVIEW", "Return home interview after return on "
                    + Dates.uk(m.missingEpisodeEndDate()), m.missingEpisodeEndDate(), held));
        }
    }

    /** Statutory visits: from the plan's start (or the last visit) to the next visit in which the child was seen. */
    private void visits(ChildJourney j, LocalDate today, List<StatutoryClock> out) {
        List<Visit> seen = j.all(VisitsStage.VISITS).stream().filter(v -> Boolean.TRUE.equals(v.visitSeen())).toList();
        java.util.Optional.ofNullable(org.hearth.protection.ChildProtection.openPlan(j)).ifPresent(plan ->
                out.add(nextVisit("CP_VISIT", "CP", plan.cpPlanStartDate(), seen)));
        j.all(AssessmentStage.CIN_PLANS).stream().filter(p -> p.cinPlanEndDate() == null).findFirst().ifPresent(plan ->
                out.add(nextVisit("CIN_VISIT", "CIN", plan.cinPlanStartDate(), seen)));
        LocalDate series = ShortBreaks.seriesStart(j, today);
        if (series != null) {
            LocalDate last = lastVisit(seen, "CLA", series);
            out.add(last == null ? clock("SHORT_BREAK_VISIT_FIRST", "First visit on short breaks", series, null)
                    : clock("SHORT_BREAK_VISIT_NEXT", "Visit to child on short breaks", last, null));
            return;
        }
        java.util.Optional.ofNullable(org.hearth.care.LookedAfter.currentPlacement(j)).ifPresent(placement -> {
            LocalDate start = placement.claPlacementStartDate();
            LocalDate last = lastVisit(seen, "CLA", start);
            if (last == null) {
                out.add(clock("CLA_VISIT_FIRST", "First visit in placement", start, null));
            } else if (longTerm(j, placement) && !last.isBefore(start.plusYears(1))) {
                out.add(clock("CLA_VISIT_NEXT_AFTER_FIRST_YEAR", "Visit to looked-after child (long-term placement)",
                        last, null));
            } else {
                out.add(clock("CLA_VISIT_NEXT", "Visit to looked-after child", last, null));
            }
            List<CareMilestone> steps = j.all(CareStage.MILESTONES);
            LocalDate planned = steps.stream().filter(m -> m.is(CareMilestone.PLACEMENT_PLAN) && placement.id() != null
                    && placement.id().equals(m.subjectId())).map(CareMilestone::milestoneDate)
                    .min(LocalDate::compareTo).orElse(null);
            out.add(clockDoneAhead("PLACEMENT_PLAN", "Placement plan", start, planned));
        });
    }

    /**
     * Whether the placement is confirmed as intended to last until the child is 18, with the IRO consulted and the
     * child agreeing: after its first year visits may then be three-monthly (CPPCR 2010 reg 28(2)(c)).
     */
    static boolean longTerm(ChildJourney j, Placement placement) {
        return placement.id() != null && j.all(CareStage.MILESTONES).stream().anyMatch(m ->
                m.is(CareMilestone.LONG_TERM_PLACEMENT) && placement.id().equals(m.subjectId())
                        && Boolean.TRUE.equals(m.childAgreed()) && Boolean.TRUE.equals(m.iroConsulted()));
    }

    /**
     * A child in need plan is reviewed from its start, then from each review, while it is open; a year after it ends
     * the worker is asked whether the child is better off (the clock stops when the answer is recorded).
     */
    private void cinPlans(ChildJourney j, LocalDate today, List<StatutoryClock> out) {
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
                LocalDate answered = org.hearth.assessment.CinPlans.followUp(j, plan.id())
                        .map(org.hearth.assessment.CinPlanFollowUp::followUpDate).orElse(null);
                if (answered != null || !org.hearth.assessment.CinPlans.lapsed(plan, today)) {
                    out.add(clock("CIN_PLAN_FOLLOW_UP", "Is the child better off? A year after the child in need plan",
                            plan.cinPlanEndDate(), answered));
                }
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

    /**
     * Care leavers' clocks run from the record: from ceasing care at 16 or over (after at least 13 weeks looked after
     * since 14, and not by adoption, an SGO or a CAO) even before a first contact. Contact at least every eight weeks
     * (the later of ceasing care and the latest contact) while under 25; the pathway plan reviewed every six months
     * (from ceasing care, then from each review recorded) while under 21.
     */
    private void leaving(ChildJourney j, LocalDate today, List<StatutoryClock> out) {
        List<CareLeaverContact> contacts = j.all(LeavingCareStage.CARE_LEAVER_CONTACTS);
        LocalDate lastContact = contacts.stream().map(CareLeaverContact::careLeaverLatestContact)
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        LocalDate ceased = ceasedAsCareLeaver(j);
        Integer age = j.child().ageOn(today);
        if (age == null || age >= 25) {
            return;
        }
        boolean planned = pathwayPlan(j, out);
        if (ceased == null && lastContact == null) {
            return;
        }
        LocalDate from = lastContact == null ? ceased : ceased == null || lastContact.isAfter(ceased) ? lastContact : ceased;
        out.add(clock("CARE_LEAVER_CONTACT", "Contact with care leaver", from, null));
        if (planned || ceased == null || age >= 21) {
            return;
        }
        List<LocalDate> reviews = j.all(CareStage.MILESTONES).stream().filter(m -> m.is(CareMilestone.PATHWAY_PLAN_REVIEW)
                && !m.milestoneDate().isBefore(ceased)).map(CareMilestone::milestoneDate).sorted().toList();
        LocalDate previous = ceased;
        for (LocalDate review : reviews) {
            out.add(clock("PATHWAY_PLAN_REVIEW", "Pathway plan review", previous, review));
            previous = review;
        }
        out.add(clock("PATHWAY_PLAN_REVIEW", "Pathway plan review", previous, null));
    }

    /**
     * The pathway plan's review clock runs from the plan: from the day it started, then from each review recorded on
     * it (a review recorded before Hearth kept plans, as a care step, counts too), while the plan is open.
     *
     * @return whether the young person has an open pathway plan (then it, not ceasing care, starts the clock)
     */
    private boolean pathwayPlan(ChildJourney j, List<StatutoryClock> out) {
        org.hearth.leaving.PathwayPlan plan = org.hearth.leaving.PathwayPlans.open(j).orElse(null);
        if (plan == null) {
            return false;
        }
        java.util.TreeSet<LocalDate> reviews = new java.util.TreeSet<>();
        org.hearth.leaving.PathwayPlans.reviews(j, plan.id()).forEach(r -> reviews.add(r.reviewDate()));
        j.all(CareStage.MILESTONES).stream().filter(m -> m.is(CareMilestone.PATHWAY_PLAN_REVIEW)
                && m.milestoneDate().isAfter(plan.planStartDate())).forEach(m -> reviews.add(m.milestoneDate()));
        LocalDate previous = plan.planStartDate();
        for (LocalDate review : reviews) {
            out.add(clock("PATHWAY_PLAN_REVIEW", "Pathway plan review", previous, review));
            previous = review;
        }
        out.add(clock("PATHWAY_PLAN_REVIEW", "Pathway plan review", previous, null));
        return true;
    }

    /** The day the child last ceased care as a care leaver, or null (still looked after, or not a care leaver). */
    static LocalDate ceasedAsCareLeaver(ChildJourney j) {
        if (org.hearth.care.LookedAfter.openPeriod(j) != null || j.child().dob() == null) {
            return null;
        }
        CarePeriod last = j.all(CareStage.CARE_PERIODS).stream().filter(p -> p.periodEndDate() != null)
                .max(Comparator.comparing(CarePeriod::periodEndDate)).orElse(null);
        if (last == null || NOT_LEAVING_CARE.contains(last.reasonCeased())) {
            return null;
        }
        Integer ageThen = j.child().ageOn(last.periodEndDate());
        if (ageThen == null || ageThen < 16) {
            return null;
        }
        LocalDate fourteen = j.child().dob().plusYears(14);
        long days = 0;
        for (CarePeriod p : j.all(CareStage.CARE_PERIODS)) {
            if (p.periodStartDate() == null || p.periodEndDate() == null) {
                continue;
            }
            LocalDate from = p.periodStartDate().isBefore(fourteen) ? fourteen : p.periodStartDate();
            if (!p.periodEndDate().isBefore(from)) {
                days += java.time.temporal.ChronoUnit.DAYS.between(from, p.periodEndDate());
            }
        }
        return days >= 91 ? last.periodEndDate() : null;
    }
}
