package org.hearth.returns.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hearth.codes.CollectionYear;
import org.hearth.demo.DemoGenerator;
import org.hearth.journey.ChildJourney;
import org.junit.jupiter.api.Test;

class LiveValidationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @Test
    void shouldValidateTheDemoAuthorityQuicklyAndTraceEveryChildIssueToItsChild() {
        List<ChildJourney> journeys = new DemoGenerator(42, TODAY).generate(2_000).children();
        LiveValidation live = new LiveValidation("", "999", CLOCK);
        live.validate(journeys, CollectionYear.containing(TODAY), TODAY); // warm up

        LiveReport report = live.validate(journeys, CollectionYear.containing(TODAY), TODAY);

        System.out.printf("Live validation of %d demo children for %s: %d ms, %d issues%n", journeys.size(),
                report.year(), report.millis(), report.issues().size());
        report.ruleCounts(i -> true).forEach(c -> System.out.printf("  %s %s %d rows %d children%n", c.kind(),
                c.code(), c.rows(), c.children()));
        report.notices().forEach(n -> System.out.println("  notice: " + n));
        assertThat(report.year()).isEqualTo(CollectionYear.of(2027));
        assertThat(report.children()).isEqualTo(2_000);
        assertThat(report.issues()).filteredOn(i -> i.laChildId() != null)
                .allSatisfy(i -> {
                    assertThat(i.personId()).isNotNull();
                    assertThat(i.fix()).isNotNull();
                    assertThat(i.fix().href()).startsWith("/children/" + i.personId());
                });
    }

    @Test
    void shouldTraceAPlacementWithNoPostcodeToTheChildTheValuesAndTheChangeOfPlacementForm() {
        ChildJourney j = org.hearth.journey.JourneyBuilder.aChild()
                .lookedAfter(LocalDate.of(2026, 6, 1), null).journey();

        LiveReport report = new LiveValidation("", "999", CLOCK).validate(List.of(j), CollectionYear.of(2027), TODAY);

        LiveIssue postcodes = report.issues().stream().filter(i -> i.ruleCode().equals("392b")).findFirst().orElseThrow();
        assertThat(postcodes.kind()).isEqualTo(ReturnKind.SSDA903);
        assertThat(postcodes.laChildId()).isEqualTo("T1");
        assertThat(postcodes.personId()).isEqualTo(j.child().id());
        assertThat(postcodes.childName()).isEqualTo(j.child().displayName());
        assertThat(postcodes.table()).isEqualTo("Episodes");
        assertThat(postcodes.values()).containsEntry("PL_POST", "").containsEntry("HOME_POST", "");
        assertThat(postcodes.fix()).isEqualTo(new FixScreen("Change of placement",
                "/children/" + j.child().id() + "/placements/change"));
    }

    @Test
    void shouldTraceACensusErrorToTheEpisodeWithTheValuesOfItsRow() {
        org.hearth.referral.Referral r = new org.hearth.referral.Referral(java.util.UUID.randomUUID(),
                org.hearth.journey.JourneyBuilder.CHILD_ID, null, LocalDate.of(2026, 5, 1), "1A", null, null, false,
                null, null);
        ChildJourney j = org.hearth.journey.JourneyBuilder.aChild().with(r).journey();

        LiveReport report = new LiveValidation("", "999", CLOCK).validate(List.of(j), CollectionYear.of(2027), TODAY);

        LiveIssue need = report.issues().stream().filter(i -> i.ruleCode().equals("8610")).findFirst().orElseThrow();
        assertThat(need.kind()).isEqualTo(ReturnKind.CIN);
        assertThat(need.table()).isEqualTo("CINdetails");
        assertThat(need.values()).containsEntry("ReferralNFA", "false");
        assertThat(need.fix().href()).isEqualTo("/children/" + j.child().id() + "#chronology");
        assertThat(report.cinRulesOf()).isEqualTo(CollectionYear.of(2026));
        assertThat(report.notices()).anyMatch(n -> n.contains("2025/26 rules are used"));
    }

    @Test
    void shouldSayThereIsNoCensusWhenNoChildHasAnEpisodeInTheYear() {
        ChildJourney j = org.hearth.journey.JourneyBuilder.aChild().journey();

        LiveReport report = new LiveValidation("", "999", CLOCK).validate(List.of(j), CollectionYear.of(2027), TODAY);

        assertThat(report.issues()).noneMatch(i -> i.kind() == ReturnKind.CIN);
        assertThat(report.notices()).anyMatch(n -> n.contains("no child has a child in need episode open"));
    }
}
