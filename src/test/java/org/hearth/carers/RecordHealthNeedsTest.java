package org.hearth.carers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordHealthNeedsTest {
    @Test
    void shouldKeepTrimmedAnswersAndBlankAsNoneKnown() {
        RecordHealthNeeds r = new RecordHealthNeeds("  Asthma  ", " ", 0);
        assertThat(r.needs()).isEqualTo("Asthma");
        assertThat(r.allergies()).isNull();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void shouldRefuseAnswersTooLongOrNotTextAndAFormWithNoVersion() {
        assertThat(new RecordHealthNeeds("a".repeat(RecordHealthNeeds.MAX + 1), null, 0).problems())
                .containsKey("needs");
        assertThat(new RecordHealthNeeds(null, "nuts\u0000", 0).problems()).containsKey("allergies");
        assertThat(new RecordHealthNeeds("ok", null, -1).problems()).containsKey("needs");
    }

    @Test
    void shouldDueTheFirstReviewIn20WorkingDaysTheSecondIn3MonthsThenEvery6() {
        LocalDate start = LocalDate.of(2026, 1, 5);
        assertThat(CarerSpace.dueAfter(start, List.of())).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(CarerSpace.dueAfter(start, List.of(LocalDate.of(2026, 1, 30)))).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(CarerSpace.dueAfter(start, List.of(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 4, 20))))
                .isEqualTo(LocalDate.of(2026, 10, 20));
    }
}
