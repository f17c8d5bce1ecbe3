package org.hearth.iro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

/** A team manager's answer to an IRO challenge escalated to them: when it may be given, and what it must say. */
class ChallengeAnswerTest {
    static final LocalDate TODAY = ChallengeTest.TODAY;

    static Challenge atTeamManager() {
        return ChallengeTest.raised().escalate(ChallengeStage.TEAM_MANAGER, TODAY.minusDays(10), "Team manager",
                "No reply in five working days", "iro", TODAY);
    }

    @Test
    void shouldRecordTheAnswerOnTheEscalationAndKeepTheChallengeOpenForTheIro() {
        Challenge before = atTeamManager();
        assertThat(before.awaitingTeamManager()).isNotNull();
        Challenge answered = before.answer("  Transport booked from Monday; plan updated.  ", TODAY, "tm", TODAY);
        Escalation e = answered.escalations().get(0);
        assertThat(e.answer()).isEqualTo("Transport booked from Monday; plan updated.");
        assertThat(e.answeredOn()).isEqualTo(TODAY);
        assertThat(e.answeredBy()).isEqualTo("tm");
        assertThat(answered.isOpen()).isTrue();
        assertThat(answered.awaitingTeamManager()).isNull();
    }

    @Test
    void shouldRefuseAnAnswerToAChallengeNeverEscalatedToATeamManager() {
        ChallengeRefused e = ChallengeTest.refusal(() -> ChallengeTest.raised().answer("Done", TODAY, "tm", TODAY));
        assertThat(e.violations()).extracting(Violation::message)
                .containsExactly("This challenge has not been escalated to a team manager, so there is nothing to answer yet");
    }

    @Test
    void shouldRefuseASecondAnswer() {
        Challenge answered = atTeamManager().answer("Booked", TODAY, "tm", TODAY);
        ChallengeRefused e = ChallengeTest.refusal(() -> answered.answer("Again", TODAY, "tm", TODAY));
        assertThat(e.violations()).extracting(Violation::message).singleElement().asString()
                .startsWith("This escalation was already answered on");
    }

    @Test
    void shouldRefuseAnAnswerOnceTheChallengeWentPastTheTeamManager() {
        Challenge higher = atTeamManager().escalate(ChallengeStage.SERVICE_MANAGER, TODAY.minusDays(2), "Head of service",
                "Still no plan", "iro", TODAY);
        assertThat(higher.awaitingTeamManager()).isNull();
        ChallengeRefused e = ChallengeTest.refusal(() -> higher.answer("Booked", TODAY, "tm", TODAY));
        assertThat(e.violations()).extracting(Violation::message)
                .containsExactly("This challenge is now with the service manager or head of service, not a team manager");
    }

    @Test
    void shouldRefuseAnAnswerToAClosedChallenge() {
        Challenge closed = atTeamManager().close(true, TODAY, "Resolved", "iro", TODAY);
        ChallengeRefused e = ChallengeTest.refusal(() -> closed.answer("Booked", TODAY, "tm", TODAY));
        assertThat(e.violations()).extracting(Violation::field).containsExactly("answer");
    }

    @Test
    void shouldRefuseABlankAnswerAndADateInTheFutureOrBeforeTheEscalation() {
        ChallengeRefused future = ChallengeTest.refusal(() -> atTeamManager().answer(" ", TODAY.plusDays(1), "tm", TODAY));
        assertThat(future.violations()).extracting(Violation::field).containsExactly("answeredOn", "answer");
        ChallengeRefused early = ChallengeTest.refusal(() -> atTeamManager().answer("Booked", TODAY.minusDays(11), "tm", TODAY));
        assertThat(early.violations()).extracting(Violation::message).singleElement().asString()
                .contains("cannot be before the escalation");
        ChallengeRefused huge = ChallengeTest.refusal(() -> atTeamManager().answer("x".repeat(Challenge.MAX_TEXT + 1),
                TODAY, "tm", TODAY));
        assertThat(huge.violations()).extracting(Violation::field).containsExactly("answer");
    }
}
