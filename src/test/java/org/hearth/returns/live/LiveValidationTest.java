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

    /** Looked after from 1 June 2026 at a placement postcode, from a home postcode (URN given: rule 218 is not asked). */
    private static ChildJourney placedAt(String home, String placement) {
        LocalDate start = LocalDate.of(2026, 6, 1);
        return org.hearth.journey.JourneyBuilder.aChild()
                .with(org.hearth.journey.JourneyBuilder.carePeriod(start, null),
                        org.hearth.journey.JourneyBuilder.legalStatus(start, null),
                        new org.hearth.care.Placement(org.hearth.journey.JourneyBuilder.id(),
                                org.hearth.journey.JourneyBuilder.CHILD_ID, start, null, "U1", "PR1", placement,
                                "SC900001", null, null),
                        new org.hearth.people.Address(org.hearth.journey.JourneyBuilder.id(),
                                org.hearth.journey.JourneyBuilder.CHILD_ID, "HOME", "1 Test Street", home,
                                org.hearth.journey.JourneyBuilder.BORN, null))
                .journey();
    }

    @Test
    void shouldFlagAPlacementMoreThan350MilesFromHomeNowThePostcodeRulesRunOnThePage() {
        // Penzance to Thurso: about 590 miles as the DfE measures (straight line between the postcodes' grid points).
        ChildJourney j = placedAt("TR18 4AT", "KW14 7AA");

        LiveReport report = new LiveValidation("", "999", CLOCK).validate(List.of(j), CollectionYear.of(2027), TODAY);

        LiveIssue far = report.issues().stream().filter(i -> i.ruleCode().equals("454")).findFirst().orElseThrow();
        assertThat(far.kind()).isEqualTo(ReturnKind.SSDA903);
        assertThat(far.personId()).isEqualTo(j.child().id());
        assertThat(far.fix()).isEqualTo(new FixScreen("Change of placement",
                "/children/" + j.child().id() + "/placements/change"));
        assertThat(report.notices()).noneMatch(n -> n.contains("454") || n.contains("164") || n.contains("503G")
                || n.contains("postcode directory"));
        assertThat(report.notices()).anyMatch(n -> n.contains("Ofsted's register")
                && n.contains("1008, 219, 221, 224, 227, 228, 229"));
        assertThat(report.notices()).as("the LA's own code is not set here")
                .anyMatch(n -> n.contains("hearth.la.ons-code") && n.contains("1015, 179, 411, 503J"));
    }

    @Test
    void shouldFlagAPlacementPostcodeTheDirectoryDoesNotKnowAndPassOneItDoes() {
        ChildJourney unknown = placedAt("LS6 1AA", "ZZ9 9ZZ");
        ChildJourney known = placedAt("LS6 1AA", "LS1 4AP");
        LiveValidation live = new LiveValidation("E08000035", "999", CLOCK);

        LiveReport bad = live.validate(List.of(unknown), CollectionYear.of(2027), TODAY);
        LiveReport good = live.validate(List.of(known), CollectionYear.of(2027), TODAY);

        assertThat(bad.issues()).extracting(LiveIssue::ruleCode).contains("169", "392a", "392c", "179");
        assertThat(good.issues()).extracting(LiveIssue::ruleCode)
                .doesNotContain("164", "169", "392a", "454", "179", "1015", "218");
        assertThat(good.notices()).as("the LA's own code is set: the placement location rules ran")
                .noneMatch(n -> n.contains("hearth.la.ons-code") || n.contains("1015"))
                .anyMatch(n -> n.contains("Ofsted's register"));
    }

    @Test
    void shouldAskForThePostcodeDirectoryOnceOnTheFirstValidationNotWhenMade() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        LiveValidation live = new LiveValidation("", "999", CLOCK, () -> {
            asked.incrementAndGet();
            return org.hearth.returns.geography.PostcodeDirectory.standard();
        });
        assertThat(asked).hasValue(0);

        ChildJourney j = placedAt("LS6 1AA", "LS1 4AP");
        live.validate(List.of(j), CollectionYear.of(2027), TODAY);
        live.validate(List.of(j), CollectionYear.of(2027), TODAY);

        assertThat(asked).hasValue(1);
    }

    @Test
    void shouldRefuseAnOnsCodeOfTheWrongShapeWhenMadeNotOnTheFirstView() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LiveValidation("383", "383", CLOCK,
                        () -> { throw new AssertionError("the directory is not wanted yet"); }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hearth.la.ons-code")
                .hasMessageContaining("E10000016");
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
    void shouldNotListACareLeaverFor1002WhenTheRecordHoldsTheirCareBeforeLastYear() {
        // Left care at 16 in 2023; 19th birthday in 2026/27, seen a fortnight before it.
        ChildJourney j = org.hearth.journey.JourneyBuilder.aChildBorn(LocalDate.of(2007, 6, 1))
                .lookedAfter(LocalDate.of(2021, 9, 1), LocalDate.of(2023, 9, 1))
                .with(new org.hearth.leaving.CareLeaverContact(org.hearth.journey.JourneyBuilder.id(),
                        org.hearth.journey.JourneyBuilder.CHILD_ID, LocalDate.of(2026, 5, 15), null, "YES", "F2", "D1",
                        null))
                .journey();

        LiveReport report = new LiveValidation("", "999", CLOCK).validate(List.of(j), CollectionYear.of(2027), TODAY);

        assertThat(report.issues()).noneMatch(i -> i.ruleCode().equals("1002"));
        assertThat(report.notices()).anyMatch(n -> n.contains("1002 and SW12STG2") && n.contains("full record"));
    }

    @Test
    void shouldStillList1002WhenTheRecordHoldsNoEarlierCare() {
        ChildJourney noCare = org.hearth.journey.JourneyBuilder.aChildBorn(LocalDate.of(2007, 6, 1)).journey();

        assertThat(LiveValidation.answeredByTheRecord("1002", noCare, CollectionYear.of(2027))).isFalse();
    }

    @Test
    void shouldAnswerSw12OnlyWhenTheRecordHoldsNoSocialWorkerOnTheFirstDayOfTheYear() {
        CollectionYear year = CollectionYear.of(2027);
        ChildJourney none = org.hearth.journey.JourneyBuilder.aChild().lookedAfter(LocalDate.of(2026, 7, 1), null)
                .journey();
        ChildJourney hadOne = org.hearth.journey.JourneyBuilder.aChild().lookedAfter(LocalDate.of(2026, 7, 1), null)
                .with(new org.hearth.allocation.SocialWorkerEpisode(org.hearth.journey.JourneyBuilder.id(),
                        org.hearth.journey.JourneyBuilder.CHILD_ID, "SW123456", LocalDate.of(2025, 1, 1), null, "OTHERS"))
                .journey();

        assertThat(LiveValidation.answeredByTheRecord("SW12STG2", none, year)).isTrue();
        assertThat(LiveValidation.answeredByTheRecord("SW12STG2", hadOne, year))
                .as("a social worker on 1 April missing from the return is an error to fix").isFalse();
        assertThat(LiveValidation.answeredByTheRecord("SW01bSTG1", none, year)).isFalse();
    }

    @Test
    void shouldSayThereIsNoCensusWhenNoChildHasAnEpisodeInTheYear() {
        ChildJourney j = org.hearth.journey.JourneyBuilder.aChild().journey();

        LiveReport report = new LiveValidation("", "999", CLOCK).validate(List.of(j), CollectionYear.of(2027), TODAY);

        assertThat(report.issues()).noneMatch(i -> i.kind() == ReturnKind.CIN);
        assertThat(report.notices()).anyMatch(n -> n.contains("no child has a child in need episode open"));
    }
}
