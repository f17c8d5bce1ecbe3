package org.hearth.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;

import java.time.LocalDate;
import java.util.List;
import org.hearth.calendar.SchoolHolidays;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.care.CareMilestone;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.MissingEpisode;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.referral.Contact;
import org.junit.jupiter.api.Test;

/** The clocks issue 13 §4 found wrong or missing, each against the timescale it rests on. */
class ClocksThatAreRightTest {
    private final JourneyClocks clocks = new JourneyClocks(TimescaleRules.standard(), WorkingDayCalendar.england());

    private static List<StatutoryClock> of(List<StatutoryClock> found, String ruleId) {
        return found.stream().filter(c -> c.ruleId().equals(ruleId)).toList();
    }

    private static StatutoryClock the(List<StatutoryClock> found, String ruleId) {
        List<StatutoryClock> matching = of(found, ruleId);
        assertThat(matching).as("%s clocks in %s", ruleId, found).hasSize(1);
        return matching.get(0);
    }

    // ---- visits in a long-term placement (CPPCR reg 28(2)(c)) ------------------------------------------------------

    private static final LocalDate PLACED = day(2024, 9, 2);

    private ChildJourney placedLongTerm(Boolean childAgreed, LocalDate lastVisit) {
        Placement p = placement(PLACED, null);
        return aChild().with(carePeriod(PLACED, null), legalStatus(PLACED, null), p,
                visit(lastVisit, "CLA", true, true),
                new CareMilestone(id(), CHILD_ID, CareMilestone.LONG_TERM_PLACEMENT, day(2025, 6, 1), p.id(),
                        childAgreed, true)).journey();
    }

    @Test
    void shouldAllowThreeMonthsBetweenVisitsInAConfirmedLongTermPlacementAfterItsFirstYear() {
        LocalDate visited = day(2025, 10, 1);
        List<StatutoryClock> found = clocks.open(placedLongTerm(true, visited), day(2025, 11, 20));

        StatutoryClock next = the(found, "CLA_VISIT_NEXT_AFTER_FIRST_YEAR");
        assertThat(next.dueOn()).isEqualTo(day(2026, 1, 1));
        assertThat(next.status(day(2025, 11, 20))).as("seven weeks after the visit is not overdue")
                .isEqualTo(ClockStatus.DUE);
        assertThat(of(found, "CLA_VISIT_NEXT")).isEmpty();
    }

    @Test
    void shouldKeepSixWeeksInTheFirstYearOfALongTermPlacement() {
        StatutoryClock next = the(clocks.open(placedLongTerm(true, day(2025, 6, 2)), day(2025, 6, 3)), "CLA_VISIT_NEXT");

        assertThat(next.dueOn()).isEqualTo(day(2025, 7, 14));
    }

    @Test
    void shouldKeepSixWeeksWhenTheChildDidNotAgreeToThreeMonthlyVisits() {
        List<StatutoryClock> found = clocks.open(placedLongTerm(false, day(2025, 10, 1)), day(2025, 11, 20));

        assertThat(the(found, "CLA_VISIT_NEXT").dueOn()).isEqualTo(day(2025, 11, 12));
        assertThat(the(found, "CLA_VISIT_NEXT").status(day(2025, 11, 20))).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void shouldKeepSixWeeksForAPlacementNeverConfirmedAsLongTerm() {
        ChildJourney j = aChild().lookedAfter(PLACED, null).with(visit(day(2025, 10, 1), "CLA", true, true)).journey();

        assertThat(the(clocks.open(j, day(2025, 11, 20)), "CLA_VISIT_NEXT").dueOn()).isEqualTo(day(2025, 11, 12));
    }

    // ---- short breaks (CPPCR reg 48) ------------------------------------------------------------------------------

    private static final LocalDate FIRST_BREAK = day(2026, 1, 9);

    private ChildJourney onShortBreaks(String status) {
        return aChild().with(new CarePeriod(id(), CHILD_ID, FIRST_BREAK, null, null, "N1"),
                new LegalStatus(id(), CHILD_ID, status, FIRST_BREAK, null), placement(FIRST_BREAK, null)).journey();
    }

    @Test
    void shouldReviewAChildOnShortBreaksWithinThreeMonthsAndNotTwentyWorkingDays() {
        List<StatutoryClock> found = clocks.open(onShortBreaks("V4"), day(2026, 2, 20));

        assertThat(the(found, "SHORT_BREAK_REVIEW_FIRST").dueOn()).isEqualTo(day(2026, 4, 9));
        assertThat(of(found, "CLA_REVIEW_FIRST")).isEmpty();
    }

    @Test
    void shouldReviewShortBreaksSixMonthlyAfterTheFirstReview() {
        ChildJourney j = add(onShortBreaks("V4"), careReview(day(2026, 3, 20)));

        assertThat(the(clocks.open(j, day(2026, 4, 1)), "SHORT_BREAK_REVIEW_NEXT").dueOn()).isEqualTo(day(2026, 9, 20));
    }

    @Test
    void shouldVisitAChildOnShortBreaksWithinThreeMonthsThenSixMonthly() {
        List<StatutoryClock> found = clocks.open(onShortBreaks("V3"), day(2026, 1, 20));
        assertThat(the(found, "SHORT_BREAK_VISIT_FIRST").dueOn()).isEqualTo(day(2026, 4, 9));
        assertThat(of(found, "CLA_VISIT_FIRST")).as("not within a week, as for other placements").isEmpty();
        assertThat(of(found, "PLACEMENT_PLAN")).as("reg 48(3)(a): no separate placement plan").isEmpty();
        assertThat(of(found, "PEP")).isEmpty();
        assertThat(of(found, "INITIAL_HEALTH_ASSESSMENT")).isEmpty();

        ChildJourney visited = add(onShortBreaks("V3"), visit(day(2026, 2, 2), "CLA", true, false));
        assertThat(the(clocks.open(visited, day(2026, 2, 3)), "SHORT_BREAK_VISIT_NEXT").dueOn()).isEqualTo(day(2026, 8, 2));
    }

    @Test
    void shouldRunTheShortBreaksSeriesFromTheFirstBreakAcrossSeparateEpisodes() {
        ChildJourney j = aChild().with(
                new CarePeriod(id(), CHILD_ID, FIRST_BREAK, day(2026, 1, 11), "E13", "N1"),
                new LegalStatus(id(), CHILD_ID, "V3", FIRST_BREAK, day(2026, 1, 11)),
                new CarePeriod(id(), CHILD_ID, day(2026, 2, 6), day(2026, 2, 8), "E13", "N1"),
                new LegalStatus(id(), CHILD_ID, "V3", day(2026, 2, 6), day(2026, 2, 8))).journey();

        assertThat(the(clocks.open(j, day(2026, 2, 20)), "SHORT_BREAK_REVIEW_FIRST").startedOn()).isEqualTo(FIRST_BREAK);
    }

    // ---- contacts -------------------------------------------------------------------------------------------------

    @Test
    void shouldClockAContactAwaitingADecisionAtOneWorkingDay() {
        ChildJourney j = aChild().with(new Contact(id(), CHILD_ID, day(2026, 3, 6), "1A", null, null, "Worried")).journey();

        StatutoryClock decision = the(clocks.open(j, day(2026, 3, 9)), "CONTACT_DECISION");
        assertThat(decision.dueOn()).as("a Friday contact is due on Monday").isEqualTo(day(2026, 3, 9));
        assertThat(decision.status(day(2026, 3, 10))).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void shouldStopTheContactClockOnTheDecision() {
        ChildJourney j = aChild().with(new Contact(id(), CHILD_ID, day(2026, 3, 6), "1A", "NFA", day(2026, 3, 6), "W"))
                .journey();

        assertThat(the(clocks.derive(j, day(2026, 3, 9)), "CONTACT_DECISION").status(day(2026, 3, 9)))
                .isEqualTo(ClockStatus.ON_TIME);
        assertThat(of(clocks.open(j, day(2026, 3, 9)), "CONTACT_DECISION")).isEmpty();
    }

    // ---- care leavers ---------------------------------------------------------------------------------------------

    private static final LocalDate LEAVER_BORN = day(2008, 4, 1);

    @Test
    void shouldRunCareLeaverClocksFromCeasingCareBeforeAnyContact() {
        LocalDate ceased = day(2026, 4, 1);  // eighteenth birthday
        ChildJourney j = aChildBorn(LEAVER_BORN).with(carePeriod(day(2023, 1, 9), ceased)).journey();

        List<StatutoryClock> found = clocks.open(j, day(2026, 5, 1));
        assertThat(the(found, "CARE_LEAVER_CONTACT").dueOn()).isEqualTo(ceased.plusDays(56));
        assertThat(the(found, "PATHWAY_PLAN_REVIEW").dueOn()).isEqualTo(day(2026, 10, 1));
    }

    @Test
    void shouldRunContactFromTheLatestContactAndPathwayPlanFromTheLatestReview() {
        LocalDate ceased = day(2026, 4, 1);
        ChildJourney j = aChildBorn(LEAVER_BORN).with(carePeriod(day(2023, 1, 9), ceased),
                careLeaverContact(day(2026, 5, 4)),
                CareMilestone.of(CHILD_ID, CareMilestone.PATHWAY_PLAN_REVIEW, day(2026, 9, 1), null)).journey();

        List<StatutoryClock> found = clocks.open(j, day(2026, 9, 2));
        assertThat(the(found, "CARE_LEAVER_CONTACT").startedOn()).isEqualTo(day(2026, 5, 4));
        assertThat(the(found, "PATHWAY_PLAN_REVIEW").dueOn()).isEqualTo(day(2027, 3, 1));
    }

    @Test
    void shouldNotTreatAChildAdoptedOrLeavingCareYoungAsACareLeaver() {
        ChildJourney adopted = aChildBorn(LEAVER_BORN).with(new CarePeriod(id(), CHILD_ID, day(2023, 1, 9),
                day(2026, 4, 1), "E11", "N1")).journey();
        ChildJourney leftAtTwelve = aChild().with(carePeriod(day(2026, 1, 5), day(2026, 3, 1))).journey();

        assertThat(clocks.open(adopted, day(2026, 5, 1))).noneMatch(c -> c.ruleId().startsWith("CARE_LEAVER")
                || c.ruleId().equals("PATHWAY_PLAN_REVIEW"));
        assertThat(clocks.open(leftAtTwelve, day(2026, 5, 1))).noneMatch(c -> c.ruleId().startsWith("CARE_LEAVER"));
    }

    // ---- new clocks -----------------------------------------------------------------------------------------------

    private static final LocalDate CARED_FOR = day(2026, 3, 2);   // a Monday

    @Test
    void shouldAskForACarePlanWithinTenWorkingDaysAndPlacementPlanWithinFive() {
        List<StatutoryClock> found = clocks.open(aChild().lookedAfter(CARED_FOR, null).journey(), CARED_FOR);

        assertThat(the(found, "CARE_PLAN").dueOn()).isEqualTo(day(2026, 3, 16));
        assertThat(the(found, "PLACEMENT_PLAN").dueOn()).isEqualTo(day(2026, 3, 9));
    }

    @Test
    void shouldMeetTheCarePlanClockWithAPlanMadeBeforeThePlacement() {
        CarePeriod period = carePeriod(CARED_FOR, null);
        ChildJourney j = aChild().with(period, legalStatus(CARED_FOR, null), placement(CARED_FOR, null),
                CareMilestone.of(CHILD_ID, CareMilestone.CARE_PLAN, day(2026, 2, 27), period.id())).journey();

        StatutoryClock plan = the(clocks.derive(j, CARED_FOR), "CARE_PLAN");
        assertThat(plan.isOpen()).isFalse();
        assertThat(plan.status(CARED_FOR)).isEqualTo(ClockStatus.ON_TIME);
    }

    @Test
    void shouldAskForTheInitialHealthAssessmentByTheFirstReview() {
        List<StatutoryClock> found = clocks.open(aChild().lookedAfter(CARED_FOR, null).journey(), CARED_FOR);

        assertThat(the(found, "INITIAL_HEALTH_ASSESSMENT").dueOn()).isEqualTo(the(found, "CLA_REVIEW_FIRST").dueOn());
    }

    @Test
    void shouldCountThePepInSchoolDaysSkippingTheCouncilsHolidays() {
        SchoolHolidays easter = new SchoolHolidays(List.of(
                new SchoolHolidays.Holiday(day(2026, 3, 30), day(2026, 4, 10), "Easter holidays")));
        JourneyClocks council = new JourneyClocks(TimescaleRules.standard(), WorkingDayCalendar.england(), easter);
        ChildJourney j = aChild().lookedAfter(CARED_FOR, null).journey();

        assertThat(the(clocks.open(j, CARED_FOR), "PEP").dueOn()).as("no holidays: 20 working days")
                .isEqualTo(day(2026, 3, 30));
        assertThat(the(council.open(j, CARED_FOR), "PEP").dueOn())
                .as("19 school days to 27 March, the Easter fortnight skipped, the 20th on 13 April")
                .isEqualTo(day(2026, 4, 13));
    }

    @Test
    void shouldAskForAReturnHomeInterviewWithin72HoursOfReturn() {
        MissingEpisode notOffered = new MissingEpisode(id(), CHILD_ID, day(2026, 3, 1), "M", day(2026, 3, 2), null, null);
        ChildJourney j = aChild().lookedAfter(day(2026, 1, 5), null).with(notOffered).journey();

        StatutoryClock rhi = the(clocks.open(j, day(2026, 3, 3)), "RETURN_HOME_INTERVIEW");
        assertThat(rhi.dueOn()).isEqualTo(day(2026, 3, 5));

        ChildJourney held = add(j, CareMilestone.of(CHILD_ID, CareMilestone.RETURN_INTERVIEW, day(2026, 3, 4),
                notOffered.id()));
        assertThat(the(clocks.derive(held, day(2026, 3, 9)), "RETURN_HOME_INTERVIEW").status(day(2026, 3, 9)))
                .isEqualTo(ClockStatus.ON_TIME);
    }

    @Test
    void shouldNotInventAnInterviewClockForAnEpisodeThatSaysItWasOffered() {
        ChildJourney j = aChild().lookedAfter(day(2026, 1, 5), null).with(missing(day(2026, 3, 1), day(2026, 3, 2)))
                .journey();

        assertThat(of(clocks.derive(j, day(2026, 3, 9)), "RETURN_HOME_INTERVIEW")).isEmpty();
    }

    @Test
    void shouldPutTheNewClocksUnderTheirKindInMyWork() {
        assertThat(MyWork.kindOf("CONTACT_DECISION")).isEqualTo("assessment");
        assertThat(MyWork.kindOf("SHORT_BREAK_REVIEW_FIRST")).isEqualTo("review");
        assertThat(MyWork.kindOf("CARE_PLAN")).isEqualTo("plan");
        assertThat(MyWork.kindOf("PEP")).isEqualTo("plan");
    }
}
