package org.hearth.returns.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hearth.codes.CollectionYear;
import org.hearth.demo.DemoGenerator;
import org.hearth.journey.ChildJourney;
import org.junit.jupiter.api.Test;

/**
 * Round trip (issue 4): the demo authority exported to the 903 and the CIN census and validated finds no errors the
 * record itself does not contain. What is still flagged is listed here, each with why; a rule not listed fails the
 * test, so a regression in the exporters or the demo generator cannot pass unnoticed.
 */
class DemoReturnsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** Rule code to why the demo's return may still flag it. Keep it short; empty is the aim. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            // Queries (Q): the DfE asks the LA to check or explain, they are not errors.
            Map.entry("2888Q", "query: one disability recorded"),
            Map.entry("2991Q", "query: s47 with no assessment on the episode"),
            Map.entry("8525Q", "query"),
            Map.entry("8530Q", "query: expected birth after December of the census year"),
            Map.entry("8670Q", "query: assessment open at the end of a year not yet over"),
            Map.entry("8675Q", "query: s47 open at the end of a year not yet over"),
            Map.entry("8770Q", "query: UPN unknown (UN1) for a school-age child"),
            Map.entry("8825Q", "query: RC8 with no assessment on the episode"),
            Map.entry("8873Q", "query: factor 21 and RC7"),
            // The record is right, the sector rule (two years of files) cannot see it.
            Map.entry("1002", "care leaver whose care ended before last year: the record holds the earlier care"),
            Map.entry("SW12STG2", "child first referred in the year has no social worker before it"),
            // Left to do (demo generator): see the report of branch demo903.
            Map.entry("359", "TODO demo: looked after past 18 not as V2 in K1/K2"),
            Map.entry("1001", "TODO demo: one care leaver's qualifying care"),
            Map.entry("222", "TODO demo: URN on one placement type that takes none"),
            Map.entry("8565", "TODO demo: one assessment authorised after the case closed"));

    @Test
    void shouldExportTheDemoAuthorityToReturnsWithNoErrorsButTheListedOnes() {
        List<ChildJourney> journeys = new DemoGenerator(7, TODAY).generate(2_000).children();
        LiveValidation live = new LiveValidation("", "999", CLOCK);
        for (CollectionYear year : List.of(CollectionYear.containing(TODAY), CollectionYear.containing(TODAY).previous())) {
            LiveReport report = live.validate(journeys, year, TODAY);
            Map<String, Integer> counts = new TreeMap<>();
            report.issues().forEach(i -> counts.merge(i.kind() + " " + i.ruleCode(), 1, Integer::sum));
            System.out.println("Demo returns " + year + ": " + counts);

            Set<String> flagged = new java.util.TreeSet<>();
            report.issues().forEach(i -> flagged.add(i.ruleCode()));
            assertThat(flagged).as("rules flagged on the demo's %s returns", year).isSubsetOf(ALLOWED.keySet());
        }
    }
}
