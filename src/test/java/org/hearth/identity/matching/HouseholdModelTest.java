package org.hearth.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The two parts of the model that the 52k synthetic set showed were missing: the home's m counted among pairs sharing
 * an identifier (so a child who moved is not "never a match"), and two records of one household weighed against
 * brothers and sisters rather than against strangers.
 */
class HouseholdModelTest {
    private static int pattern(int... fieldLevel) {
        int p = 0;
        for (int k = 0; k < fieldLevel.length; k += 2) {
            p = Comparer.withLevel(p, fieldLevel[k], fieldLevel[k + 1]);
        }
        return p;
    }

    private static double[][] flatU() {
        double[][] u = new double[Comparer.FIELDS][];
        for (int f = 0; f < Comparer.FIELDS; f++) {
            u[f] = new double[Comparer.LEVELS[f]];
            u[f][0] = 1;
            for (int l = 1; l < u[f].length; l++) {
                // random pairs: agreement rare, plain disagreement nearly always
                u[f][l] = l == u[f].length - 1 ? 0.99 : 0.01 / (u[f].length - 2);
            }
        }
        return u;
    }

    /** The same child: name, birth date and NHS number agree; {@code moved} of them at another home. */
    private static int child(boolean moved, boolean sameSurnameHome) {
        return pattern(Comparer.FIRST, 1, Comparer.SURNAME, sameSurnameHome ? 1 : 1, Comparer.DOB, 1, Comparer.SEX, 1,
                Comparer.POSTCODE, moved ? 4 : 1, Comparer.ADDRESS, moved ? 4 : 1, Comparer.NHS, 1);
    }

    /** A brother or sister: surname and home agree, first name and birth date do not. */
    private static int sibling() {
        return pattern(Comparer.FIRST, 6, Comparer.SURNAME, 1, Comparer.DOB, 8, Comparer.SEX, 1, Comparer.POSTCODE, 1,
                Comparer.ADDRESS, 1, Comparer.NHS, 4);
    }

    private static FellegiSunter train(int[] patterns, int[] howMany) {
        int[] counts = new int[Comparer.PATTERNS];
        for (int k = 0; k < patterns.length; k++) {
            counts[patterns[k]] += howMany[k];
        }
        return Linker.train(counts, flatU(), 10_000_000L);
    }

    @Test
    void shouldLearnFromPairsSharingAnIdentifierThatChildrenMove() {
        // 900 pairs of one child at one home, 100 of one child after a move, 2,000 brothers and sisters
        FellegiSunter model = train(new int[] {child(false, true), child(true, true), sibling()},
                new int[] {900, 100, 2_000});
        assertThat(model.m(Comparer.ADDRESS, 4)).as("m of a different address").isBetween(0.08, 0.12);
        assertThat(model.m(Comparer.POSTCODE, 4)).as("m of a different postcode").isBetween(0.08, 0.12);
        assertThat(model.weight(Comparer.ADDRESS, 4)).as("a move costs bits, not everything").isGreaterThan(-6);
    }

    @Test
    void shouldScoreAMovedChildAsAMatchAndABrotherAsNot() {
        FellegiSunter model = train(new int[] {child(false, true), child(true, true), sibling()},
                new int[] {900, 100, 2_000});
        assertThat(model.hasHousehold()).isTrue();
        PairScorer scorer = new PairScorer(new Comparer(NameVariants.standard()), model, null);
        int movedWithoutIds = Comparer.withLevel(child(true, true), Comparer.NHS, 0);
        assertThat(PairScorer.toProbability(scorer.logOdds(null, null, movedWithoutIds))).isGreaterThan(0.5);
        assertThat(PairScorer.toProbability(scorer.logOdds(null, null, sibling()))).isLessThan(0.01);
        // the same first name, another birth date, same surname and home, no identifier: a brother of the same name
        int namesake = pattern(Comparer.FIRST, 1, Comparer.SURNAME, 1, Comparer.DOB, 8, Comparer.SEX, 1,
                Comparer.POSTCODE, 1, Comparer.ADDRESS, 1);
        assertThat(PairScorer.toProbability(scorer.logOdds(null, null, namesake))).isLessThan(0.5);
    }

    @Test
    void shouldRefuseTwinsWithDifferentFirstNames() {
        FellegiSunter model = train(new int[] {child(false, true), child(true, true), sibling()},
                new int[] {900, 100, 2_000});
        PairScorer scorer = new PairScorer(new Comparer(NameVariants.standard()), model, null);
        int twins = pattern(Comparer.FIRST, 6, Comparer.SURNAME, 1, Comparer.DOB, 1, Comparer.SEX, 1,
                Comparer.POSTCODE, 1, Comparer.ADDRESS, 1);
        assertThat(PairScorer.toProbability(scorer.logOdds(null, null, twins))).isLessThan(0.5);
    }

    @Test
    void shouldNotUseTheHouseholdModelWhereHouseholdsAreNotFamilies() {
        // nearly every pair sharing surname and home is one person (as in FEBRL): EM's second class there would be
        // records with errors, not brothers and sisters
        FellegiSunter model = train(new int[] {child(false, true), sibling()}, new int[] {5_000, 20});
        assertThat(model.hasHousehold()).isFalse();
    }

    @Test
    void shouldSortBlockEntriesAsAWholeSortWould() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        long[] entries = new long[20_000];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = (random.nextLong() & ~0xFFFFL) | random.nextInt(1 << 16);
        }
        entries[5] = entries[7]; // a repeated entry stays repeated
        long[] expected = entries.clone();
        Blocker.sortByKey(entries, 16);
        // grouped by key (the bits above the index), each group's records in order
        long[] byKey = expected.clone();
        Arrays.sort(byKey);
        java.util.Map<Long, java.util.List<Long>> groups = new java.util.LinkedHashMap<>();
        for (long e : entries) {
            groups.computeIfAbsent(e & ~0xFFFFL, k -> new java.util.ArrayList<>()).add(e);
        }
        assertThat(groups.values()).allSatisfy(g -> assertThat(g).isSorted());
        long[] again = entries.clone();
        Arrays.sort(again);
        assertThat(again).containsExactly(byKey);
        int changes = 0;
        for (int i = 1; i < entries.length; i++) {
            changes += (entries[i] & ~0xFFFFL) != (entries[i - 1] & ~0xFFFFL) ? 1 : 0;
        }
        assertThat(changes + 1).as("each key's entries together").isEqualTo(groups.size());
    }

    @Test
    void shouldListEachPairOnceInOrder() {
        long[] pairs = {PairSet.pack(3, 9), PairSet.pack(0, 4), PairSet.pack(3, 5), PairSet.pack(0, 4),
            PairSet.pack(9, 3), PairSet.pack(1, 2), 0, 0};
        assertThat(Blocker.sortedUnique(pairs, 6, 10)).containsExactly(PairSet.pack(0, 4), PairSet.pack(1, 2),
                PairSet.pack(3, 5), PairSet.pack(3, 9));
    }
    @Test
    void shouldKeyADateOfBirthAloneOnlyWhenLookingOneRecordUp() {
        Standardised r = new Standardiser().standardise(0, new InputRecord("a", "la", "Ella", "Rose", "Willis",
                "2025-01-08", "F", "LE2 9PX", "10 Evington Avenue", "", ""));
        java.util.List<String> linking = new Blocker(NameVariants.standard(), 120).keys(r);
        java.util.List<String> lookUp = new Blocker(NameVariants.standard(), 120, true).keys(r);
        long day = r.dob();
        assertThat(linking).contains("d" + day + "Fe").doesNotContain("d" + day).noneMatch(k -> k.startsWith("y"))
                .noneMatch(k -> k.startsWith("w"));
        assertThat(lookUp).contains("d" + day, "d" + day + "Fe", "wrose|willis").containsAll(linking);
    }
}
