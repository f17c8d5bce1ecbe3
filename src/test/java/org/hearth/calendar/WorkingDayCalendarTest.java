package org.hearth.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar cal = WorkingDayCalendar.england();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void shouldTreatWeekendsAsNonWorkingDays() {
        assertThat(cal.isWorkingDay(d("2025-11-22"))).as("Saturday").isFalse();
        assertThat(cal.isWorkingDay(d("2025-11-23"))).as("Sunday").isFalse();
        assertThat(cal.isWorkingDay(d("2025-11-24"))).as("Monday").isTrue();
        assertThat(cal.bankHoliday(d("2025-11-22"))).isEmpty();
    }

    @Test
    void shouldSkipEasterMondayWhenCountingWorkingDays() {
        // Easter 2026 is Sunday 5 April: Good Friday 3 April and Easter Monday 6 April are holidays.
        assertThat(cal.bankHoliday(d("2026-04-06"))).contains("Easter Monday");
        assertThat(cal.plusWorkingDays(d("2026-04-02"), 1)).isEqualTo(d("2026-04-07"));
        assertThat(cal.workingDaysBetween(d("2026-04-02"), d("2026-04-07"))).isEqualTo(1);
    }

    @Test
    void shouldComputeEasterByTheGregorianComputus() {
        assertThat(WorkingDayCalendar.easterSunday(2024)).isEqualTo(d("2024-03-31"));
        assertThat(WorkingDayCalendar.easterSunday(2025)).isEqualTo(d("2025-04-20"));
        assertThat(WorkingDayCalendar.easterSunday(2038)).isEqualTo(d("2038-04-25")); // latest possible
        assertThat(WorkingDayCalendar.easterSunday(2285)).isEqualTo(d("2285-03-22")); // earliest possible
    }

    @Test
    void shouldMoveChristmasAndBoxingDayOffAWeekend() {
        // 2021: Christmas Saturday, Boxing Day Sunday -> Monday 27 and Tuesday 28.
        assertThat(cal.bankHoliday(d("2021-12-27"))).contains("Christmas Day (substitute day)");
        assertThat(cal.bankHoliday(d("2021-12-28"))).contains("Boxing Day (substitute day)");
        // 2022: Christmas Sunday -> Boxing Day Monday 26, Christmas substitute Tuesday 27.
        assertThat(cal.bankHoliday(d("2022-12-26"))).contains("Boxing Day");
        assertThat(cal.bankHoliday(d("2022-12-27"))).contains("Christmas Day (substitute day)");
        // 2026: Christmas Friday, Boxing Day Saturday -> Monday 28.
        assertThat(cal.bankHoliday(d("2026-12-28"))).contains("Boxing Day (substitute day)");
        assertThat(cal.isWorkingDay(d("2026-12-29"))).isTrue();
    }

    @Test
    void shouldMoveNewYearsDayOffAWeekend() {
        assertThat(cal.bankHoliday(d("2022-01-03"))).contains("New Year's Day (substitute day)");
        assertThat(cal.isWorkingDay(d("2022-01-03"))).isFalse();
        assertThat(cal.bankHoliday(d("2022-01-01"))).isEmpty();
        // 2034: 1 January is a Sunday; outside the file, so by rule.
        assertThat(cal.bankHoliday(d("2034-01-02"))).contains("New Year's Day (substitute day)");
    }

    @Test
    void shouldDueA45WorkingDayAssessmentFromReferralOn15December2025On19February2026() {
        // Referral Monday 15 December 2025 is day 0. Day 1 is Tuesday 16 December.
        // December: 16,17,18,19 (days 1-4); 22,23,24 (5-7); 25 Christmas and 26 Boxing Day skipped;
        // 29,30,31 (8-10). January: 1 New Year's Day skipped; Friday 2 (11); weeks of 5, 12, 19 and 26 January
        // (12-31). February: weeks of 2 and 9 February (32-41); 16,17,18,19 (42-45).
        LocalDate due = cal.plusWorkingDays(d("2025-12-15"), 45);

        assertThat(due).isEqualTo(d("2026-02-19"));
        assertThat(cal.workingDaysBetween(d("2025-12-15"), due)).isEqualTo(45);
    }

    @Test
    void shouldCountNoWorkingDaysWhenTheEndIsTheStart() {
        assertThat(cal.plusWorkingDays(d("2025-12-25"), 0)).isEqualTo(d("2025-12-25"));
        assertThat(cal.workingDaysBetween(d("2025-12-15"), d("2025-12-15"))).isZero();
    }

    @Test
    void shouldLandOnTheNextWorkingDayWhenStartingOnAHoliday() {
        // Start Christmas Day 2025 (Thursday): Boxing Day Friday and the weekend are skipped.
        assertThat(cal.plusWorkingDays(d("2025-12-25"), 1)).isEqualTo(d("2025-12-29"));
    }

    @Test
    void shouldCountBackwardsAsNegative() {
        assertThat(cal.workingDaysBetween(d("2026-02-19"), d("2025-12-15"))).isEqualTo(-45);
    }

    @Test
    void shouldRefuseANegativeCount() {
        assertThatThrownBy(() -> cal.plusWorkingDays(d("2025-12-15"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void shouldComputeBankHolidaysFrom2031ByRule() {
        // 2031: Easter Sunday 13 April; New Year Wednesday; Christmas Thursday.
        SortedMap<LocalDate, String> y2031 = cal.holidaysIn(2031);
        assertThat(y2031).containsOnlyKeys(d("2031-01-01"), d("2031-04-11"), d("2031-04-14"), d("2031-05-05"),
                d("2031-05-26"), d("2031-08-25"), d("2031-12-25"), d("2031-12-26"));
        assertThat(cal.bankHoliday(d("2031-04-11"))).contains("Good Friday");
        assertThat(cal.isWorkingDay(d("2031-05-26"))).isFalse();
        // 2033: Christmas Sunday, so Boxing Day Monday and Christmas substitute Tuesday.
        assertThat(cal.bankHoliday(d("2033-12-27"))).contains("Christmas Day (substitute day)");
    }

    @Test
    void shouldNotLetCallersChangeTheHolidays() {
        assertThatThrownBy(() -> cal.holidaysIn(2031).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cal.holidaysIn(2025).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(cal.holidaysIn(2031)).hasSize(8);
    }

    @Test
    void shouldReproduceEveryListedYearByRuleExceptTheKnownOneOffs() {
        Map<LocalDate, String> onlyListed = new TreeMap<>();
        TreeSet<LocalDate> onlyByRule = new TreeSet<>();
        for (int year = 2010; year <= 2030; year++) {
            SortedMap<LocalDate, String> listed = cal.holidaysIn(year);
            SortedMap<LocalDate, String> rule = WorkingDayCalendar.holidaysByRule(year);
            listed.forEach((date, title) -> {
                if (!title.equals(rule.get(date))) {
                    onlyListed.put(date, title);
                }
            });
            rule.forEach((date, title) -> {
                if (!title.equals(listed.get(date))) {
                    onlyByRule.add(date);
                }
            });
        }

        assertThat(onlyListed).containsOnlyKeys(
                d("2011-04-29"), // royal wedding
                d("2012-06-04"), d("2012-06-05"), // spring bank holiday moved; diamond jubilee
                d("2020-05-08"), // early May moved to VE day
                d("2022-06-02"), d("2022-06-03"), // spring bank holiday moved; platinum jubilee
                d("2022-09-19"), // state funeral of Queen Elizabeth II
                d("2023-05-08")); // coronation
        assertThat(onlyByRule).containsExactly(d("2012-05-28"), d("2020-05-04"), d("2022-05-30"));
    }

    @Test
    void shouldRefuseAMalformedHolidayFile() {
        assertThatThrownBy(() -> WorkingDayCalendar.parse(List.of("when,what")))
                .hasMessageContaining("header");
        assertThatThrownBy(() -> WorkingDayCalendar.parse(List.of("date,title", "2025-13-01,Nonsense")))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> WorkingDayCalendar.parse(List.of("date,title", "2025-12-25,A", "2025-12-25,B")))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> WorkingDayCalendar.parse(List.of("date,title", "2025-12-25")))
                .hasMessageContaining("expected 'date,title'");
    }

    @Test
    void shouldCountWorkingDaysBackOverEasterAndWeekends() {
        WorkingDayCalendar cal = WorkingDayCalendar.england();
        // Tuesday 7 April 2026: Monday 6 is Easter Monday, Friday 3 is Good Friday, so one working day back is
        // Thursday 2 April.
        assertThat(cal.minusWorkingDays(java.time.LocalDate.of(2026, 4, 7), 1)).isEqualTo(java.time.LocalDate.of(2026, 4, 2));
        assertThat(cal.minusWorkingDays(java.time.LocalDate.of(2026, 4, 7), 0)).isEqualTo(java.time.LocalDate.of(2026, 4, 7));
        assertThat(cal.plusWorkingDays(cal.minusWorkingDays(java.time.LocalDate.of(2026, 3, 31), 45), 45))
                .isEqualTo(java.time.LocalDate.of(2026, 3, 31));
    }
}
