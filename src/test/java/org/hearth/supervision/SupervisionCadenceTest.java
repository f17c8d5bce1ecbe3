package org.hearth.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hearth.clocks.TimescaleRules;
import org.junit.jupiter.api.Test;

class SupervisionCadenceTest {
    private static final TimescaleRules RULES = TimescaleRules.standard();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void shouldSuperviseAnExperiencedWorkerMonthlyFromTheLastSupervision() {
        var due = SupervisionCadence.of(null, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 2), TODAY, RULES);
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(due.asye()).isFalse();
        assertThat(due.rule().id()).isEqualTo("SUPERVISION");
        assertThat(due.rag()).isEqualTo(SupervisionCadence.Rag.GREEN);
    }

    @Test
    void shouldSuperviseANewlyQualifiedWorkerFortnightlyInTheFirstSixMonthsOfTheirAsye() {
        var due = SupervisionCadence.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2),
                TODAY, RULES);
        assertThat(due.asye()).isTrue();
        assertThat(due.rule().id()).isEqualTo("SUPERVISION_ASYE");
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(due.rag()).isEqualTo(SupervisionCadence.Rag.AMBER);
    }

    @Test
    void shouldMoveANewlyQualifiedWorkerToTheUsualCadenceAfterSixMonths() {
        var due = SupervisionCadence.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2026, 3, 2),
                TODAY, RULES);
        assertThat(due.asye()).isFalse();
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void shouldShowAWorkerOverdueWhenTheirCadenceHasPassedWithNoSupervision() {
        var due = SupervisionCadence.of(null, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 20), TODAY, RULES);
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(due.overdue()).isTrue();
        assertThat(due.rag()).isEqualTo(SupervisionCadence.Rag.RED);
    }

    @Test
    void shouldRunTheClockOfAWorkerNeverSupervisedFromTheDayTheyStarted() {
        var due = SupervisionCadence.of(null, LocalDate.of(2026, 1, 1), null, TODAY, RULES);
        assertThat(due.last()).isNull();
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(due.overdue()).isTrue();
        var asye = SupervisionCadence.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 2, 1), null, TODAY, RULES);
        assertThat(asye.dueOn()).as("from the start of their ASYE, fortnightly").isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void shouldFollowTheCouncilsOwnCadence() {
        TimescaleRules sixWeekly = RULES.withCouncilOverrides("council.tsv", List.of(TimescaleRules.OVERRIDE_HEADER,
                "SUPERVISION\t42\tDAYS\tsix-weekly supervision agreed with the staff side",
                "SUPERVISION_ASYE\t7\tDAYS\tweekly for newly qualified staff"));
        assertThat(SupervisionCadence.of(null, null, LocalDate.of(2026, 3, 2), TODAY, sixWeekly).dueOn())
                .isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(SupervisionCadence.of(LocalDate.of(2026, 1, 5), null, LocalDate.of(2026, 3, 2), TODAY, sixWeekly)
                .dueOn()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void shouldGiveTheShareOfWorkersWithNoSupervisionInTheirCadence() {
        var late = SupervisionCadence.of(null, null, LocalDate.of(2025, 12, 1), TODAY, RULES);
        var inTime = SupervisionCadence.of(null, null, LocalDate.of(2026, 3, 1), TODAY, RULES);
        assertThat(SupervisionCadence.percentOverdue(List.of(late, inTime, inTime, inTime))).isEqualTo(25);
        assertThat(SupervisionCadence.percentOverdue(List.of())).isZero();
    }
}
