package org.hearth.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.hearth.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class StatutoryClockTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 30);

    private final StatutoryClock open = new StatutoryClock("CLA_REVIEW_FIRST", "First review for child 123",
            START, DUE, null);

    @Test
    void shouldBeDueBeforeTheDueDate() {
        assertThat(open.status(DUE.minusDays(1))).isEqualTo(ClockStatus.DUE);
        assertThat(open.status(START)).isEqualTo(ClockStatus.DUE);
    }

    @Test
    void shouldBeDueTodayOnTheDueDate() {
        assertThat(open.status(DUE)).isEqualTo(ClockStatus.DUE_TODAY);
    }

    @Test
    void shouldBeOverdueAfterTheDueDate() {
        assertThat(open.status(DUE.plusDays(1))).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void shouldBeOnTimeWhenCompletedOnOrBeforeTheDueDate() {
        assertThat(open.completed(DUE).status(DUE.plusYears(1))).isEqualTo(ClockStatus.ON_TIME);
        assertThat(open.completed(START).status(DUE.plusDays(9))).isEqualTo(ClockStatus.ON_TIME);
    }

    @Test
    void shouldBeLateWhenCompletedAfterTheDueDate() {
        StatutoryClock late = open.completed(DUE.plusDays(1));

        assertThat(late.status(DUE.plusDays(1))).isEqualTo(ClockStatus.LATE);
        assertThat(late.isOpen()).isFalse();
        assertThat(open.isOpen()).isTrue();
    }

    @Test
    void shouldWorkOutTheDueDateFromItsRule() {
        TimescaleRule rule = TimescaleRules.standard().rule("CLA_REVIEW_FIRST");

        // Looked after from Monday 2 March 2026: 20 working days (no bank holidays) is Monday 30 March.
        StatutoryClock clock = StatutoryClock.start(rule, "child 123", START, WorkingDayCalendar.england());

        assertThat(clock.dueOn()).isEqualTo(DUE);
        assertThat(clock.ruleId()).isEqualTo("CLA_REVIEW_FIRST");
        assertThat(clock.completedOn()).isNull();
    }

    @Test
    void shouldRefuseADueDateBeforeTheStart() {
        assertThatThrownBy(() -> new StatutoryClock("ICPC", "x", START, START.minusDays(1), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before it started");
    }

    @Test
    void shouldRefuseACompletionBeforeTheStart() {
        assertThatThrownBy(() -> open.completed(START.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("completed on 2026-03-01");
    }

    @Test
    void shouldRefuseAClockWithoutARuleOrDates() {
        assertThatThrownBy(() -> new StatutoryClock(null, "x", START, DUE, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new StatutoryClock("ICPC", "x", START, null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
