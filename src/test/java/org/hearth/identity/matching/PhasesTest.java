package org.hearth.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhasesTest {
    @Test
    void shouldReportEachPhaseInOrderWithATotal() {
        Phases phases = Phases.start(50_000_000L);
        long spin = 0;
        for (int i = 0; i < 2_000_000; i++) {
            spin += i % 7;
        }
        phases.mark("read");
        phases.mark("write");
        String report = phases.report();
        assertThat(report.lines().map(l -> l.split("\\s{2,}")[0]).toList())
                .containsExactly("phase", "launcher + JVM start", "read", "write", "total");
        assertThat(report).contains("50.0"); // the launcher's 50 ms
        assertThat(spin).isPositive();
    }

    @Test
    void shouldRecordNothingWhenOff() {
        Phases.OFF.mark("read");
        assertThat(Phases.OFF.report().lines().map(l -> l.split("\\s{2,}")[0]).toList())
                .containsExactly("phase", "total");
    }
}
