package org.hearth.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.aChildBorn;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

/**
 * A child protection plan continues or ends at a review conference: ending it needs the review, its date and a
 * reason, saved together (the former bypass, PUT of a plan with an end date, has no command that does it).
 */
class EndCpPlanTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final LocalDate CONFERENCE = day(2026, 1, 26);
    static final JourneyCommand.Context IRO = ProtectionCommandsTest.as(Role.IRO);
    static final Referral REFERRAL = referral(day(2026, 1, 5));
    final ChildJourney onPlan = aChild().with(REFERRAL).onCpPlan(REFERRAL, CONFERENCE, null).journey();
    final CpPlan plan = ChildProtection.openPlan(onPlan);

    static List<String> refusals(ChildJourney j, JourneyCommand command, JourneyCommand.Context context) {
        return command.decide(j, context).refusals().stream().map(Violation::message).toList();
    }

    @Test
    void shouldEndThePlanOnTheDayOfTheReviewThatDecidedItWithTheReason() {
        JourneyCommand.Decision d = new EndCpPlan(plan.id(), day(2026, 3, 9), "NO_LONGER_AT_RISK", "I feel safe.")
                .decide(onPlan, IRO);
        assertThat(d.refused()).isFalse();
        CpReview review = (CpReview) d.changes().get(0).record();
        CpPlan ended = (CpPlan) d.changes().get(1).record();
        assertThat(review.cpPlanId()).isEqualTo(plan.id());
        assertThat(review.cpReviewOutcomeContinueCp()).isFalse();
        assertThat(review.cpReviewPlanEndReason()).isEqualTo("NO_LONGER_AT_RISK");
        assertThat(review.cpReviewChildViews()).isEqualTo("I feel safe.");
        assertThat(ended.id()).isEqualTo(plan.id());
        assertThat(ended.cpPlanEndDate()).isEqualTo(review.cpReviewDate());
        assertThat(FormChanges.refusals(onPlan, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseToEndAPlanWithoutAReasonOrAReviewDate() {
        assertThat(refusals(onPlan, new EndCpPlan(plan.id(), day(2026, 3, 9), null, "x"), IRO))
                .containsExactly("Select why the child protection plan ends");
        assertThat(refusals(onPlan, new EndCpPlan(plan.id(), day(2026, 3, 9), "  ", "x"), IRO))
                .containsExactly("Select why the child protection plan ends");
        assertThat(refusals(onPlan, new EndCpPlan(plan.id(), day(2026, 3, 9), "BORED", "x"), IRO))
                .containsExactly("Select why the child protection plan ends");
        assertThat(refusals(onPlan, new EndCpPlan(plan.id(), null, "MOVED_LA", "x"), IRO))
                .containsExactly("Enter the date of the review conference");
        assertThat(refusals(onPlan, new EndCpPlan(plan.id(), day(2026, 3, 11), "MOVED_LA", "x"), IRO))
                .containsExactly("The date of the review conference must be today or in the past");
    }

    @Test
    void shouldRefuseToEndAPlanThatIsNotOpenOrNotTheChilds() {
        ChildJourney ended = aChild().with(REFERRAL).onCpPlan(REFERRAL, CONFERENCE, day(2026, 2, 20)).journey();
        UUID endedPlan = ended.all(ProtectionStage.CP_PLANS).get(0).id();
        assertThat(refusals(ended, new EndCpPlan(endedPlan, day(2026, 3, 9), "MOVED_LA", "x"), IRO))
                .containsExactly("This child protection plan has already ended, so it cannot be reviewed");
        assertThat(refusals(onPlan, new EndCpPlan(UUID.randomUUID(), day(2026, 3, 9), "MOVED_LA", "x"), IRO))
                .containsExactly("The child protection plan is not on this child's record");
        assertThat(refusals(aChild().journey(), new EndCpPlan(null, day(2026, 3, 9), "MOVED_LA", "x"), IRO))
                .containsExactly("The child has no open child protection plan to review");
    }

    @Test
    void shouldAskForTheViewsOfAChildOfFourOrMoreOnly() {
        assertThat(refusals(onPlan, new EndCpPlan(plan.id(), day(2026, 3, 9), "MOVED_LA", null), IRO))
                .containsExactly("Enter the child's views in their own words, or say how they were sought if the "
                        + "child gave none");
        assertThat(refusals(onPlan, new EndCpPlan(plan.id(), day(2026, 3, 9), "MOVED_LA", "x".repeat(10_001)), IRO))
                .containsExactly("The child's views must be 10,000 characters or fewer");
        Referral r = referral(day(2026, 1, 5));
        ChildJourney baby = aChildBorn(day(2025, 6, 1)).with(r).onCpPlan(r, CONFERENCE, null).journey();
        assertThat(new EndCpPlan(ChildProtection.openPlan(baby).id(), day(2026, 3, 9), "MOVED_LA", null)
                .decide(baby, IRO).refused()).isFalse();
    }

    @Test
    void shouldLetTheIroWorkerOrManagerRecordAReviewButNoOneElse() {
        EndCpPlan command = new EndCpPlan(plan.id(), day(2026, 3, 9), "MOVED_LA", "x");
        for (Role role : List.of(Role.IRO, Role.SOCIAL_WORKER, Role.TEAM_MANAGER)) {
            assertThat(command.decide(onPlan, ProtectionCommandsTest.as(role)).refused()).as(role.name()).isFalse();
        }
        for (Role role : List.of(Role.EARLY_HELP_WORKER, Role.PERSONAL_ADVISER)) {
            assertThat(refusals(onPlan, command, ProtectionCommandsTest.as(role))).as(role.name()).containsExactly(
                    "Only the chair of the conference (the child's IRO), the child's social worker or their team "
                            + "manager can record the review conference that ends a child protection plan");
            assertThat(new ReviewCpPlan(plan.id(), day(2026, 3, 9), "x", null)
                    .decide(onPlan, ProtectionCommandsTest.as(role)).refused()).isTrue();
        }
    }

    @Test
    void shouldKeepThePlanOpenAtAReviewThatContinuesItAndChangeItsCategoryWhenTheReviewDoes() {
        JourneyCommand.Decision same = new ReviewCpPlan(plan.id(), day(2026, 3, 9), "Better.", null).decide(onPlan, IRO);
        assertThat(same.changes()).singleElement().satisfies(c -> {
            CpReview review = (CpReview) c.record();
            assertThat(review.cpReviewOutcomeContinueCp()).isTrue();
            assertThat(review.cpReviewPlanEndReason()).isNull();
        });
        JourneyCommand.Decision changed = new ReviewCpPlan(plan.id(), day(2026, 3, 9), "Better.", "EMO")
                .decide(onPlan, IRO);
        CpPlan recategorised = (CpPlan) changed.changes().get(1).record();
        assertThat(recategorised.cpPlanEndDate()).isNull();
        assertThat(recategorised.cpPlanInitialCategory()).isEqualTo("NEG");
        assertThat(recategorised.cpPlanLatestCategory()).isEqualTo("EMO");
        assertThat(FormChanges.refusals(onPlan, changed.changes())).isEmpty();
        assertThat(refusals(onPlan, new ReviewCpPlan(plan.id(), day(2026, 3, 9), "x", "BAD"), IRO))
                .containsExactly("Select the category of abuse from the list");
    }

    @Test
    void shouldLeaveAReviewOnTheDayThePlanStartedToTheJourneyRuleWithItsDfeCode() {
        JourneyCommand.Decision d = new EndCpPlan(plan.id(), CONFERENCE, "MOVED_LA", "x").decide(onPlan, IRO);
        assertThat(FormChanges.refusals(onPlan, d.changes())).extracting(Violation::dfeCode).contains("8841");
    }

    @Test
    void shouldReadTheReviewFormIntoTheCommandThatContinuesOrEndsThePlan() {
        Map<String, String> form = new HashMap<>();
        DateAnswer.fill(form, "reviewDate", day(2026, 3, 9));
        form.put("outcome", "end");
        form.put("endReason", "LEFT_UK");
        form.put("views", "Bye.");
        form.put("category", "NEG");
        assertThat(ProtectionForms.review(plan.id(), onPlan.child().dob(), form, TODAY, ProtectionCommandsTest.ORGS).command())
                .isEqualTo(new EndCpPlan(plan.id(), day(2026, 3, 9), "LEFT_UK", "Bye."));
        form.put("outcome", "continue");
        assertThat(ProtectionForms.review(plan.id(), onPlan.child().dob(), form, TODAY, ProtectionCommandsTest.ORGS).command())
                .isEqualTo(new ReviewCpPlan(plan.id(), day(2026, 3, 9), "Bye.", "NEG"));
        form.remove("outcome");
        form.remove("views");
        assertThat(ProtectionForms.review(plan.id(), onPlan.child().dob(), form, TODAY, ProtectionCommandsTest.ORGS).errors().all())
                .containsExactly("Select whether the child protection plan continues or ends",
                        "Enter the child's views in their own words, or say how they were sought if the child gave none");
        assertThat(ProtectionForms.REVIEW_QUESTIONS.apply("cpReviewPlanEndReason")).isEqualTo("endReason");
        assertThat(ProtectionForms.REVIEW_QUESTIONS.apply("cpPlanEndDate")).isEqualTo("reviewDate");
    }
}
