package org.hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.cinPlan;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.clocks.JourneyClocks;
import org.hearth.clocks.StatutoryClock;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

class CinPlanSubstanceTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final JourneyCommand.Context WORKER = new JourneyCommand.Context(
            new Actor("sw.test", "Sam Test", Role.SOCIAL_WORKER, "T1"), TODAY);
    final Referral referral = referral(day(2025, 12, 1));
    final CinPlan plan = cinPlan(referral, day(2026, 1, 5), null);

    static List<String> refusals(ChildJourney j, JourneyCommand c) {
        return c.decide(j, WORKER).refusals().stream().map(Violation::message).toList();
    }

    static ChildJourney run(ChildJourney j, JourneyCommand c) {
        JourneyCommand.Decision d = c.decide(j, WORKER);
        assertThat(d.refusals()).isEmpty();
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
        return FormChanges.applied(j, d.changes());
    }

    ChildJourney withOutcome() {
        return run(aChild().with(referral, plan).journey(), new AddCinPlanOutcome(plan.id(), "Sam is safe at home"));
    }

    @Test
    void shouldGiveAPlanOutcomesActionsAndAReviewMeeting() {
        ChildJourney j = withOutcome();
        CinPlanOutcome outcome = CinPlans.outcomes(j, plan.id()).get(0);
        j = run(j, new AddCinPlanAction(plan.id(), outcome.id(), "School nurse", "Weekly check-in", day(2026, 4, 1)));
        CinPlanAction action = CinPlans.actions(j, outcome.id()).get(0);
        assertThat(action.actionWho()).isEqualTo("School nurse");
        j = run(j, new MarkCinPlanActionDone(action.id(), TODAY));
        j = run(j, new ReviewCinPlan(plan.id(), TODAY, List.of("Sam Test, social worker", " ", "Mum"), true,
                Map.of(outcome.id(), "SOME_PROGRESS"), "Continue the plan", day(2026, 6, 10)));
        CinPlanReview review = CinPlans.reviews(j, plan.id()).get(0);
        assertThat(review.attendees()).containsExactly("Sam Test, social worker", "Mum");
        assertThat(review.childAttended()).isTrue();
        assertThat(review.progressOf(outcome.id())).isEqualTo("Some progress");
        List<StatutoryClock> reviews = JourneyClocks.standard().derive(j, TODAY).stream()
                .filter(c -> c.ruleId().equals("CIN_PLAN_REVIEW")).toList();
        assertThat(reviews).extracting(StatutoryClock::startedOn).containsExactly(day(2026, 1, 5), TODAY);
        assertThat(reviews.get(0).completedOn()).isEqualTo(TODAY);
        assertThat(reviews.get(1).dueOn()).isEqualTo(day(2026, 6, 10));
    }

    @Test
    void shouldRefuseAReviewWithNoAttendeesOrProgressAndAnActionForAnotherPlansOutcome() {
        ChildJourney j = withOutcome();
        assertThat(refusals(j, new ReviewCinPlan(plan.id(), day(2026, 1, 1), List.of(), null, Map.of(), null, null)))
                .containsExactly("The review cannot be before the plan started on 5 January 2026",
                        "Enter who attended the review meeting, one a line", "Select yes if the child attended",
                        "Select the progress towards the outcome \"Sam is safe at home\"",
                        "Enter the date of the next review");
        assertThat(refusals(j, new AddCinPlanAction(plan.id(), UUID.randomUUID(), "Me", "Visit", day(2026, 1, 4))))
                .containsExactly("Select an outcome of this plan for the action",
                        "The action cannot be due before the plan started on 5 January 2026");
    }

    @Test
    void shouldRefuseAnotherChildsPlanAndAnActionForAClosedPlan() {
        ChildJourney j = withOutcome();
        assertThat(refusals(j, new AddCinPlanOutcome(UUID.randomUUID(), "x")))
                .containsExactly("There is no such child in need plan on this child's record");
        CinPlanOutcome outcome = CinPlans.outcomes(j, plan.id()).get(0);
        ChildJourney ended = run(j, new EndCinPlan(plan.id(), TODAY));
        assertThat(refusals(ended, new AddCinPlanAction(plan.id(), outcome.id(), "Me", "Visit", TODAY)))
                .containsExactly("This child in need plan ended on 10 March 2026, so it cannot be changed");
    }

    @Test
    void shouldLetAnUnansweredFollowUpLapseAYearAfterItFellDue() {
        CinPlan ended = cinPlan(referral, day(2022, 1, 5), day(2023, 2, 1));
        ChildJourney j = aChild().with(referral(day(2021, 12, 1), day(2023, 2, 1)), ended).journey();
        assertThat(CinPlans.followUpsDue(j, day(2025, 2, 1))).containsExactly(ended);
        assertThat(CinPlans.followUpsDue(j, day(2025, 2, 2))).isEmpty();
        assertThat(JourneyClocks.standard().derive(j, day(2025, 2, 2)).stream()
                .filter(c -> c.ruleId().equals("CIN_PLAN_FOLLOW_UP"))).isEmpty();
        assertThat(JourneyClocks.standard().derive(j, day(2025, 2, 1)).stream()
                .filter(c -> c.ruleId().equals("CIN_PLAN_FOLLOW_UP"))).hasSize(1);
    }

    @Test
    void shouldPromptTheFollowUpAYearAfterThePlanEndsAndRecordTheAnswer() {
        CinPlan ended = cinPlan(referral, day(2024, 1, 5), day(2025, 2, 1));
        ChildJourney j = aChild().with(referral(day(2023, 12, 1), day(2025, 2, 1)), ended).journey();
        assertThat(CinPlans.followUpsDue(j, day(2026, 1, 31))).isEmpty();
        assertThat(CinPlans.followUpsDue(j, day(2026, 2, 1))).containsExactly(ended);
        StatutoryClock clock = JourneyClocks.standard().derive(j, TODAY).stream()
                .filter(c -> c.ruleId().equals("CIN_PLAN_FOLLOW_UP")).findFirst().orElseThrow();
        assertThat(clock.dueOn()).isEqualTo(day(2026, 2, 1));
        assertThat(clock.completedOn()).isNull();

        assertThat(refusals(j, new RecordCinFollowUp(ended.id(), day(2026, 1, 30), "BETTER", " ")))
                .containsExactly("The follow-up is a year after the plan ended on 1 February 2025: from 1 February 2026",
                        "Select whether the child is better off, the same, worse off, or it is not known",
                        "Enter the evidence for the answer");
        ChildJourney answered = run(j, new RecordCinFollowUp(ended.id(), TODAY, "BETTER_OFF",
                "Attending school every day; no further referrals"));
        assertThat(CinPlans.followUp(answered, ended.id()).orElseThrow().answerLabel()).isEqualTo("Better off");
        assertThat(CinPlans.followUpsDue(answered, TODAY)).isEmpty();
        assertThat(refusals(answered, new RecordCinFollowUp(ended.id(), TODAY, "SAME", "x")))
                .containsExactly("The follow-up of this plan was recorded on 10 March 2026");
        assertThat(JourneyClocks.standard().derive(answered, TODAY).stream()
                .filter(c -> c.ruleId().equals("CIN_PLAN_FOLLOW_UP")).findFirst().orElseThrow().completedOn())
                .isEqualTo(TODAY);
    }

    @Test
    void shouldRefuseAFollowUpOfAnOpenPlan() {
        assertThat(refusals(withOutcome(), new RecordCinFollowUp(plan.id(), TODAY, "SAME", "x")))
                .containsExactly("This child in need plan is still open: the follow-up is a year after it ends");
    }
}
