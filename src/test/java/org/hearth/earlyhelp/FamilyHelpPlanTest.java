package org.hearth.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.earlyHelp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

class FamilyHelpPlanTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final JourneyCommand.Context WORKER = new JourneyCommand.Context(
            new Actor("eh.test", "Eli Test", Role.EARLY_HELP_WORKER, "T2"), TODAY);
    final EarlyHelpEpisode episode = earlyHelp(day(2026, 1, 5), null);

    static List<String> refusals(ChildJourney j, JourneyCommand c) {
        return c.decide(j, WORKER).refusals().stream().map(Violation::message).toList();
    }

    /** Runs the command as the service would: refused by the command, else by the rules, else applied. */
    static ChildJourney run(ChildJourney j, JourneyCommand c) {
        JourneyCommand.Decision d = c.decide(j, WORKER);
        assertThat(d.refusals()).isEmpty();
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
        return FormChanges.applied(j, d.changes());
    }

    ChildJourney withPlan() {
        return run(aChild().with(episode).journey(),
                new StartFamilyHelpPlan(day(2026, 2, 1), "Priya Shah", "Northgate Family Hub", "01632 960123"));
    }

    @Test
    void shouldMakeAPlanWithGoalsActionsAndAReview() {
        ChildJourney j = withPlan();
        FamilyHelpPlan plan = EarlyHelp.openPlan(j).orElseThrow();
        assertThat(plan.episodeId()).isEqualTo(episode.id());
        assertThat(plan.leadName()).isEqualTo("Priya Shah");
        assertThat(plan.leadAgency()).isEqualTo("Northgate Family Hub");

        j = run(j, new AddFamilyHelpGoal(plan.id(), " Ada gets to school on time every day "));
        FamilyHelpGoal goal = EarlyHelp.goals(j, plan.id()).get(0);
        assertThat(goal.goalText()).isEqualTo("Ada gets to school on time every day");
        assertThat(goal.goalSetDate()).isEqualTo(TODAY);

        j = run(j, new AddFamilyHelpAction(plan.id(), goal.id(), "Set up a morning routine chart", "Mum", day(2026, 3, 31)));
        FamilyHelpAction action = EarlyHelp.actions(j, goal.id()).get(0);
        assertThat(action.done()).isFalse();
        assertThat(action.actionOwner()).isEqualTo("Mum");

        j = run(j, new MarkFamilyHelpActionDone(action.id(), TODAY));
        assertThat(EarlyHelp.actions(j, goal.id()).get(0).actionDoneDate()).isEqualTo(TODAY);

        j = run(j, new ReviewFamilyHelpPlan(plan.id(), TODAY, Map.of(goal.id(), "GOOD_PROGRESS"), "Going well",
                day(2026, 6, 10)));
        FamilyHelpReview review = EarlyHelp.reviews(j, plan.id()).get(0);
        assertThat(review.progressOf(goal.id())).isEqualTo("Good progress");
        assertThat(review.nextReviewDate()).isEqualTo(day(2026, 6, 10));
    }

    @Test
    void shouldRefuseAPlanWithoutOpenFamilyHelpOrALeadPractitioner() {
        assertThat(refusals(aChild().journey(), new StartFamilyHelpPlan(day(2026, 2, 1), "A", "B", "C")))
                .containsExactly("The child has no open family help episode. Start family help before making its plan");
        assertThat(refusals(aChild().with(episode).journey(), new StartFamilyHelpPlan(day(2026, 1, 1), " ", null, "")))
                .containsExactly("The plan cannot start before family help started on 5 January 2026",
                        "Enter the lead practitioner's name", "Enter the lead practitioner's agency",
                        "Enter how to contact the lead practitioner (a phone number or email address)");
        assertThat(refusals(withPlan(), new StartFamilyHelpPlan(TODAY, "A", "B", "C")))
                .containsExactly("The family help plan started on 1 February 2026 is still open: add to it or review it");
    }

    @Test
    void shouldRefuseActionDueBeforePlanStart() {
        ChildJourney j = withPlan();
        FamilyHelpPlan plan = EarlyHelp.openPlan(j).orElseThrow();
        j = run(j, new AddFamilyHelpGoal(plan.id(), "Calmer evenings"));
        UUID goal = EarlyHelp.goals(j, plan.id()).get(0).id();
        assertThat(refusals(j, new AddFamilyHelpAction(plan.id(), goal, "Bedtime routine", "Dad", day(2026, 1, 31))))
                .containsExactly("The action cannot be due before the plan started on 1 February 2026");
        assertThat(refusals(j, new AddFamilyHelpAction(plan.id(), UUID.randomUUID(), " ", null, null)))
                .containsExactly("Select a goal of this plan for the action", "Enter what is to be done",
                        "Enter who will do it", "Enter the date the action is due");
    }

    @Test
    void shouldRefuseAnotherChildsPlanAndAClosedPlan() {
        ChildJourney j = withPlan();
        FamilyHelpPlan plan = EarlyHelp.openPlan(j).orElseThrow();
        assertThat(refusals(j, new AddFamilyHelpGoal(UUID.randomUUID(), "Goal")))
                .containsExactly("There is no such family help plan on this child's record");
        ChildJourney ended = run(j, new EndEarlyHelp(episode.id(), TODAY, "Completed"));
        assertThat(ended.find(EarlyHelpStage.PLANS, plan.id()).orElseThrow().planEndDate())
                .as("the plan ends with its episode").isEqualTo(TODAY);
        assertThat(refusals(ended, new AddFamilyHelpGoal(plan.id(), "Goal")))
                .containsExactly("This family help plan ended on 10 March 2026, so it cannot be changed");
    }

    @Test
    void shouldRefuseAReviewMissingProgressForAGoalOrWithTheNextReviewBeforeIt() {
        ChildJourney j = withPlan();
        FamilyHelpPlan plan = EarlyHelp.openPlan(j).orElseThrow();
        assertThat(refusals(j, new ReviewFamilyHelpPlan(plan.id(), TODAY, Map.of(), null, TODAY)))
                .containsExactly("The plan has no goals yet. Add its goals before reviewing it",
                        "The next review must be after this one");
        j = run(j, new AddFamilyHelpGoal(plan.id(), "Calmer evenings"));
        assertThat(refusals(j, new ReviewFamilyHelpPlan(plan.id(), TODAY.plusDays(1),
                Map.of(UUID.randomUUID(), "ACHIEVED"), null, null)))
                .containsExactly("The date of the review must be today or in the past",
                        "Select the progress towards the goal \"Calmer evenings\"",
                        "Progress was given for a goal that is not in this plan",
                        "Enter the date of the next review");
    }

    @Test
    void shouldRefuseAnActionDoneTwiceOrInTheFuture() {
        ChildJourney j = withPlan();
        FamilyHelpPlan plan = EarlyHelp.openPlan(j).orElseThrow();
        j = run(j, new AddFamilyHelpGoal(plan.id(), "Calmer evenings"));
        UUID goal = EarlyHelp.goals(j, plan.id()).get(0).id();
        j = run(j, new AddFamilyHelpAction(plan.id(), goal, "Bedtime routine", "Dad", day(2026, 4, 1)));
        UUID action = EarlyHelp.actions(j, goal).get(0).id();
        assertThat(refusals(j, new MarkFamilyHelpActionDone(action, TODAY.plusDays(1))))
                .containsExactly("The date the action was done must be today or in the past");
        ChildJourney done = run(j, new MarkFamilyHelpActionDone(action, TODAY));
        assertThat(refusals(done, new MarkFamilyHelpActionDone(action, TODAY)))
                .containsExactly("This action was done on 10 March 2026");
    }

    @Test
    void shouldKeepAnActionToAGoalOfItsOwnPlanWhoeverWritesIt() {
        ChildJourney j = withPlan();
        FamilyHelpPlan plan = EarlyHelp.openPlan(j).orElseThrow();
        FamilyHelpAction stray = new FamilyHelpAction(UUID.randomUUID(), j.child().id(), plan.id(), UUID.randomUUID(),
                TODAY, "x", "y", TODAY, null);
        assertThat(FamilyHelpRules.check(org.hearth.journey.JourneyBuilder.add(j, stray)))
                .extracting(Violation::rule).containsExactly("family-help-action-goal");
    }
}
