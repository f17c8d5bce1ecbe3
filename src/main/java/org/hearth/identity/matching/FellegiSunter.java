package org.hearth.identity.matching;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The Fellegi–Sunter model: for each field and level, m = P(level | same person) and u = P(level | different
 * people), and λ the share of compared pairs that are the same person. u is measured on random pairs of records
 * (nearly all of which are different people); m and λ are learnt by expectation–maximisation over the compared
 * pairs' patterns, so no labelled data is needed and each data set teaches its own weights. Level 0 (missing) is
 * no evidence: it carries weight 0.
 */
public final class FellegiSunter {
    private final double[][] m = new double[Comparer.FIELDS][];
    private final double[][] u = new double[Comparer.FIELDS][];
    /** u among random pairs (before EM), the baseline for term-frequency adjustments. */
    private final double[][] uRandom = new double[Comparer.FIELDS][];
    private double lambda;
    /** The prior used when scoring: the chance that two records drawn at random are the same person. */
    private double prior = Double.NaN;
    private int iterations;
    /**
     * Within one household (surname and home agree): λ and u among such pairs, learnt by EM there, where the
     * non-matches are brothers and sisters; NaN/null when the data had too few such pairs to learn from.
     */
    private double householdLambda = Double.NaN;
    private double[][] householdU;

    private FellegiSunter() {
        for (int f = 0; f < Comparer.FIELDS; f++) {
            m[f] = new double[Comparer.LEVELS[f]];
            u[f] = new double[Comparer.LEVELS[f]];
        }
    }

    /** A model with given parameters (for tests and for scoring with weights learnt elsewhere). */
    public static FellegiSunter of(double[][] m, double[][] u, double lambda) {
        FellegiSunter model = new FellegiSunter();
        for (int f = 0; f < Comparer.FIELDS; f++) {
            model.m[f] = m[f].clone();
            model.u[f] = u[f].clone();
            model.uRandom[f] = u[f].clone();
            model.uRandom[f] = u[f].clone();
        }
        model.lambda = lambda;
        return model;
    }

    /**
     * u from the patterns of random pairs: each level's share among pairs where the field is present, with half a
     * pair added to every level so a level never seen at random still has a (small) probability.
     */
    static double[][] estimateU(int[] randomPatterns) {
        double[][] counts = new double[Comparer.FIELDS][];
        for (int f = 0; f < Comparer.FIELDS; f++) {
            counts[f] = new double[Comparer.LEVELS[f]];
        }
        for (int p : randomPatterns) {
            for (int f = 0; f < Comparer.FIELDS; f++) {
                counts[f][Comparer.level(p, f)]++;
            }
        }
        double[][] u = new double[Comparer.FIELDS][];
        for (int f = 0; f < Comparer.FIELDS; f++) {
            u[f] = new double[Comparer.LEVELS[f]];
            double present = 0;
            for (int l = 1; l < u[f].length; l++) {
                present += counts[f][l] + 0.5;
            }
            u[f][0] = 1;
            for (int l = 1; l < u[f].length; l++) {
                u[f][l] = (counts[f][l] + 0.5) / present;
            }
        }
        return u;
    }

    /**
     * Patterns of {@code samples} random pairs of distinct records. Deterministic for a given seed: the pairs are drawn
     * in order, then compared on every core (the comparisons are the cost).
     */
    static int[] randomPatterns(java.util.List<Standardised> records, Comparer comparer, int samples, long seed) {
        int n = records.size();
        if (n < 2) {
            return new int[0];
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] left = new int[samples];
        int[] right = new int[samples];
        for (int k = 0; k < samples; k++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n - 1);
            if (j >= i) {
                j++;
            }
            left[k] = i;
            right[k] = j;
        }
        // compared in order of the left record (a counting sort), so that consecutive comparisons share a record
        // still in the processor's cache rather than each fetching two records from anywhere in memory; each
        // pattern still lands at its draw's position, so the result is the same
        int[] start = new int[n + 1];
        for (int k = 0; k < samples; k++) {
            start[left[k] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] byLeft = new int[samples];
        for (int k = 0; k < samples; k++) {
            byLeft[start[left[k]]++] = k;
        }
        int[] out = new int[samples];
        java.util.stream.IntStream.range(0, samples).parallel().forEach(s -> {
            int k = byLeft[s];
            out[k] = comparer.compare(records.get(left[k]), records.get(right[k]));
        });
        return out;
    }

    /**
     * Learns m and λ by EM with u held fixed. {@code patterns}/{@code counts} are the distinct patterns among the
     * compared pairs and how often each occurs.
     */
    public static FellegiSunter learn(int[] patterns, long[] counts, double[][] u, int maxIterations) {
        boolean[] all = new boolean[Comparer.FIELDS];
        Arrays.fill(all, true);
        return learn(patterns, counts, u, maxIterations, all);
    }

    /**
     * EM over the fields in {@code learnt} only (the others are left out of the likelihood: a training session
     * whose pairs were chosen because they agree on a field can teach nothing about that field).
     */
    public static FellegiSunter learn(int[] patterns, long[] counts, double[][] u, int maxIterations,
            boolean[] learnt) {
        FellegiSunter model = new FellegiSunter();
        for (int f = 0; f < Comparer.FIELDS; f++) {
            model.u[f] = u[f].clone();
            model.uRandom[f] = u[f].clone();
            // start m leaning to the strongest agreement: level 1 most likely, each worse level half as likely
            double[] mf = model.m[f];
            mf[0] = 1;
            double sum = 0;
            for (int l = 1; l < mf.length; l++) {
                mf[l] = l == 1 ? 8 : 1.0 / l;
                sum += mf[l];
            }
            for (int l = 1; l < mf.length; l++) {
                mf[l] /= sum;
            }
        }
        model.lambda = 0.3;
        int[][] levels = new int[patterns.length][];
        for (int k = 0; k < patterns.length; k++) {
            levels[k] = Comparer.levels(patterns[k]);
            for (int f = 0; f < Comparer.FIELDS; f++) {
                if (!learnt[f]) {
                    levels[k][f] = 0;
                }
            }
        }
        double total = 0;
        for (long c : counts) {
            total += c;
        }
        double[][] mNew = new double[Comparer.FIELDS][];
        double[][] uNew = new double[Comparer.FIELDS][];
        for (int f = 0; f < Comparer.FIELDS; f++) {
            mNew[f] = new double[Comparer.LEVELS[f]];
            uNew[f] = new double[Comparer.LEVELS[f]];
        }
        for (int it = 0; it < maxIterations; it++) {
            for (double[] row : mNew) {
                Arrays.fill(row, 0);
            }
            for (double[] row : uNew) {
                Arrays.fill(row, 0);
            }
            double matches = 0;
            for (int k = 0; k < patterns.length; k++) {
                double p = model.matchProbability(levels[k]);
                double w = p * counts[k];
                double v = (1 - p) * counts[k];
                matches += w;
                for (int f = 0; f < Comparer.FIELDS; f++) {
                    mNew[f][levels[k][f]] += w;
                    uNew[f][levels[k][f]] += v;
                }
            }
            double change = Math.abs(matches / total - model.lambda);
            model.lambda = Math.min(0.999, Math.max(1e-6, matches / total));
            for (int f = 0; f < Comparer.FIELDS; f++) {
                double present = 0;
                for (int l = 1; l < mNew[f].length; l++) {
                    present += mNew[f][l] + 1e-3;
                }
                double absent = 0;
                for (int l = 1; l < uNew[f].length; l++) {
                    absent += uNew[f][l] + 1e-3;
                }
                for (int l = 1; l < mNew[f].length; l++) {
                    double v = (mNew[f][l] + 1e-3) / present;
                    change = Math.max(change, Math.abs(v - model.m[f][l]));
                    model.m[f][l] = v;
                    model.u[f][l] = (uNew[f][l] + 1e-3) / absent;
                }
            }
            model.iterations = it + 1;
            if (change < 1e-5) {
                break;
            }
        }
        return model;
    }

    /** P(same person | these levels), with λ as the prior. */
    double matchProbability(int[] levels) {
        double logOdds = Math.log(lambda / (1 - lambda));
        for (int f = 0; f < Comparer.FIELDS; f++) {
            int l = levels[f];
            if (l != 0) {
                logOdds += Math.log(m[f][l] / u[f][l]);
            }
        }
        return 1 / (1 + Math.exp(-logOdds));
    }

    /** log2 of the Bayes factor m/u of one field's level (0 for missing). */
    public double weight(int field, int level) {
        return level == 0 ? 0 : log2(m[field][level] / u[field][level]);
    }

    public double m(int field, int level) {
        return m[field][level];
    }

    public double u(int field, int level) {
        return u[field][level];
    }

    /**
     * The model to score with: m per field from the training sessions, u from random pairs, and the prior set so
     * that it agrees with the matches the model itself expects among the compared pairs (a fixed point: the expected
     * number of matches among compared pairs, over all pairs, is the prior that yields it).
     */
    public static FellegiSunter combine(double[][] m, double[][] uRandom, int[] patterns, long[] counts,
            long allPairs) {
        FellegiSunter model = of(m, uRandom, 0.5);
        int[][] levels = new int[patterns.length][];
        for (int k = 0; k < patterns.length; k++) {
            levels[k] = Comparer.levels(patterns[k]);
        }
        double prior = 1e-4;
        for (int it = 0; it < 50; it++) {
            model.lambda = prior;
            double expected = 0;
            for (int k = 0; k < patterns.length; k++) {
                expected += model.matchProbability(levels[k]) * counts[k];
            }
            double next = Math.min(0.5, Math.max(1.0 / Math.max(2, allPairs), expected / Math.max(1, allPairs)));
            model.iterations = it + 1;
            if (Math.abs(next - prior) < prior * 1e-4) {
                prior = next;
                break;
            }
            prior = next;
        }
        model.lambda = prior;
        return model;
    }

    /** Sets the household model: λ and u learnt among pairs sharing surname and home. */
    FellegiSunter withHousehold(double lambda, FellegiSunter learnt) {
        householdLambda = lambda;
        householdU = new double[Comparer.FIELDS][];
        for (int f = 0; f < Comparer.FIELDS; f++) {
            householdU[f] = learnt.u[f].clone();
        }
        return this;
    }

    /** The same household model given as numbers: λ and u among pairs sharing surname and home (the Spark job's weights). */
    FellegiSunter withHousehold(double lambda, double[][] u) {
        householdLambda = lambda;
        householdU = new double[Comparer.FIELDS][];
        for (int f = 0; f < Comparer.FIELDS; f++) {
            householdU[f] = u[f].clone();
        }
        return this;
    }

    /** λ among pairs sharing surname and home, NaN without a household model. */
    double householdLambda() {
        return householdLambda;
    }

    /** u among pairs sharing surname and home (a copy), null without a household model. */
    double[][] householdU() {
        if (householdU == null) {
            return null;
        }
        double[][] copy = new double[Comparer.FIELDS][];
        for (int f = 0; f < Comparer.FIELDS; f++) {
            copy[f] = householdU[f].clone();
        }
        return copy;
    }

    /** Whether the model knows how brothers and sisters differ (see {@link #withHousehold}). */
    public boolean hasHousehold() {
        return householdU != null;
    }

    /** log2 of the prior odds that two records of one household are one child. */
    public double householdPriorWeight() {
        return log2(householdLambda / (1 - householdLambda));
    }

    /** log2 m/u of one field's level where u is among brothers and sisters (0 for missing). */
    public double householdWeight(int field, int level) {
        return level == 0 ? 0 : log2(m[field][level] / householdU[field][level]);
    }

    /** u of a level among random pairs of records. */
    public double uRandom(int field, int level) {
        return uRandom[field][level];
    }

    public double lambda() {
        return lambda;
    }

    public int iterations() {
        return iterations;
    }

    /**
     * Sets the prior for scoring from λ among the compared pairs: nearly all matches are among them, so the chance
     * for any two records is λ × compared / all pairs. Scoring with λ itself would favour whatever blocking let in.
     */
    public FellegiSunter withPriorOverAllPairs(long compared, long allPairs) {
        double matches = Math.max(1, lambda * compared);
        prior = Math.min(0.5, matches / Math.max(1, allPairs));
        return this;
    }

    /** log2 of the prior odds of a match used when scoring. */
    public double priorWeight() {
        double p = Double.isNaN(prior) ? lambda : prior;
        return log2(p / (1 - p));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** The model as a table, for people checking what it learnt. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("lambda=%.5f after %d EM iterations%n", lambda, iterations));
        for (int f = 0; f < Comparer.FIELDS; f++) {
            for (int l = 1; l < Comparer.LEVELS[f]; l++) {
                b.append(String.format("  %-14s %-34s m=%.4f u=%.6f w=%+.2f%n", Comparer.FIELD_NAMES[f],
                        Comparer.LEVEL_NAMES[f][l], m[f][l], u[f][l], weight(f, l)));
            }
        }
        if (householdU != null) {
            b.append(String.format("within a household: lambda=%.5f%n", householdLambda));
            for (int f = 0; f < Comparer.FIELDS; f++) {
                if (f == Comparer.SURNAME || f == Comparer.POSTCODE || f == Comparer.ADDRESS) {
                    continue;
                }
                for (int l = 1; l < Comparer.LEVELS[f]; l++) {
                    b.append(String.format("  %-14s %-34s m=%.4f u=%.6f w=%+.2f%n", Comparer.FIELD_NAMES[f],
                            Comparer.LEVEL_NAMES[f][l], m[f][l], householdU[f][l], householdWeight(f, l)));
                }
            }
        }
        return b.toString();
    }
}
