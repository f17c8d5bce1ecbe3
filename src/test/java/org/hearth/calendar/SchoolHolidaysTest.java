package org.hearth.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchoolHolidaysTest {
    private final WorkingDayCalendar england = WorkingDayCalendar.england();

    @Test
    void shouldCountSchoolDaysAsWorkingDaysOutsideTheCouncilsHolidays() {
        SchoolHolidays halfTerm = SchoolHolidays.parse("t", List.of(SchoolHolidays.HEADER,
                "2026-10-26\t2026-10-30\tAutumn half term"));

        assertThat(halfTerm.plusSchoolDays(LocalDate.of(2026, 10, 23), 1, england)).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(SchoolHolidays.none().plusSchoolDays(LocalDate.of(2026, 10, 23), 1, england))
                .isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(halfTerm.isSchoolDay(LocalDate.of(2026, 10, 27), england)).isFalse();
    }

    @Test
    void shouldRefuseAWrongHolidayFileWithTheLineAndWhatIsWrong() {
        assertThatThrownBy(() -> SchoolHolidays.parse("h.tsv", List.of("from,to")))
                .hasMessageContaining("must start with the header");
        assertThatThrownBy(() -> SchoolHolidays.parse("h.tsv", List.of(SchoolHolidays.HEADER, "26/10/2026\t2026-10-30\tx")))
                .hasMessageContaining("h.tsv line 2").hasMessageContaining("dates are written 2026-10-26");
        assertThatThrownBy(() -> SchoolHolidays.parse("h.tsv", List.of(SchoolHolidays.HEADER, "2026-10-30\t2026-10-26\tx")))
                .hasMessageContaining("ends on 2026-10-26, before it starts");
        assertThatThrownBy(() -> SchoolHolidays.parse("h.tsv", List.of(SchoolHolidays.HEADER, "2026-10-26\t2026-10-30")))
                .hasMessageContaining("expected 3 tab-separated columns");
    }
}
