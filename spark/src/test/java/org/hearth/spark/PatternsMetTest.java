package org.hearth.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.identity.matching.Comparer;
import org.junit.jupiter.api.Test;

class PatternsMetTest {

    @Test
    void shouldSendOnlyThePatternsATaskMetWithTheirCounts() {
        long[] counts = new long[Comparer.PATTERNS];
        counts[0] = 3;
        counts[17] = 1;
        counts[Comparer.PATTERNS - 1] = 5_000_000_000L;
        assertThat(LinkJob.patternsMet(counts)).containsExactly(0, 3, 17, 1, Comparer.PATTERNS - 1, 5_000_000_000L);
    }

    @Test
    void shouldKeepWhatATaskSendsFarBelowTheDriversLimitForA10MillionRecordRun() {
        // 201 tasks at 10M records: the dense array of every pattern per task was over Spark's 1 GB result limit
        long[] counts = new long[Comparer.PATTERNS];
        for (int k = 0; k < 5_000; k++) {
            counts[(int) ((k * 7919L) % Comparer.PATTERNS)] += k + 1;
        }
        long[] met = LinkJob.patternsMet(counts);
        assertThat(met.length * 8L * 201).isLessThan(1L << 30);
        long[] back = new long[Comparer.PATTERNS];
        for (int k = 0; k < met.length; k += 2) {
            back[(int) met[k]] += met[k + 1];
        }
        assertThat(back).isEqualTo(counts);
        assertThat(Comparer.PATTERNS * 8L * 201).as("the dense arrays, as before").isGreaterThan(1L << 30);
    }
}
