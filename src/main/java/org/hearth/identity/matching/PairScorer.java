package org.hearth.identity.matching;

/**
 * Scores a pair of records: the Fellegi–Sunter weights of their comparison pattern, exact name agreement weighed
 * by how common the name is, and the explicit rule for brothers, sisters and twins. The scorer is plain Java and
 * holds no state beyond the learnt model, so the same instance can score pairs from any thread.
 */
public final class PairScorer {
    /**
     * Bits taken off when two records share a surname and a home but their first names are plainly different
     * names: the pattern of siblings (twins share the date of birth too), which the field-by-field model, assuming
     * fields independent, would otherwise add up to a match.
     */
    public static final double SIBLING_PENALTY = 8;

    private final Comparer comparer;
    private final FellegiSunter model;
    private final TermFrequencies frequencies;
    private final float[] patternWeights;

    public PairScorer(Comparer comparer, FellegiSunter model, TermFrequencies frequencies) {
        this.comparer = comparer;
        this.model = model;
        this.frequencies = frequencies;
        this.patternWeights = new float[Comparer.PATTERNS];
        java.util.Arrays.fill(patternWeights, Float.NaN);
    }

    public FellegiSunter model() {
        return model;
    }

    public Comparer comparer() {
        return comparer;
    }

    public int pattern(Standardised a, Standardised b) {
        return comparer.compare(a, b);
    }

    /** Match probability of two records. */
    public double probability(Standardised a, Standardised b) {
        return probability(a, b, comparer.compare(a, b));
    }

    public double probability(Standardised a, Standardised b, int pattern) {
        return toProbability(logOdds(a, b, pattern));
    }

    public static double toProbability(double log2Odds) {
        return 1 / (1 + Math.pow(2, -log2Odds));
    }

    /** log2 odds that the two records are the same person, given their comparison pattern. */
    public double logOdds(Standardised a, Standardised b, int pattern) {
        float w = patternWeights[pattern];
        boolean household = model.hasHousehold() && householdPattern(pattern);
        if (Float.isNaN(w) && household) {
            // two records of one household: surname and home say only "this family", so they are left out and the
            // rest weighed against brothers and sisters (their u), from the odds that two such records are one child
            double sum = model.householdPriorWeight();
            for (int f = 0; f < Comparer.FIELDS; f++) {
                if (f != Comparer.SURNAME && f != Comparer.POSTCODE && f != Comparer.ADDRESS) {
                    sum += model.householdWeight(f, Comparer.level(pattern, f));
                }
            }
            sum -= siblingPattern(pattern) ? SIBLING_PENALTY : 0;
            w = (float) sum;
            patternWeights[pattern] = w;
        } else if (Float.isNaN(w)) {
            double sum = model.priorWeight();
            for (int f = 0; f < Comparer.FIELDS; f++) {
                if (f != Comparer.POSTCODE && f != Comparer.ADDRESS) {
                    sum += model.weight(f, Comparer.level(pattern, f));
                }
            }
            // one home, two ways of writing it: the same address nearly always means the same postcode, so the two
            // agreements are not independent evidence; the stronger counts (disagreements still both count)
            double postcode = model.weight(Comparer.POSTCODE, Comparer.level(pattern, Comparer.POSTCODE));
            double address = model.weight(Comparer.ADDRESS, Comparer.level(pattern, Comparer.ADDRESS));
            sum += postcode > 0 && address > 0 ? Math.max(postcode, address) : postcode + address;
            sum -= siblingPattern(pattern) ? SIBLING_PENALTY : 0;
            w = (float) sum;
            patternWeights[pattern] = w; // racing threads write the same value
        }
        double score = w;
        if (household) {
            return score; // a name's frequency in the population says nothing about brothers and sisters
        }
        int first = Comparer.level(pattern, Comparer.FIRST);
        if (first == 1 && frequencies != null) {
            score += termAdjustment(Comparer.FIRST, frequencies.first(a.firstWord));
        }
        if (Comparer.level(pattern, Comparer.SURNAME) == 1 && frequencies != null) {
            score += termAdjustment(Comparer.SURNAME, frequencies.surname(a.surname));
        }
        return score;
    }

    /** Replaces the field's average u for exact agreement with this value's frequency. */
    private double termAdjustment(int field, double valueFrequency) {
        double u = model.uRandom(field, 1);
        return FellegiSunter.log2(u / valueFrequency);
    }

    /** Surname the same or nearly, and the same postcode or address: the pairs the household model weighs. */
    public static boolean householdPattern(int pattern) {
        int surname = Comparer.level(pattern, Comparer.SURNAME);
        return (surname == 1 || surname == 2) && (Comparer.level(pattern, Comparer.POSTCODE) == 1
                || Comparer.level(pattern, Comparer.ADDRESS) == 1);
    }

    /**
     * Same surname (or nearly), same address or postcode, first names that are not the same name, not variants,
     * not nicknames and not a middle name used as the first: two children of one family, not one child twice.
     */
    public static boolean siblingPattern(int pattern) {
        int first = Comparer.level(pattern, Comparer.FIRST);
        int surname = Comparer.level(pattern, Comparer.SURNAME);
        int address = Comparer.level(pattern, Comparer.ADDRESS);
        int postcode = Comparer.level(pattern, Comparer.POSTCODE);
        return first == 6 && surname >= 1 && surname <= 3
                && (address == 1 || address == 2 || postcode == 1 || postcode == 2);
    }
}
