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
}
