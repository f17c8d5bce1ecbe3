package org.hearth.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FellegiSunterTest {
    /**
     * Pairs drawn from a known two-class model (matches: each field agrees with probability 0.9; non-matches: 0.1),
     * 30% matches. EM must recover m and λ from the patterns alone.
     */
    @Test
    void shouldLearnMatchProbabilitiesAndProportionByEm() {
        SplittableRandom random = new SplittableRandom(7);
        int[] fields = {Comparer.FIRST, Comparer.SURNAME, Comparer.DOB, Comparer.POSTCODE};
        int[] counts = new int[Comparer.PATTERNS];
        int n = 40_000;
        for (int k = 0; k < n; k++) {
            boolean match = random.nextDouble() < 0.3;
            int pattern = 0;
            for (int f : fields) {
                boolean agree = random.nextDouble() < (match ? 0.9 : 0.1);
                pattern = Comparer.withLevel(pattern, f, agree ? 1 : Comparer.LEVELS[f] - 1);
            }
            counts[pattern]++;
        }
        List<Integer> seen = new ArrayList<>();
        for (int p = 0; p < counts.length; p++) {
            if (counts[p] > 0) {
                seen.add(p);
            }
        }
        int[] patterns = seen.stream().mapToInt(Integer::intValue).toArray();
        long[] c = seen.stream().mapToLong(p -> counts[p]).toArray();
        double[][] u = new double[Comparer.FIELDS][];
        for (int f = 0; f < Comparer.FIELDS; f++) {
            u[f] = new double[Comparer.LEVELS[f]];
            java.util.Arrays.fill(u[f], 1.0 / (Comparer.LEVELS[f] - 1));
        }
        FellegiSunter model = FellegiSunter.learn(patterns, c, u, 200);
        assertThat(model.lambda()).isBetween(0.28, 0.32);
        for (int f : fields) {
            assertThat(model.m(f, 1)).isBetween(0.87, 0.93);
            assertThat(model.u(f, 1)).isBetween(0.08, 0.12);
            assertThat(model.weight(f, 1)).isPositive();
            assertThat(model.weight(f, Comparer.LEVELS[f] - 1)).isNegative();
        }
    }

    @Test
    void shouldSetThePriorSoThatExpectedMatchesAgree() {
        double[][] m = new double[Comparer.FIELDS][];
        double[][] u = new double[Comparer.FIELDS][];
        for (int f = 0; f < Comparer.FIELDS; f++) {
            m[f] = new double[Comparer.LEVELS[f]];
            u[f] = new double[Comparer.LEVELS[f]];
            java.util.Arrays.fill(m[f], 0.5);
            java.util.Arrays.fill(u[f], 0.5);
        }
        m[Comparer.DOB][1] = 0.99;
        m[Comparer.DOB][8] = 0.01;
        u[Comparer.DOB][1] = 1e-6;
        u[Comparer.DOB][8] = 0.999999;
        int agree = Comparer.withLevel(0, Comparer.DOB, 1);
        int differ = Comparer.withLevel(0, Comparer.DOB, 8);
        FellegiSunter model = FellegiSunter.combine(m, u, new int[] {agree, differ}, new long[] {100, 1000},
                1_000_000);
        // about 100 matches among a million pairs: the prior settles near 1e-4, not at λ of the compared pairs
        assertThat(model.lambda()).isBetween(5e-5, 1.5e-4);
    }
}
