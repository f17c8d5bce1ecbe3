package org.hearth.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The comparison loop's shortcuts give exactly what the plain computations give: the one-pass "within one edit"
 * against the edit distance, the MMDD digit slip against the edit distance of the written dates, and the
 * Jaro-Winkler bound never ruling out a similarity that reaches the line.
 */
class FastPathsTest {
    /** Every string of up to {@code max} characters over a small alphabet, so all edit shapes occur. */
    private static List<String> strings(String alphabet, int max) {
        List<String> out = new ArrayList<>();
        out.add("");
        int from = 0;
        for (int len = 1; len <= max; len++) {
            int to = out.size();
            for (int i = from; i < to; i++) {
                for (char c : alphabet.toCharArray()) {
                    out.add(out.get(i) + c);
                }
            }
            from = to;
        }
        return out;
    }

    @Test
    void shouldAgreeWithTheEditDistanceOnEveryShortString() {
        List<String> all = strings("abc", 5);
        int agreed = 0;
        for (String a : all) {
            for (String b : all) {
                boolean expected = Text.editDistance(a, b, 1) <= 1;
                assertThat(Text.withinOneEdit(a, b)).as("%s / %s", a, b).isEqualTo(expected);
                agreed += expected ? 1 : 0;
            }
        }
        assertThat(agreed).isGreaterThan(1000); // both answers were exercised
    }

    @Test
    void shouldRecogniseEachKindOfSingleEdit() {
        assertThat(Text.withinOneEdit("martha", "martha")).isTrue();
        assertThat(Text.withinOneEdit("martha", "marhta")).isTrue(); // neighbours swapped
        assertThat(Text.withinOneEdit("martha", "marta")).isTrue(); // one dropped
        assertThat(Text.withinOneEdit("martha", "marttha")).isTrue(); // one doubled
        assertThat(Text.withinOneEdit("martha", "markha")).isTrue(); // one keyed wrong
        assertThat(Text.withinOneEdit("martha", "mratah")).isFalse();
        assertThat(Text.withinOneEdit("martha", "mart")).isFalse();
        assertThat(Text.withinOneEdit("ab", "ba")).isTrue();
    }

    @Test
    void shouldFindTheSameDateDigitSlipsAsTheWrittenDatesEditDistance() {
        List<Integer> days = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            for (int d = 1; d <= 31; d++) {
                days.add(m * 100 + d);
            }
        }
        for (int x : days) {
            for (int y : days) {
                boolean expected = Text.editDistance(Integer.toString(10000 + x), Integer.toString(10000 + y), 1) <= 1;
                assertThat(Comparer.mmddWithinOneEdit(x, y)).as("%04d / %04d", x, y).isEqualTo(expected);
            }
        }
        assertThat(Comparer.mmddWithinOneEdit(120, 210)).isTrue(); // 01-20 written 02-10
        assertThat(Comparer.mmddWithinOneEdit(1203, 1230)).isTrue();
        assertThat(Comparer.mmddWithinOneEdit(1203, 1132)).isFalse();
    }

    @Test
    void shouldNeverRuleOutAJaroWinklerThatReachesTheLine() {
        SplittableRandom random = new SplittableRandom(7);
        String letters = "aeilnorstmkhy";
        int skipped = 0;
        for (int k = 0; k < 200_000; k++) {
            String a = word(random, letters);
            String b = random.nextInt(4) == 0 ? mutate(random, a, letters) : word(random, letters);
            double jw = Text.jaroWinkler(a, b);
            for (double at : new double[] {0.8, 0.92}) {
                boolean may = Text.jaroWinklerMayReach(a, Text.charSet(a), b, Text.charSet(b), at);
                if (jw >= at) {
                    assertThat(may).as("%s / %s: %.4f", a, b, jw).isTrue();
                }
                skipped += may ? 0 : 1;
            }
        }
        assertThat(skipped).as("the bound saves work").isGreaterThan(10_000);
        assertThat(Text.jaroWinklerMayReach("oliver", Text.charSet("oliver"), "amelia", Text.charSet("amelia"), 0.8))
                .isFalse();
        assertThat(Text.jaroWinklerMayReach("martha", Text.charSet("martha"), "marhta", Text.charSet("marhta"), 0.8))
                .isTrue();
    }

    private static String word(SplittableRandom random, String letters) {
        StringBuilder b = new StringBuilder();
        int len = 2 + random.nextInt(8);
        for (int i = 0; i < len; i++) {
            b.append(letters.charAt(random.nextInt(letters.length())));
        }
        return b.toString();
    }

    private static String mutate(SplittableRandom random, String s, String letters) {
        StringBuilder b = new StringBuilder(s);
        for (int n = random.nextInt(3); n >= 0 && b.length() > 1; n--) {
            int i = random.nextInt(b.length());
            if (random.nextBoolean()) {
                b.setCharAt(i, letters.charAt(random.nextInt(letters.length())));
            } else {
                b.deleteCharAt(i);
            }
        }
        return b.toString();
    }

    @Test
    void shouldCompareRecordsStandardisedWithOtherNameListsByThoseOfTheComparer() {
        NameVariants own = new NameVariants(List.of("aisha,ayesha"), List.of());
        Standardised a = new Standardiser(NameVariants.standard()).standardise(0, new InputRecord("a", "la", "Aisha",
                "", "Khan", "2015-03-09", "F", "", "", "", ""));
        Standardised b = new Standardiser(NameVariants.standard()).standardise(1, new InputRecord("b", "la", "Ayesha",
                "", "Khan", "2015-03-09", "F", "", "", "", ""));
        Comparer comparer = new Comparer(own);
        Standardiser ownStandardiser = new Standardiser(own);
        assertThat(comparer.compare(a, b)).isEqualTo(comparer.compare(
                ownStandardiser.standardise(0, new InputRecord("a", "la", "Aisha", "", "Khan", "2015-03-09", "F", "",
                        "", "", "")),
                ownStandardiser.standardise(1, new InputRecord("b", "la", "Ayesha", "", "Khan", "2015-03-09", "F", "",
                        "", "", ""))));
    }
}
