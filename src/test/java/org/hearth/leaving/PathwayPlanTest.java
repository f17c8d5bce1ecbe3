package org.hearth.leaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.CHILD_ID;
import static org.hearth.journey.JourneyBuilder.aChildBorn;
import static org.hearth.journey.JourneyBuilder.careLeaverContact;
import static org.hearth.journey.JourneyBuilder.day;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.care.CarePeriod;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

/** Issue 12 §3: the pathway plan, its review clock, the young person's comments and asking for help to 25. */
class PathwayPlanTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final Actor PA = new Actor("pa.test", "Pat Adviser", Role.PERSONAL_ADVISER, "leaving");
    static final Actor YP = new Actor("yp.test", "Jo", Role.YOUNG_PERSON, null);
    static final Actor OTHER_YP = new Actor("yp.other", "Sam", Role.YOUNG_PERSON, null);
    static final Actor IRO = new Actor("iro.test", "Ira", Role.IRO, "iro");

    /** Born 1 April 2006 (19 today), looked after from 14 to 18 in foster care. */
    static ChildJourney careLeaver() {
        return aChildBorn(day(2006, 4, 1)).lookedAfter(day(2020, 5, 1), day(2024, 4, 1)).journey();
    }

    static List<String> refusals(ChildJourney j, JourneyCommand c, Actor actor) {
        return refusals(j, c, actor, TODAY);
    }

    static List<String> refusals(ChildJourney j, JourneyCommand c, Actor actor, LocalDate today) {
        return c.decide(j, new JourneyCommand.Context(actor, today)).refusals().stream().map(Violation::message).toList();
    }

    static ChildJourney run(ChildJourney j, JourneyCommand c, Actor actor) {
        return run(j, c, actor, TODAY);
    }

    static ChildJourney run(ChildJourney j, JourneyCommand c, Actor actor, LocalDate today) {
        JourneyCommand.Decision d = c.decide(j, new JourneyCommand.Context(actor, today));
        assertThat(d.refusals()).extracting(Violation::message).isEmpty();
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
        return FormChanges.applied(j, d.changes());
    }

    static ChildJourney withPlan() {
        return run(careLeaver(), new StartPathwayPlan(day(2025, 12, 1), "Needs help with a tenancy and money"), PA);
    }

    @Test
    void shouldStartAPlanForAFormerRelevantYoungPersonAndWriteItsSections() {
        ChildJourney j = withPlan();
        PathwayPlan plan = PathwayPlans.open(j).orElseThrow();
        assertThat(plan.eligibility()).isEqualTo(CareLeavers.FORMER_RELEVANT);

        j = run(j, new UpdatePathwayPlanSection(plan.id(), "ACCOMMODATION", " A flat of my own by summer ",
                "I want to live near my sister", List.of(new UpdatePathwayPlanSection.NewAction(
                "Apply for the council's care leaver tenancy", "Pat (PA)", day(2026, 4, 1)))), PA);
        PathwayPlanView view = PathwayPlanView.of(j, TODAY);
        PathwayPlanView.Section accommodation = view.sections().get(0);
        assertThat(accommodation.label()).isEqualTo("Accommodation");
        assertThat(accommodation.goals()).isEqualTo("A flat of my own by summer");
        assertThat(accommodation.youngPersonsWords()).isEqualTo("I want to live near my sister");
        assertThat(accommodation.actions()).extracting(PathwayPlanView.Action::owner).containsExactly("Pat (PA)");
        assertThat(view.sections()).extracting(PathwayPlanView.Section::area).containsExactlyElementsOf(
                PathwayPlans.AREAS.keySet());

        // rewriting the area replaces the section rather than adding a second one
        j = run(j, new UpdatePathwayPlanSection(plan.id(), "ACCOMMODATION", "A flat by September", null, null), PA);
        assertThat(PathwayPlans.sections(j, plan.id())).singleElement()
                .satisfies(s -> assertThat(s.goals()).isEqualTo("A flat by September"));
    }

    @Test
    void shouldAnswerEligibilityByAgeAndCareHistory() {
        // looked after at 16 for 13 weeks since 14, still in care: eligible
        ChildJourney eligible = aChildBorn(day(2009, 6, 1)).lookedAfter(day(2025, 6, 1), null).journey();
        assertThat(PathwayPlans.eligibility(eligible, TODAY)).contains(PathwayPlans.ELIGIBLE);
        // twelve weeks in care is not enough
        ChildJourney shortStay = aChildBorn(day(2009, 6, 1)).lookedAfter(day(2025, 12, 20), null).journey();
        assertThat(PathwayPlans.eligibility(shortStay, TODAY)).isEmpty();
        // left care at 17: relevant
        ChildJourney relevant = aChildBorn(day(2008, 9, 1)).lookedAfter(day(2024, 1, 1), day(2026, 1, 1)).journey();
        assertThat(PathwayPlans.eligibility(relevant, TODAY)).contains(CareLeavers.RELEVANT);
        // left care at 15: not a care leaver
        ChildJourney leftYoung = aChildBorn(day(2009, 1, 1)).lookedAfter(day(2023, 1, 2), day(2024, 6, 1)).journey();
        assertThat(PathwayPlans.eligibility(leftYoung, TODAY)).isEmpty();
        // the day before the 25th birthday yes, on it no
        ChildJourney older = aChildBorn(day(2001, 3, 11)).lookedAfter(day(2016, 1, 1), day(2019, 3, 11)).journey();
        assertThat(PathwayPlans.eligibility(older, day(2026, 3, 10))).contains(CareLeavers.FORMER_RELEVANT);
        assertThat(PathwayPlans.eligibility(older, day(2026, 3, 11))).isEmpty();
        // adopted: not a care leaver
        ChildJourney adopted = aChildBorn(day(2008, 1, 1)).with(new CarePeriod(UUID.randomUUID(), CHILD_ID,
                day(2022, 1, 1), day(2025, 1, 1), "E11", "N1")).journey();
        assertThat(PathwayPlans.eligibility(adopted, TODAY)).isEmpty();
    }

    @Test
    void shouldRefuseAPlanForSomeoneNotEligibleASecondPlanAFutureDateOrNoNeedsAssessment() {
        ChildJourney young = aChildBorn(day(2012, 1, 1)).lookedAfter(day(2020, 1, 1), null).journey();
        assertThat(refusals(young, new StartPathwayPlan(TODAY, "Needs"), PA)).singleElement().asString()
                .startsWith("The young person cannot have a pathway plan on 10 March 2026");
        assertThat(refusals(withPlan(), new StartPathwayPlan(TODAY, "Needs"), PA))
                .containsExactly("The pathway plan started on 1 December 2025 is still open: update or review it");
        assertThat(refusals(careLeaver(), new StartPathwayPlan(TODAY.plusDays(1), " "), PA)).containsExactly(
                "The date the plan started must be today or in the past",
                "Enter a summary of the needs assessment the plan rests on");
        assertThat(refusals(careLeaver(), new StartPathwayPlan(TODAY, "Needs"), IRO)).containsExactly(
                "Only the young person's personal adviser, social worker or their manager starts a pathway plan");
    }

    @Test
    void shouldRefuseASectionOfAnUnknownAreaAnEmptyOneAndAnActionDueInThePast() {
        ChildJourney j = withPlan();
        UUID plan = PathwayPlans.open(j).orElseThrow().id();
        assertThat(refusals(j, new UpdatePathwayPlanSection(plan, "HOBBIES", "x", null, null), PA))
                .containsExactly("Select the area of the plan");
        assertThat(refusals(j, new UpdatePathwayPlanSection(plan, "HEALTH", " ", null, null), PA))
                .containsExactly("Enter the goals for this area, the young person's words, or an action");
        assertThat(refusals(j, new UpdatePathwayPlanSection(plan, "HEALTH", null, null, List.of(
                new UpdatePathwayPlanSection.NewAction("See the GP", "", TODAY.minusDays(1)))), PA))
                .containsExactly("Enter who will do it", "The action must be due today or later");
        assertThat(refusals(j, new UpdatePathwayPlanSection(UUID.randomUUID(), "HEALTH", "x", null, null), PA))
                .containsExactly("This pathway plan is not open: start a plan before writing its sections");
        assertThat(refusals(j, new UpdatePathwayPlanSection(plan, "HEALTH", "x".repeat(5_001), null, null), PA))
                .containsExactly("The goals must be 5000 characters or fewer");
    }

    @Test
    void shouldBeDueForReviewSixMonthsFromTheStartThenFromEachReview() {
        ChildJourney j = withPlan();
        PathwayPlan plan = PathwayPlans.open(j).orElseThrow();
        assertThat(PathwayPlans.reviewDue(j, plan)).isEqualTo(day(2026, 6, 1));
        j = run(j, new ReviewPathwayPlan(plan.id(), day(2026, 3, 1), true, "Tenancy applied for", day(2026, 6, 30)), PA);
        assertThat(PathwayPlans.reviewDue(j, plan)).isEqualTo(day(2026, 6, 30));
        assertThat(PathwayPlanView.of(j, TODAY).reviews()).singleElement()
                .satisfies(r -> assertThat(r.youngPersonTookPart()).isTrue());
        assertThat(PathwayPlanView.of(j, day(2026, 7, 1)).reviewOverdue()).isTrue();
    }

    @Test
    void shouldRefuseAReviewInTheFutureBeforeTheLastOrWithTheNextMoreThanSixMonthsOn() {
        ChildJourney j = withPlan();
        UUID plan = PathwayPlans.open(j).orElseThrow().id();
        assertThat(refusals(j, new ReviewPathwayPlan(plan, TODAY.plusDays(1), true, "x", TODAY.plusMonths(2)), PA))
                .containsExactly("The date of the review must be today or in the past");
        assertThat(refusals(j, new ReviewPathwayPlan(plan, day(2025, 11, 30), true, "x", TODAY), PA))
                .containsExactly("The review cannot be before the plan started on 1 December 2025");
        assertThat(refusals(j, new ReviewPathwayPlan(plan, TODAY, null, " ", TODAY.plusMonths(6).plusDays(1)), PA))
                .containsExactly("Select whether the young person took part in the review",
                        "Enter what the review found and agreed",
                        "The next review must be no more than six months after this one, by 10 September 2026");
        ChildJourney reviewed = run(j, new ReviewPathwayPlan(plan, TODAY, false, "x", TODAY.plusMonths(1)), PA);
        assertThat(refusals(reviewed, new ReviewPathwayPlan(plan, TODAY, true, "y", TODAY.plusMonths(1)), PA))
                .containsExactly("The review must be after the last review, on 10 March 2026");
    }

    @Test
    void shouldLetTheYoungPersonCommentOnTheirOwnPlanOnly() {
        ChildJourney j = withPlan();
        j = run(j, new CommentOnPathwayPlan(CHILD_ID, "EET", "I'd rather do an apprenticeship"), YP);
        assertThat(PathwayPlanView.of(j, TODAY).comments()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("I'd rather do an apprenticeship");
            assertThat(c.areaLabel()).isEqualTo("Education, employment and training");
        });
        // another young person's sign-in is linked to another record
        assertThat(refusals(j, new CommentOnPathwayPlan(UUID.randomUUID(), null, "Hi"), OTHER_YP))
                .containsExactly("You can only comment on your own pathway plan");
        assertThat(refusals(j, new CommentOnPathwayPlan(null, null, "Hi"), OTHER_YP))
                .containsExactly("You can only comment on your own pathway plan");
        // a worker does not comment as the young person
        assertThat(refusals(j, new CommentOnPathwayPlan(CHILD_ID, null, "Hi"), PA))
                .containsExactly("Only the young person comments on their pathway plan, in their own words");
        assertThat(refusals(j, new CommentOnPathwayPlan(CHILD_ID, null, "  "), YP))
                .containsExactly("Write what you want to say about your plan");
        assertThat(refusals(j, new CommentOnPathwayPlan(CHILD_ID, "PETS", "Hi"), YP))
                .containsExactly("Choose a part of your plan, or comment on the whole plan");
        assertThat(refusals(careLeaver(), new CommentOnPathwayPlan(CHILD_ID, null, "Hi"), YP)).containsExactly(
                "You do not have a pathway plan yet. Ask your personal adviser about making one with you");
    }

    @Test
    void shouldLetACareLeaverAskForHelpUpToTheirTwentyFifthBirthday() {
        ChildJourney j = careLeaver();
        ChildJourney asked = run(j, new AskForHelp(CHILD_ID, "HOUSING", "My landlord is selling"), YP);
        assertThat(PathwayPlans.waitingHelp(asked)).singleElement()
                .satisfies(h -> assertThat(h.askedBy()).isEqualTo("yp.test"));
        assertThat(refusals(asked, new AskForHelp(CHILD_ID, "MONEY", null), YP))
                .containsExactly("Help was already asked for on 10 March 2026. The personal adviser will be in touch");
        // a contact from the adviser on or after the ask answers it
        ChildJourney answered = org.hearth.journey.JourneyBuilder.add(asked, careLeaverContact(TODAY));
        assertThat(PathwayPlans.waitingHelp(answered)).isEmpty();

        // the day before the 25th birthday, and on it
        LocalDate dayBefore = day(2031, 3, 31);
        assertThat(refusals(j, new AskForHelp(CHILD_ID, "MONEY", null), YP, dayBefore)).isEmpty();
        assertThat(refusals(j, new AskForHelp(CHILD_ID, "MONEY", null), YP, day(2031, 4, 1))).containsExactly(
                "Support from the leaving care service lasts until the 25th birthday, on 1 April 2031. Ask the "
                        + "council's adult services or the local offer for help now");
        assertThat(refusals(j, new AskForHelp(UUID.randomUUID(), "MONEY", null), YP))
                .containsExactly("You can only ask for help for yourself");
        assertThat(refusals(j, new AskForHelp(null, "TRAVEL", null), PA)).containsExactly("Choose what you need help with");
        ChildJourney young = aChildBorn(day(2012, 1, 1)).lookedAfter(day(2020, 1, 1), null).journey();
        assertThat(refusals(young, new AskForHelp(null, "MONEY", null), PA))
                .containsExactly("Asking for help this way is for care leavers from 16 to their 25th birthday");
    }

    @Test
    void shouldRecordStayingPutWithFormerFosterCarersFrom18To21() {
        ChildJourney j = aChildBorn(day(2007, 12, 1)).lookedAfter(day(2022, 1, 1), day(2025, 12, 1)).journey();
        j = run(j, new StartPathwayPlan(day(2025, 12, 1), "Stay with the Okafors while at college"), PA);
        UUID plan = PathwayPlans.open(j).orElseThrow().id();
        assertThat(refusals(j, new RecordStayingArrangement(plan, RecordStayingArrangement.PUT, day(2025, 11, 30),
                day(2029, 12, 2), " "), PA)).containsExactly(
                "The arrangement cannot start before the young person's 18th birthday, on 1 December 2025",
                "Staying Put lasts until the 21st birthday, on 1 December 2028",
                "Enter the former foster carers' names");
        j = run(j, new RecordStayingArrangement(plan, RecordStayingArrangement.PUT, day(2025, 12, 1), null,
                "Grace and Tom Okafor"), PA);
        assertThat(PathwayPlanView.of(j, TODAY).plan().stayingPut().with()).isEqualTo("Grace and Tom Okafor");

        ChildJourney residential = aChildBorn(day(2007, 12, 1)).with(
                org.hearth.journey.JourneyBuilder.carePeriod(day(2022, 1, 1), day(2025, 12, 1)),
                org.hearth.journey.JourneyBuilder.legalStatus(day(2022, 1, 1), day(2025, 12, 1)),
                org.hearth.journey.JourneyBuilder.placement(day(2022, 1, 1), day(2025, 12, 1), "K2", null)).journey();
        residential = run(residential, new StartPathwayPlan(day(2025, 12, 1), "Needs"), PA);
        UUID plan2 = PathwayPlans.open(residential).orElseThrow().id();
        assertThat(refusals(residential, new RecordStayingArrangement(plan2, RecordStayingArrangement.PUT,
                day(2025, 12, 1), null, "Someone"), PA)).containsExactly("Staying Put is living on with former "
                + "foster carers, and the young person's last placement was not in foster care");
        residential = run(residential, new RecordStayingArrangement(plan2, RecordStayingArrangement.CLOSE,
                day(2025, 12, 1), null, "Northgate Staying Close"), PA);
        assertThat(PathwayPlanView.of(residential, TODAY).plan().stayingClose().with()).isEqualTo("Northgate Staying Close");
    }

    @Test
    void shouldRunThePathwayPlanReviewClockFromThePlanThenFromEachReview() {
        ChildJourney j = withPlan();
        PathwayPlan plan = PathwayPlans.open(j).orElseThrow();
        List<org.hearth.clocks.StatutoryClock> clocks = org.hearth.clocks.JourneyClocks.standard().derive(j, TODAY)
                .stream().filter(c -> c.ruleId().equals("PATHWAY_PLAN_REVIEW")).toList();
        assertThat(clocks).singleElement().satisfies(c -> {
            assertThat(c.startedOn()).isEqualTo(day(2025, 12, 1));
            assertThat(c.dueOn()).isEqualTo(day(2026, 6, 1));
            assertThat(c.completedOn()).isNull();
        });
        j = run(j, new ReviewPathwayPlan(plan.id(), day(2026, 3, 1), true, "Going well", day(2026, 9, 1)), PA);
        clocks = org.hearth.clocks.JourneyClocks.standard().derive(j, TODAY).stream()
                .filter(c -> c.ruleId().equals("PATHWAY_PLAN_REVIEW")).toList();
        assertThat(clocks).extracting(org.hearth.clocks.StatutoryClock::startedOn)
                .containsExactly(day(2025, 12, 1), day(2026, 3, 1));
        assertThat(clocks.get(0).completedOn()).isEqualTo(day(2026, 3, 1));
        assertThat(clocks.get(1).dueOn()).isEqualTo(day(2026, 9, 1));
    }
}
