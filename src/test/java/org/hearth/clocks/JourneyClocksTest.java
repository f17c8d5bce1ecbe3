package org.hearth.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;

import java.time.LocalDate;
import java.util.List;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.journey.ChildJourney;
import org.hearth.protection.CpPlan;
import org.hearth.protection.InitialConference;
import org.hearth.protection.S47Enquiry;
import org.hearth.protection.StrategyDiscussion;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

class JourneyClocksTest {
    private static final LocalDate REFERRED = day(2025, 12, 15);          // Monday, ten days before Christmas
    private static final LocalDate ASSESSMENT_DUE = day(2026, 2, 19);     // 45 working days, Christmas skipped

    private final JourneyClocks clocks = JourneyClocks.standard();

    private List<StatutoryClock> derive(ChildJourney j, LocalDate today) {
        return clocks.derive(j, today);
    }

    private static StatutoryClock the(List<StatutoryClock> found, String ruleId) {
        List<StatutoryClock> matching = found.stream().filter(c -> c.ruleId().equals(ruleId)).toList();
        assertThat(matching).as("%s clocks in %s", ruleId, found).hasSize(1);
        return matching.get(0);
    }

    private static List<StatutoryClock> all(List<StatutoryClock> found, String ruleId) {
        return found.stream().filter(c -> c.ruleId().equals(ruleId)).toList();
    }

    // ---- referral decision: one working day ---------------------------------------------------------------------

    @Test
    void shouldGiveAReferralDecisionOneWorkingDay() {
        StatutoryClock decision = the(derive(aChild().with(referral(REFERRED)).journey(), REFERRED), "REFERRAL_DECISION");

        assertThat(decision.startedOn()).isEqualTo(REFERRED);
        assertThat(decision.dueOn()).isEqualTo(day(2025, 12, 16));
        assertThat(decision.status(REFERRED)).isEqualTo(ClockStatus.DUE);
        assertThat(decision.status(day(2025, 12, 16))).isEqualTo(ClockStatus.DUE_TODAY);
        assertThat(decision.status(day(2025, 12, 17))).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void shouldCarryAFridayReferralDecisionOverTheWeekend() {
        assertThat(the(derive(aChild().with(referral(day(2025, 12, 19))).journey(), REFERRED), "REFERRAL_DECISION")
                .dueOn()).isEqualTo(day(2025, 12, 22));
    }

    @Test
    void shouldCarryAChristmasEveReferralDecisionOverChristmasAndBoxingDay() {
        assertThat(the(derive(aChild().with(referral(day(2025, 12, 24))).journey(), REFERRED), "REFERRAL_DECISION")
                .dueOn()).isEqualTo(day(2025, 12, 29));
    }

    @Test
    void shouldStopTheDecisionClockOnTheRecordedDecision() {
        Referral decidedLate = new Referral(id(), CHILD_ID, null, REFERRED, "1A", "N1", day(2025, 12, 17), false, null,
                null);
        StatutoryClock decision = the(derive(aChild().with(decidedLate).journey(), day(2026, 1, 5)), "REFERRAL_DECISION");

        assertThat(decision.completedOn()).isEqualTo(day(2025, 12, 17));
        assertThat(decision.status(day(2026, 1, 5))).isEqualTo(ClockStatus.LATE);
    }

    @Test
    void shouldTreatStartingTheAssessmentAsTheDecision() {
        Referral r = referral(REFERRED);
        StatutoryClock decision = the(derive(aChild().with(r, assessment(r, day(2025, 12, 16))).journey(), REFERRED),
                "REFERRAL_DECISION");

        assertThat(decision.completedOn()).isEqualTo(day(2025, 12, 16));
        assertThat(decision.status(day(2026, 1, 5))).isEqualTo(ClockStatus.ON_TIME);
    }

    // ---- assessment: 45 working days from the referral ----------------------------------------------------------

    @Test
    void shouldDueTheAssessment45WorkingDaysAfterTheReferralSkippingChristmasBoxingDayAndNewYear() {
        StatutoryClock assessment = the(derive(aChild().with(referral(REFERRED)).journey(), REFERRED), "ASSESSMENT");

        assertThat(assessment.startedOn()).isEqualTo(REFERRED);
        assertThat(assessment.dueOn()).isEqualTo(ASSESSMENT_DUE);
        assertThat(WorkingDayCalendar.england().workingDaysBetween(REFERRED, ASSESSMENT_DUE)).isEqualTo(45);
        assertThat(assessment.isOpen()).isTrue();
    }

    @Test
    void shouldShowTheOpenAssessmentAsDueThenDueTodayThenOverdue() {
        Referral r = referral(REFERRED);
        ChildJourney j = aChild().with(r, assessment(r, day(2025, 12, 16))).journey();

        assertThat(the(derive(j, day(2026, 2, 18)), "ASSESSMENT").status(day(2026, 2, 18))).isEqualTo(ClockStatus.DUE);
        assertThat(the(derive(j, ASSESSMENT_DUE), "ASSESSMENT").status(ASSESSMENT_DUE)).isEqualTo(ClockStatus.DUE_TODAY);
        assertThat(the(derive(j, day(2026, 2, 20)), "ASSESSMENT").status(day(2026, 2, 20))).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void shouldBeOnTimeWhenAuthorisedOnTheDueDay() {
        Referral r = referral(REFERRED);
        ChildJourney j = aChild().with(r, authorisedAssessment(r, day(2025, 12, 16), ASSESSMENT_DUE, "21")).journey();

        StatutoryClock assessment = the(derive(j, day(2026, 3, 2)), "ASSESSMENT");
        assertThat(assessment.completedOn()).isEqualTo(ASSESSMENT_DUE);
        assertThat(assessment.status(day(2026, 3, 2))).isEqualTo(ClockStatus.ON_TIME);
    }

    @Test
    void shouldBeLateWhenAuthorisedTheDayAfter() {
        Referral r = referral(REFERRED);
        ChildJourney j = aChild().with(r, authorisedAssessment(r, day(2025, 12, 16), day(2026, 2, 20), "21")).journey();

        assertThat(the(derive(j, day(2026, 3, 2)), "ASSESSMENT").status(day(2026, 3, 2))).isEqualTo(ClockStatus.LATE);
    }

    @Test
    void shouldStopTheAssessmentClockOfAnUnlinkedAssessmentOfTheLatestReferral() {
        // The rules let an assessment with no referral named belong to the latest referral on or before it
        Referral r = referral(REFERRED);
        ChildJourney j = aChild().with(r, authorisedAssessment(null, day(2025, 12, 16), day(2026, 2, 2), "21")).journey();

        StatutoryClock assessment = the(derive(j, day(2026, 3, 2)), "ASSESSMENT");
        assertThat(assessment.completedOn()).isEqualTo(day(2026, 2, 2));
        assertThat(assessment.status(day(2026, 3, 2))).isEqualTo(ClockStatus.ON_TIME);
    }

    @Test
    void shouldGiveANoFurtherActionReferralNoAssessmentClock() {
        List<StatutoryClock> found = derive(aChild().with(nfaReferral(REFERRED)).journey(), REFERRED);

        assertThat(all(found, "ASSESSMENT")).isEmpty();
        StatutoryClock decision = the(found, "REFERRAL_DECISION");
        assertThat(decision.completedOn()).isEqualTo(REFERRED);
        assertThat(decision.status(REFERRED)).isEqualTo(ClockStatus.ON_TIME);
    }

    @Test
    void shouldStopTheAssessmentClockWhenTheReferralClosesWithAnAssessmentUnderway() {
        Referral r = referral(REFERRED, day(2026, 1, 9));
        ChildJourney j = aChild().with(r, assessment(r, day(2025, 12, 16))).journey();

        assertThat(the(derive(j, day(2026, 3, 2)), "ASSESSMENT").completedOn()).isEqualTo(day(2026, 1, 9));
    }

    @Test
    void shouldGiveAReferralClosedBeforeAnyAssessmentNoAssessmentClock() {
        assertThat(all(derive(aChild().with(referral(REFERRED, day(2025, 12, 16))).journey(), REFERRED), "ASSESSMENT"))
                .isEmpty();
    }

    // ---- initial conference: 15 working days from the strategy discussion --------------------------------------

    @Test
    void shouldDueTheConference15WorkingDaysFromTheStrategyDiscussionAcrossBankHolidays() {
        LocalDate discussed = day(2026, 5, 1);  // Friday before the early May bank holiday
        Referral r = referral(day(2026, 4, 30));
        StrategyDiscussion sd = strategy(r, discussed);
        ChildJourney j = aChild().with(r, sd, s47(r, sd, day(2026, 5, 5))).journey();

        StatutoryClock icpc = the(derive(j, discussed), "ICPC");
        assertThat(WorkingDayCalendar.england().isWorkingDay(day(2026, 5, 4))).isFalse();
        assertThat(WorkingDayCalendar.england().isWorkingDay(day(2026, 5, 25))).isFalse();
        assertThat(icpc.startedOn()).isEqualTo(discussed);
        assertThat(icpc.dueOn()).isEqualTo(day(2026, 5, 26));
        assertThat(icpc.status(day(2026, 5, 22))).isEqualTo(ClockStatus.DUE);
    }

    @Test
    void shouldStopTheConferenceClockWhenTheConferenceIsHeld() {
        Referral r = referral(day(2026, 4, 30));
        StrategyDiscussion sd = strategy(r, day(2026, 5, 1));
        S47Enquiry enquiry = s47(r, sd, day(2026, 5, 1));
        ChildJourney j = aChild().with(r, sd, enquiry, icpc(r, enquiry, day(2026, 5, 26), false)).journey();

        StatutoryClock icpc = the(derive(j, day(2026, 6, 1)), "ICPC");
        assertThat(icpc.completedOn()).isEqualTo(day(2026, 5, 26));
        assertThat(icpc.status(day(2026, 6, 1))).isEqualTo(ClockStatus.ON_TIME);
    }

    @Test
    void shouldGiveNoConferenceClockWhenTheEnquiryFoundNoConferenceNeeded() {
        Referral r = referral(day(2026, 4, 30));
        S47Enquiry noConference = new S47Enquiry(id(), CHILD_ID, r.id(), null, day(2026, 5, 1), day(2026, 5, 8), false);

        assertThat(all(derive(aChild().with(r, noConference).journey(), day(2026, 5, 8)), "ICPC")).isEmpty();
    }

    // ---- CP reviews: 3 months, then 6 months ---------------------------------------------------------------------

    @Test
    void shouldDueTheFirstCpReviewThreeMonthsAfterTheConference() {
        Referral r = referral(day(2026, 1, 5));
        ChildJourney j = aChild().with(r).onCpPlan(r, day(2026, 1, 12), null).journey();

        StatutoryClock review = the(derive(j, day(2026, 1, 12)), "CP_REVIEW_FIRST");
        assertThat(review.startedOn()).isEqualTo(day(2026, 1, 12));
        assertThat(review.dueOn()).isEqualTo(day(2026, 4, 12));
        assertThat(all(derive(j, day(2026, 1, 12)), "CP_REVIEW_NEXT")).isEmpty();
    }

    @Test
    void shouldDueLaterCpReviewsSixMonthsAfterThePrevious() {
        Referral r = referral(day(2026, 1, 5));
        InitialConference c = icpc(r, null, day(2026, 1, 12), true);
        CpPlan plan = cpPlan(r, c, null);
        ChildJourney j = aChild().with(r, c, plan, cpReview(plan, day(2026, 4, 9))).journey();

        List<StatutoryClock> found = derive(j, day(2026, 4, 9));
        assertThat(the(found, "CP_REVIEW_FIRST").status(day(2026, 4, 9))).isEqualTo(ClockStatus.ON_TIME);
        StatutoryClock next = the(found, "CP_REVIEW_NEXT");
        assertThat(next.startedOn()).isEqualTo(day(2026, 4, 9));
        assertThat(next.dueOn()).isEqualTo(day(2026, 10, 9));
        assertThat(next.isOpen()).isTrue();
    }

    @Test
    void shouldStopReviewingWhenThePlanEnds() {
        Referral r = referral(day(2026, 1, 5));
        InitialConference c = icpc(r, null, day(2026, 1, 12), true);
        CpPlan plan = cpPlan(r, c, day(2026, 4, 9));
        ChildJourney j = aChild().with(r, c, plan, cpReview(plan, day(2026, 4, 9))).journey();

        assertThat(clocks.open(j, day(2026, 4, 9))).noneMatch(cl -> cl.ruleId().startsWith("CP_"));
    }

    // ---- looked-after reviews: 20 working days, 3 months, then 6 months -------------------------------------------

    @Test
    void shouldDueTheFirstLookedAfterReviewTwentyWorkingDaysAfterComingIntoCare() {
        ChildJourney j = aChild().lookedAfter(day(2026, 1, 5), null).journey();

        StatutoryClock first = the(derive(j, day(2026, 1, 5)), "CLA_REVIEW_FIRST");
        assertThat(first.dueOn()).isEqualTo(day(2026, 2, 2));
        assertThat(first.isOpen()).isTrue();
    }

    @Test
    void shouldDueTheSecondReviewThreeMonthsAndLaterOnesSixMonthsAfterThePrevious() {
        ChildJourney j = aChild().lookedAfter(day(2026, 1, 5), null)
                .with(careReview(day(2026, 1, 30)), careReview(day(2026, 4, 28))).journey();

        List<StatutoryClock> found = derive(j, day(2026, 5, 1));
        assertThat(the(found, "CLA_REVIEW_FIRST").status(day(2026, 5, 1))).isEqualTo(ClockStatus.ON_TIME);
        StatutoryClock second = the(found, "CLA_REVIEW_SECOND");
        assertThat(second.dueOn()).isEqualTo(day(2026, 4, 30));
        assertThat(second.completedOn()).isEqualTo(day(2026, 4, 28));
        StatutoryClock next = the(found, "CLA_REVIEW_NEXT");
        assertThat(next.startedOn()).isEqualTo(day(2026, 4, 28));
        assertThat(next.dueOn()).isEqualTo(day(2026, 10, 28));
        assertThat(next.isOpen()).isTrue();
    }

    @Test
    void shouldIgnoreACancelledLookedAfterReview() {
        var cancelled = new org.hearth.care.CareReview(id(), CHILD_ID, day(2026, 1, 30), "PN1", true);
        ChildJourney j = aChild().lookedAfter(day(2026, 1, 5), null).with(cancelled).journey();

        StatutoryClock first = the(derive(j, day(2026, 2, 3)), "CLA_REVIEW_FIRST");
        assertThat(first.isOpen()).isTrue();
        assertThat(first.status(day(2026, 2, 3))).isEqualTo(ClockStatus.OVERDUE);
    }

    // ---- visits ----------------------------------------------------------------------------------------------------

    @Test
    void shouldDueTheFirstCpVisitTenWorkingDaysFromThePlanThenFromTheLastVisitTheChildWasSeen() {
        Referral r = referral(day(2026, 1, 5));
        ChildJourney onPlan = aChild().with(r).onCpPlan(r, day(2026, 1, 12), null).journey();
        assertThat(the(derive(onPlan, day(2026, 1, 12)), "CP_VISIT").dueOn()).isEqualTo(day(2026, 1, 26));

        ChildJourney visited = aChild().with(r).onCpPlan(r, day(2026, 1, 12), null)
                .with(visit(day(2026, 1, 20), "CP", true, true), visit(day(2026, 1, 22), "CP", false, false)).journey();
        StatutoryClock visit = the(derive(visited, day(2026, 1, 22)), "CP_VISIT");
        assertThat(visit.startedOn()).isEqualTo(day(2026, 1, 20));
        assertThat(visit.dueOn()).isEqualTo(day(2026, 2, 3));
    }

    @Test
    void shouldDueCinVisitsTwentyWorkingDaysApart() {
        Referral r = referral(day(2026, 1, 5));
        ChildJourney j = aChild().with(r, cinPlan(r, day(2026, 1, 5), null)).journey();

        assertThat(the(derive(j, day(2026, 1, 5)), "CIN_VISIT").dueOn()).isEqualTo(day(2026, 2, 2));
    }

    @Test
    void shouldDueTheFirstVisitInAPlacementWithinAWeekThenEverySixWeeks() {
        ChildJourney placed = aChild().lookedAfter(day(2026, 1, 5), null).journey();
        StatutoryClock first = the(derive(placed, day(2026, 1, 5)), "CLA_VISIT_FIRST");
        assertThat(first.dueOn()).isEqualTo(day(2026, 1, 12));

        ChildJourney visited = aChild().lookedAfter(day(2026, 1, 5), null)
                .with(visit(day(2026, 1, 9), "CLA", true, true)).journey();
        List<StatutoryClock> found = derive(visited, day(2026, 1, 9));
        assertThat(all(found, "CLA_VISIT_FIRST")).isEmpty();
        assertThat(the(found, "CLA_VISIT_NEXT").dueOn()).isEqualTo(day(2026, 2, 20));
    }

    @Test
    void shouldGiveNoVisitClocksWhenNothingIsOpen() {
        Referral r = referral(day(2026, 1, 5), day(2026, 3, 2));
        ChildJourney j = aChild().with(r, cinPlan(r, day(2026, 1, 5), day(2026, 3, 2))).journey();

        assertThat(derive(j, day(2026, 3, 2))).noneMatch(c -> c.ruleId().endsWith("_VISIT"));
    }

    // ---- care leavers --------------------------------------------------------------------------------------------

    @Test
    void shouldJudgeACareLeaversAgeOnTheDayAsked() {
        ChildJourney j = aChildBorn(day(2000, 6, 1)).lookedAfter(day(2015, 6, 1), day(2018, 6, 1))
                .with(careLeaverContact(day(2024, 4, 1))).journey();

        StatutoryClock contact = the(derive(j, day(2024, 5, 1)), "CARE_LEAVER_CONTACT");
        assertThat(contact.dueOn()).isEqualTo(day(2024, 5, 27));
        assertThat(all(derive(j, day(2025, 6, 2)), "CARE_LEAVER_CONTACT")).as("aged 25").isEmpty();
    }

    // ---- the caseload view ---------------------------------------------------------------------------------------

    @Test
    void shouldListOnlyOpenClocksSoonestFirst() {
        Referral r = referral(REFERRED);
        ChildJourney j = aChild().with(r, assessment(r, day(2025, 12, 16))).journey();

        List<StatutoryClock> open = clocks.open(j, day(2025, 12, 16));
        assertThat(open).extracting(StatutoryClock::ruleId).containsExactly("ASSESSMENT");
        assertThat(derive(j, day(2025, 12, 16))).extracting(StatutoryClock::ruleId)
                .containsExactly("REFERRAL_DECISION", "ASSESSMENT");
    }

    @Test
    void shouldSkipAnInconsistentImportedClockAndKeepTheOthers() {
        // History from another system: a decision dated before its referral, which today's rules would refuse.
        Referral imported = new Referral(null, null, null, REFERRED, "1A", "N1", REFERRED.minusDays(3), false, null, null);
        ChildJourney j = aChild().with(imported).journey();

        List<StatutoryClock> found = derive(j, REFERRED.plusDays(10));

        assertThat(found).extracting(StatutoryClock::ruleId).doesNotContain("REFERRAL_DECISION").contains("ASSESSMENT");
    }
}
