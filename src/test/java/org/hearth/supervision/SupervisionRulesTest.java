package org.hearth.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.junit.jupiter.api.Test;

class SupervisionRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Actor MANAGER = new Actor("tm", "Tara Manager", Role.TEAM_MANAGER, "T1");
    private static final Actor WORKER = new Actor("sw", "Sam Worker", Role.SOCIAL_WORKER, "T1");
    private static final UUID CHILD = UUID.randomUUID();

    private static SupervisionRules.NewSession session(LocalDate date, String type, LocalDate next,
                                                       List<SupervisionRules.DecisionAnswer> decisions,
                                                       List<SupervisionRules.ActionAnswer> actions) {
        return new SupervisionRules.NewSession(date, type, "Tired after court", "Twelve children; two drifting",
                null, next, decisions, actions);
    }

    private static List<String> fields(List<SupervisionRules.Problem> problems) {
        return problems.stream().map(SupervisionRules.Problem::field).toList();
    }

    @Test
    void shouldAcceptASessionWithADecisionAndAnAction() {
        var problems = SupervisionRules.checkNew(MANAGER, WORKER, session(TODAY, "FORMAL", TODAY.plusMonths(1),
                List.of(new SupervisionRules.DecisionAnswer(CHILD, "Convene a strategy discussion")),
                List.of(new SupervisionRules.ActionAnswer("Book the ASYE portfolio review", "sw", TODAY.plusDays(14)))),
                TODAY);
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldRefuseASupervisionRecordedByAWorker() {
        var problems = SupervisionRules.checkNew(WORKER, MANAGER, session(TODAY, "FORMAL", null, List.of(), List.of()), TODAY);
        assertThat(problems).extracting(SupervisionRules.Problem::kind).contains(SupervisionRules.Kind.NOT_ALLOWED);
    }

    @Test
    void shouldRefuseAFutureSessionAnUnknownKindAndANextDateBeforeIt() {
        var problems = SupervisionRules.checkNew(MANAGER, WORKER, session(TODAY.plusDays(1), "CHAT", TODAY,
                List.of(), List.of()), TODAY);
        assertThat(fields(problems)).containsExactly("date", "type", "nextDate");
        assertThat(problems.get(0).message()).contains("has happened");
    }

    @Test
    void shouldRefuseASessionThatSaysNothingWasDiscussed() {
        var empty = new SupervisionRules.NewSession(TODAY, "FORMAL", " ", null, "", null, List.of(), List.of());
        assertThat(SupervisionRules.checkNew(MANAGER, WORKER, empty, TODAY))
                .extracting(SupervisionRules.Problem::message).anyMatch(m -> m.startsWith("Say what was discussed"));
    }

    @Test
    void shouldRefuseADecisionWithNoChildNoWordsOrTheSameChildTwice() {
        var problems = SupervisionRules.checkNew(MANAGER, WORKER, session(TODAY, "FORMAL", null, List.of(
                new SupervisionRules.DecisionAnswer(null, "Step down"),
                new SupervisionRules.DecisionAnswer(CHILD, " "),
                new SupervisionRules.DecisionAnswer(CHILD, "Again")), List.of()), TODAY);
        assertThat(fields(problems)).containsExactly("decision1Child", "decision2Text", "decision3Child");
    }

    @Test
    void shouldRefuseAnActionForSomeoneElseOrDueBeforeTheSessionOrWithNoWords() {
        var problems = SupervisionRules.checkNew(MANAGER, WORKER, session(TODAY, "GROUP", null, List.of(), List.of(
                new SupervisionRules.ActionAnswer("Read the chronology", "someone-else", TODAY.plusDays(3)),
                new SupervisionRules.ActionAnswer("Visit", "sw", TODAY.minusDays(1)),
                new SupervisionRules.ActionAnswer("", "tm", null))), TODAY);
        assertThat(fields(problems)).containsExactly("action1Owner", "action2Due", "action3Text", "action3Due");
    }

    @Test
    void shouldRefuseAHugeAnswerInWords() {
        var huge = new SupervisionRules.NewSession(TODAY, "FORMAL", null, "x".repeat(20_001), null, null, List.of(),
                List.of());
        assertThat(SupervisionRules.checkNew(MANAGER, WORKER, huge, TODAY)).extracting(SupervisionRules.Problem::message)
                .contains("Write what was discussed about the caseload in 20,000 characters or fewer");
    }

    private static Supervision recorded(long version) {
        return new Supervision(UUID.randomUUID(), "tm", "sw", "T1", TODAY, "FORMAL", "ok", "caseload", null, null,
                null, null, "tm", Instant.now(), "tm", Instant.now(), version, List.of(),
                List.of(new Supervision.Action(UUID.randomUUID(), "Read", "sw", TODAY.plusDays(3), null)));
    }

    @Test
    void shouldLetOnlyTheWorkerAgreeAndOnlyOnce() {
        Supervision s = recorded(1);
        assertThat(SupervisionRules.checkAgree(s, WORKER, 1, "Accurate", "Tara Manager")).isEmpty();
        assertThat(SupervisionRules.checkAgree(s, MANAGER, 1, null, null)).extracting(SupervisionRules.Problem::kind)
                .containsExactly(SupervisionRules.Kind.NOT_ALLOWED);
        Supervision agreed = SupervisionRules.agree(s, WORKER, "  Accurate ", Instant.now());
        assertThat(agreed.version()).isEqualTo(2);
        assertThat(agreed.workerComments()).isEqualTo("Accurate");
        assertThat(SupervisionRules.checkAgree(agreed, WORKER, 2, null, null)).extracting(SupervisionRules.Problem::message)
                .containsExactly("You have already agreed this supervision record");
    }

    @Test
    void shouldRefuseAStaleChangeNamingWhoMadeTheChange() {
        Supervision s = recorded(3);
        var problems = SupervisionRules.checkAgree(s, WORKER, 2, null, "Tara Manager");
        assertThat(problems).extracting(SupervisionRules.Problem::kind).containsExactly(SupervisionRules.Kind.STALE);
        assertThat(problems.get(0).message()).contains("Tara Manager changed it").doesNotContain("tm ");
        assertThat(SupervisionRules.checkComplete(s, MANAGER, 1, s.actions().get(0).id(), "Sam Worker"))
                .extracting(SupervisionRules.Problem::kind).containsExactly(SupervisionRules.Kind.STALE);
    }

    @Test
    void shouldRefuseActionsFromAnyoneButTheTwoAndAnActionDoneTwice() {
        Supervision s = recorded(1);
        Actor other = new Actor("sw2", "Other Worker", Role.SOCIAL_WORKER, "T1");
        assertThat(SupervisionRules.checkAddAction(s, other, 1, new SupervisionRules.ActionAnswer("x", "sw", TODAY), null))
                .extracting(SupervisionRules.Problem::kind).containsExactly(SupervisionRules.Kind.NOT_ALLOWED);
        Supervision done = new Supervision(s.id(), "tm", "sw", "T1", TODAY, "FORMAL", null, "c", null, null, null, null,
                "tm", Instant.now(), "tm", Instant.now(), 1, List.of(), List.of(new Supervision.Action(
                s.actions().get(0).id(), "Read", "sw", TODAY, TODAY)));
        assertThat(SupervisionRules.checkComplete(done, WORKER, 1, s.actions().get(0).id(), null))
                .extracting(SupervisionRules.Problem::message).containsExactly("This action is already marked as done");
        assertThat(SupervisionRules.checkComplete(s, WORKER, 1, UUID.randomUUID(), null))
                .extracting(SupervisionRules.Problem::field).containsExactly("action");
    }

    @Test
    void shouldLeaveOutTheWorkersPersonalPartForOtherReaders() {
        assertThat(recorded(1).withoutPersonal().wellbeing()).isNull();
        assertThat(recorded(1).withoutPersonal().caseload()).isEqualTo("caseload");
    }
}
