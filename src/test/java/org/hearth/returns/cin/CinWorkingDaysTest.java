package org.hearth.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.ValidationIssue;
import org.junit.jupiter.api.Test;

class CinWorkingDaysTest {

    @Test
    void shouldSkipWeekendsAndBankHolidaysCountingBack() {
        // Easter 2024: Good Friday 29 March, Easter Monday 1 April.
        WorkingDayCalendar cal = CinContext.CALENDAR;
        assertThat(cal.minusWorkingDays(LocalDate.of(2024, 4, 1), 1)).isEqualTo(LocalDate.of(2024, 3, 28));
        assertThat(cal.minusWorkingDays(LocalDate.of(2024, 4, 3), 1)).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(cal.minusWorkingDays(LocalDate.of(2024, 4, 3), 2)).isEqualTo(LocalDate.of(2024, 3, 28));
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 3, 29))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 3, 28))).isTrue();
        assertThat(WorkingDayCalendar.isWeekend(LocalDate.of(2024, 3, 30))).isTrue();
        assertThat(WorkingDayCalendar.isWeekend(LocalDate.of(2024, 3, 29))).as("a holiday, not a weekend").isFalse();
    }

    @Test
    void shouldPrecomputeTheCutOffsOfTheYear() {
        CinContext ctx = new CinContext(CollectionYear.of(2024), new CinCensus());
        assertThat(ctx.nfaCutOff()).as("1 April 2023 is a Saturday").isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(ctx.conferenceDue()).isEqualTo(CinContext.CALENDAR.minusWorkingDays(LocalDate.of(2024, 3, 31), 15));
        // 45 working days back from Sunday 31 March 2024, skipping Good Friday: Friday 26 January 2024.
        assertThat(ctx.assessmentDue()).isEqualTo(LocalDate.of(2024, 1, 26));
    }

    @Test
    void shouldNotCrashOnLeapDayDates() {
        for (int year : CinRulesTest.YEARS) {
            CinFixture f = new CinFixture(year);
            f.child.birth = LocalDate.of(2000, 2, 29);
            f.child.expectedBirth = LocalDate.of(2024, 2, 29);
            f.child.death = LocalDate.of(2024, 2, 29);
            f.details.referral = LocalDate.of(1999, 2, 28);
            f.assessment.start = LocalDate.of(2020, 2, 29);
            List<ValidationIssue> issues = f.validateAll();
            assertThat(issues).isNotEmpty();
        }
    }
}
