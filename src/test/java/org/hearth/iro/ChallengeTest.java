package org.hearth.iro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

class ChallengeTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final UUID CHILD = UUID.randomUUID();

    static Challenge raised() {
        return Challenge.raise(CHILD, "iro", TODAY.minusDays(30), "CARE_PLAN", "No plan for school transport", TODAY);
    }

    static ChallengeRefused refusal(Runnable r) {
        try {
            r.run();
        } catch (ChallengeRefused e) {
            return e;
        }
        throw new AssertionError("expected the challenge to be refused");
    }

    @Test
    void shouldStartAtInformalResolutionWithTheNextStageTheTeamManager() {
        Challenge c = raised();
        assertThat(c.stage()).isEqualTo(ChallengeStage.INFORMAL);
        assertThat(c.isOpen()).isTrue();
        assertThat(c.nextStage()).isEqualTo(ChallengeStage.TEAM_MANAGER);
        assertThat(c.subjectLabel()).isEqualTo("The care plan");
    }

    @Test
    void shouldRefuseAChallengeWithNoSubjectNoDetailAndAFutureDateGivingEveryReason() {
        ChallengeRefused e = refusal(() -> Challenge.raise(CHILD, "iro", TODAY.plusDays(1), null, "  ", TODAY));
        assertThat(e.violations()).extracting(Violation::field).containsExactly("raisedOn", "subject", "detail");
        assertThat(e.violations().get(0).message()).isEqualTo("The date the challenge was raised must be today or in the past");
    }

    @Test
    void shouldRefuseASubjectNotOnTheList() {
        assertThat(refusal(() -> Challenge.raise(CHILD, "iro", TODAY, "GOSSIP", "x", TODAY)).violations())
                .extracting(Violation::message).containsExactly("Select what the challenge is about");
    }

    @Test
    void shouldRefuseAnUnreadableDate() {
        assertThat(refusal(() -> Challenge.raise(CHILD, "iro", null, "CARE_PLAN", "x", TODAY)).violations())
                .extracting(Violation::message)
                .containsExactly("Enter the date the challenge was raised as a real date, for example 27 3 2025");
    }

    @Test
    void shouldRefuseDetailThatIsTooLong() {
        String tooLong = "a".repeat(Challenge.MAX_TEXT + 1);
        assertThat(refusal(() -> Challenge.raise(CHILD, "iro", TODAY, "CARE_PLAN", tooLong, TODAY)).violations())
                .extracting(Violation::message).containsExactly("The detail must be 10,000 characters or fewer");
    }

    @Test
    void shouldClimbTheStagesInOrderUpToCafcass() {
        Challenge c = raised();
        LocalDate on = TODAY.minusDays(20);
        for (ChallengeStage s : new ChallengeStage[] {ChallengeStage.TEAM_MANAGER, ChallengeStage.SERVICE_MANAGER,
                ChallengeStage.DIRECTOR, ChallengeStage.CAFCASS}) {
            c = c.escalate(s, on, "Someone", "No response", "iro", TODAY);
            on = on.plusDays(2);
        }
        assertThat(c.stage()).isEqualTo(ChallengeStage.CAFCASS);
        assertThat(c.nextStage()).isNull();
        assertThat(c.escalations()).hasSize(4);
        Challenge atCafcass = c;
        assertThat(refusal(() -> atCafcass.escalate(ChallengeStage.CAFCASS, TODAY, "x", "y", "iro", TODAY))
                .violations()).extracting(Violation::message).first().asString().contains("cannot be escalated further");
    }

    @Test
    void shouldRefuseToSkipAStage() {
        ChallengeRefused e = refusal(() -> raised().escalate(ChallengeStage.DIRECTOR, TODAY, "Director", "Urgent",
                "iro", TODAY));
        assertThat(e.violations()).extracting(Violation::field).containsExactly("stage");
        assertThat(e.violations().get(0).message()).isEqualTo("Stages are taken in order: from informal resolution the "
                + "challenge escalates to team manager, not to director of children's services");
    }

    @Test
    void shouldRefuseAnEscalationWithNoStage() {
        assertThat(refusal(() -> raised().escalate(null, TODAY, "TM", "why", "iro", TODAY)).violations())
                .extracting(Violation::field).containsExactly("stage");
    }

    @Test
    void shouldRefuseAnEscalationDatedBeforeTheChallengeWasRaised() {
        Challenge c = raised();
        ChallengeRefused e = refusal(() -> c.escalate(ChallengeStage.TEAM_MANAGER, c.raisedOn().minusDays(1), "TM",
                "why", "iro", TODAY));
        assertThat(e.violations().get(0).field()).isEqualTo("escalatedOn");
        assertThat(e.violations().get(0).message()).contains("cannot be before the challenge was raised on");
    }

    @Test
    void shouldRefuseAnEscalationDatedBeforeThePreviousOne() {
        Challenge c = raised().escalate(ChallengeStage.TEAM_MANAGER, TODAY.minusDays(5), "TM", "why", "iro", TODAY);
        ChallengeRefused e = refusal(() -> c.escalate(ChallengeStage.SERVICE_MANAGER, TODAY.minusDays(6), "SM", "why",
                "iro", TODAY));
        assertThat(e.violations().get(0).message()).contains("cannot be before the previous escalation on");
    }

    @Test
    void shouldRefuseAnEscalationInTheFutureOrWithoutWhoAndWhy() {
        ChallengeRefused e = refusal(() -> raised().escalate(ChallengeStage.TEAM_MANAGER, TODAY.plusDays(1), " ", null,
                "iro", TODAY));
        assertThat(e.violations()).extracting(Violation::field).containsExactly("escalatedOn", "escalatedTo", "reason");
    }

    @Test
    void shouldRefuseToEscalateAResolvedChallenge() {
        Challenge closed = raised().close(true, TODAY.minusDays(1), "Plan amended", "iro", TODAY);
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.nextStage()).isNull();
        ChallengeRefused e = refusal(() -> closed.escalate(ChallengeStage.TEAM_MANAGER, TODAY, "TM", "why", "iro", TODAY));
        assertThat(e.violations()).singleElement().extracting(Violation::message).asString()
                .contains("(resolved), so it cannot be escalated");
    }

    @Test
    void shouldRefuseToEscalateAChallengeClosedUnresolved() {
        Challenge closed = raised().close(false, TODAY, "Director upheld the plan", "iro", TODAY);
        assertThat(closed.outcome().label()).isEqualTo("Not resolved");
        assertThat(refusal(() -> closed.escalate(ChallengeStage.TEAM_MANAGER, TODAY, "TM", "why", "iro", TODAY))
                .violations()).singleElement().extracting(Violation::rule).isEqualTo("challenge-closed");
    }

    @Test
    void shouldRefuseASecondOutcome() {
        Challenge closed = raised().close(true, TODAY, "Done", "iro", TODAY);
        assertThat(refusal(() -> closed.close(false, TODAY, "Again", "iro", TODAY)).violations())
                .singleElement().extracting(Violation::message).asString().contains("already has its outcome");
    }

    @Test
    void shouldRefuseAnOutcomeWithNoChoiceNoSummaryOrDatedBeforeTheLastEscalation() {
        Challenge c = raised().escalate(ChallengeStage.TEAM_MANAGER, TODAY.minusDays(3), "TM", "why", "iro", TODAY);
        ChallengeRefused e = refusal(() -> c.close(null, TODAY.minusDays(4), "", "iro", TODAY));
        assertThat(e.violations()).extracting(Violation::field).containsExactly("outcome", "decidedOn", "summary");
        assertThat(e.violations().get(1).message()).contains("cannot be before the last escalation on");
    }

    @Test
    void shouldKeepTheOutcomeWithItsDateAndSummary() {
        Challenge c = raised().close(true, TODAY, "  Plan amended to include transport  ", "iro", TODAY);
        assertThat(c.outcome().resolved()).isTrue();
        assertThat(c.outcome().summary()).isEqualTo("Plan amended to include transport");
        assertThat(c.outcome().decidedOn()).isEqualTo(TODAY);
    }
}
