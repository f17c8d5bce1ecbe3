package org.hearth.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.hearth.stages.Stages;
import org.junit.jupiter.api.Test;

class StaleRecordTest {
    private static final java.util.function.Function<String, String> LABELS = name -> Stages.byName(name)
            .map(k -> k.label().toLowerCase()).orElse("record");

    @Test
    void shouldNameWhatChangedInAPractitionersWords() {
        assertThat(StaleRecord.describe("placements,legal-statuses", LABELS)).isEqualTo("placement and legal status");
        assertThat(StaleRecord.describe("person", LABELS)).isEqualTo("child's details");
        assertThat(StaleRecord.describe(null, LABELS)).isEqualTo("record");
    }

    @Test
    void shouldNameThePersonWhoChangedTheRecordNotTheirUsername() {
        StaleRecord stale = new StaleRecord(3, new JourneyRepository.LastChange(4, "sw.jones", "Sam Jones",
                Instant.parse("2026-03-02T14:05:00Z"), "cp-plans"), LABELS);
        assertThat(stale.getMessage()).contains("Sam Jones changed the child protection plan on 2 March 2026 at 14:05")
                .doesNotContain("sw.jones");
    }

    @Test
    void shouldSayWhoChangedTheRecordAndWhen() {
        StaleRecord stale = new StaleRecord(3, new JourneyRepository.LastChange(4, "sw.jones",
                Instant.parse("2026-03-02T14:05:00Z"), "cp-plans"), LABELS);
        assertThat(stale.getMessage()).contains("version 3").contains("version 4")
                .contains("sw.jones changed the child protection plan on 2 March 2026 at 14:05");
    }
}
