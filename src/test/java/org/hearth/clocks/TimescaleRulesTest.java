package org.hearth.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hearth.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimescaleRulesTest {

    private final TimescaleRules rules = TimescaleRules.standard();
    private final WorkingDayCalendar cal = WorkingDayCalendar.england();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void shouldLoadTheStandardTableWithASourceOnEveryRow() {
        assertThat(rules.all()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(rules.all()).allSatisfy(rule -> {
            assertThat(rule.source()).as(rule.id()).isNotBlank();
            assertThat(rule.name()).as(rule.id()).isNotBlank();
            assertThat(rule.startsFrom()).as(rule.id()).isNotBlank();
        });
        assertThat(rules.all()).extracting(TimescaleRule::id).contains("REFERRAL_DECISION", "ASSESSMENT", "ICPC",
                "CP_REVIEW_FIRST", "CP_REVIEW_NEXT", "CLA_REVIEW_FIRST", "CLA_REVIEW_SECOND", "CLA_REVIEW_NEXT",
                "CP_VISIT", "CLA_VISIT_FIRST", "CLA_VISIT_NEXT", "CIN_VISIT", "CARE_LEAVER_CONTACT",
                "PATHWAY_PLAN_REVIEW");
    }

    @Test
    void shouldMarkEveryLocalPolicyRowAsConfigurableAndNoOtherRow() {
        assertThat(rules.all()).allSatisfy(rule -> assertThat(rule.source().startsWith("local policy (configurable)"))
                .as(rule.id()).isEqualTo(rule.basis() == TimescaleBasis.LOCAL_POLICY));
        assertThat(rules.rule("CP_VISIT").basis()).isEqualTo(TimescaleBasis.LOCAL_POLICY);
        assertThat(rules.rule("CLA_REVIEW_FIRST").basis()).isEqualTo(TimescaleBasis.STATUTE);
        assertThat(rules.rule("ASSESSMENT").basis()).isEqualTo(TimescaleBasis.STATUTORY_GUIDANCE);
    }

    @Test
    void shouldHoldTheStatutoryNumbers() {
        assertThat(rules.rule("ASSESSMENT")).extracting(TimescaleRule::amount, TimescaleRule::unit)
                .containsExactly(45, TimescaleUnit.WORKING_DAYS);
        assertThat(rules.rule("ICPC")).extracting(TimescaleRule::amount, TimescaleRule::unit)
                .containsExactly(15, TimescaleUnit.WORKING_DAYS);
        assertThat(rules.rule("CLA_REVIEW_FIRST")).extracting(TimescaleRule::amount, TimescaleRule::unit)
                .containsExactly(20, TimescaleUnit.WORKING_DAYS);
        assertThat(rules.rule("CLA_REVIEW_FIRST").source()).contains("reg 33");
        assertThat(rules.rule("CLA_VISIT_FIRST").source()).contains("reg 28");
    }

    @Test
    void shouldDueAnAssessmentIn45WorkingDaysFromReferral() {
        // Worked by hand in WorkingDayCalendarTest: 15 December 2025 + 45 working days = 19 February 2026.
        assertThat(rules.rule("ASSESSMENT").dueDate(d("2025-12-15"), cal)).isEqualTo(d("2026-02-19"));
    }

    @Test
    void shouldDueTheFirstCpReviewOnTheLastDayOfAShortMonth() {
        // 31 January + 3 months: April has no 31st, so the review is due by 30 April.
        assertThat(rules.rule("CP_REVIEW_FIRST").dueDate(d("2026-01-31"), cal)).isEqualTo(d("2026-04-30"));
        // 30 November 2027 + 3 months lands in February of a leap year.
        assertThat(rules.rule("CP_REVIEW_FIRST").dueDate(d("2027-11-30"), cal)).isEqualTo(d("2028-02-29"));
        assertThat(rules.rule("CP_REVIEW_NEXT").dueDate(d("2025-08-31"), cal)).isEqualTo(d("2026-02-28"));
    }

    @Test
    void shouldCountCalendarDaysForTheFirstPlacementVisitEvenOverAHoliday() {
        assertThat(rules.rule("CLA_VISIT_FIRST").dueDate(d("2025-12-22"), cal)).isEqualTo(d("2025-12-29"));
    }

    @Test
    void shouldRefuseAnUnknownTimescale() {
        assertThatThrownBy(() -> rules.rule("TEA_BREAK"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TEA_BREAK");
        assertThat(rules.find("TEA_BREAK")).isEmpty();
    }

    @Test
    void shouldLoadAnAuthoritysOwnTableAndOverrideOnlyItsRows(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("timescales.tsv");
        Files.write(file, List.of(TimescaleRules.HEADER,
                "CP_VISIT\tVisit to a child on a plan\tprevious visit\t5\tWORKING_DAYS\tlocal policy (configurable): "
                        + "our standard\tLOCAL_POLICY"));

        TimescaleRules local = TimescaleRules.load(file);
        TimescaleRules merged = rules.overriddenBy(local);

        assertThat(local.all()).hasSize(1);
        assertThat(merged.rule("CP_VISIT").amount()).isEqualTo(5);
        assertThat(merged.rule("ASSESSMENT").amount()).isEqualTo(45);
        assertThat(merged.all()).hasSameSizeAs(rules.all());
        assertThat(rules.rule("CP_VISIT").amount()).as("standard table untouched").isEqualTo(10);
    }

    @Test
    void shouldReportAMissingOverrideFile(@TempDir Path dir) {
        assertThatThrownBy(() -> TimescaleRules.load(dir.resolve("absent.tsv")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("absent.tsv");
    }

    @Test
    void shouldRefuseMalformedRows() {
        String h = TimescaleRules.HEADER;
        assertThatThrownBy(() -> TimescaleRules.parse("t", List.of("id,name")))
                .hasMessageContaining("header");
        assertThatThrownBy(() -> TimescaleRules.parse("t", List.of(h, "X\tn\ts\t5\tWEEKS\tsrc\tSTATUTE")))
                .hasMessageContaining("t line 2").hasMessageContaining("WEEKS");
        assertThatThrownBy(() -> TimescaleRules.parse("t", List.of(h, "X\tn\ts\tfive\tDAYS\tsrc\tSTATUTE")))
                .hasMessageContaining("five");
        assertThatThrownBy(() -> TimescaleRules.parse("t", List.of(h, "X\tn\ts\t0\tDAYS\tsrc\tSTATUTE")))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> TimescaleRules.parse("t", List.of(h, "X\tn\ts\t5\tDAYS\t \tSTATUTE")))
                .hasMessageContaining("needs a source");
        assertThatThrownBy(() -> TimescaleRules.parse("t", List.of(h, "X\tn\ts\t5\tDAYS\tsrc")))
                .hasMessageContaining("7 tab-separated columns");
        assertThatThrownBy(() -> TimescaleRules.parse("t", List.of(h, "x y\tn\ts\t5\tDAYS\tsrc\tSTATUTE")))
                .hasMessageContaining("not an id");
        assertThatThrownBy(() -> TimescaleRules.parse("t",
                List.of(h, "X\tn\ts\t5\tDAYS\tsrc\tSTATUTE", "X\tn\ts\t6\tDAYS\tsrc\tSTATUTE")))
                .hasMessageContaining("listed twice");
    }
}
