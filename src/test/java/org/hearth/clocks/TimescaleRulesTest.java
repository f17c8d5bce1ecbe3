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

    // ---- a council's own timescales --------------------------------------------------------------------------------

    private static final String O = TimescaleRules.OVERRIDE_HEADER;

    @Test
    void shouldLetACouncilSetItsLocalPolicyRowsAndTightenStatutoryOnes() {
        TimescaleRules council = rules.withCouncilOverrides("council.tsv", List.of(O,
                "CP_VISIT\t15\tDAYS\tvisits every fortnight agreed by the safeguarding partnership",
                "CLA_VISIT_NEXT\t28\tDAYS\tfour-weekly visits, council standard"));

        assertThat(council.rule("CP_VISIT").amount()).isEqualTo(15);
        assertThat(council.rule("CP_VISIT").unit()).isEqualTo(TimescaleUnit.DAYS);
        assertThat(council.rule("CLA_VISIT_NEXT").amount()).isEqualTo(28);
        assertThat(council.rule("CLA_VISIT_NEXT").source()).contains("four-weekly").contains("42 DAYS");
        assertThat(council.rule("ASSESSMENT")).isEqualTo(rules.rule("ASSESSMENT"));
    }

    @Test
    void shouldRefuseToLoosenAStatutoryTimescale() {
        assertThatThrownBy(() -> rules.withCouncilOverrides("council.tsv", List.of(O, "CLA_VISIT_NEXT\t56\tDAYS\tfewer")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("council.tsv line 2").hasMessageContaining("may not be longer than the statutory 42");
        assertThatThrownBy(() -> rules.withCouncilOverrides("c", List.of(O, "ICPC\t1\tMONTHS\tmonthly")))
                .hasMessageContaining("a council may shorten it in the same unit");
    }

    @Test
    void shouldRefuseAnUnknownIdABadUnitOrAmountAndAMissingReason() {
        assertThatThrownBy(() -> rules.withCouncilOverrides("c", List.of(O, "CP_VIST\t5\tDAYS\ttypo")))
                .hasMessageContaining("there is no timescale 'CP_VIST'");
        assertThatThrownBy(() -> rules.withCouncilOverrides("c", List.of(O, "CP_VISIT\t5\tWEEKS\tweekly")))
                .hasMessageContaining("the unit 'WEEKS' is not one of");
        assertThatThrownBy(() -> rules.withCouncilOverrides("c", List.of(O, "CP_VISIT\tten\tDAYS\tx")))
                .hasMessageContaining("is not a whole number");
        assertThatThrownBy(() -> rules.withCouncilOverrides("c", List.of(O, "CP_VISIT\t0\tDAYS\tx")))
                .hasMessageContaining("positive amount");
        assertThatThrownBy(() -> rules.withCouncilOverrides("c", List.of(O, "CP_VISIT\t5\tDAYS\t ")))
                .hasMessageContaining("reason column is empty");
        assertThatThrownBy(() -> rules.withCouncilOverrides("c", List.of(O, "CP_VISIT\t5\tDAYS\ta", "CP_VISIT\t6\tDAYS\tb")))
                .hasMessageContaining("set twice");
        assertThatThrownBy(() -> rules.withCouncilOverrides("c", List.of("id,amount")))
                .hasMessageContaining("must start with the header");
    }

    @Test
    void shouldStopStartUpOnAWrongCouncilFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("timescales.tsv");
        Files.write(file, List.of(O, "NOT_A_CLOCK\t5\tDAYS\tx"));

        assertThatThrownBy(() -> new ClockSettings(file.toString(), ""))
                .hasMessageContaining("line 2").hasMessageContaining("NOT_A_CLOCK");
        assertThatThrownBy(() -> new ClockSettings(dir.resolve("absent.tsv").toString(), ""))
                .hasMessageContaining("which is not a file");
    }

    @Test
    void shouldPutACouncilFileInForceForEveryClock(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("timescales.tsv");
        Files.write(file, List.of(O, "CIN_VISIT\t10\tWORKING_DAYS\tfortnightly child in need visits"));
        try {
            new ClockSettings(file.toString(), "");
            assertThat(JourneyClocks.standard().open(org.hearth.journey.JourneyBuilder.aChild().with(
                    org.hearth.journey.JourneyBuilder.cinPlan(null, java.time.LocalDate.of(2026, 3, 2), null)).journey(),
                    java.time.LocalDate.of(2026, 3, 2)).stream().filter(c -> c.ruleId().equals("CIN_VISIT"))
                    .findFirst().orElseThrow().dueOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 16));
        } finally {
            ClockSettings.configure(TimescaleRules.standard(), org.hearth.calendar.SchoolHolidays.none());
        }
    }
}
