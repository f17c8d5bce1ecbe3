package org.hearth.identity.matching;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The few package-private parts of the embedded matcher that the Spark job calls, opened here (in the Spark
 * project only, beside the matcher's package) so that the job runs the matcher's own code and no copy of it. Each
 * method only forwards. Should the matcher make these public, this class goes.
 */
public final class SparkSeam {
    private SparkSeam() {
    }

    /** Blocks with more records than this are skipped, as in the embedded {@link Linker}. */
    public static int maxBlock() {
        return Linker.MAX_BLOCK;
    }

    public static double clusterVeto() {
        return Linker.CLUSTER_VETO;
    }

    public static int maxCluster() {
        return Linker.MAX_CLUSTER;
    }

    /** The household model's λ (NaN without one) and u (null without one), to carry to the executors. */
    public static double householdLambda(FellegiSunter model) {
        return model.householdLambda();
    }

    public static double[][] householdU(FellegiSunter model) {
        return model.householdU();
    }

    /** The model with the household model the driver learnt, as the embedded linker scores with it. */
    public static FellegiSunter withHousehold(FellegiSunter model, double lambda, double[][] u) {
        return u == null ? model : model.withHousehold(lambda, u);
    }

    public static int randomPairs() {
        return Linker.RANDOM_PAIRS;
    }

    /**
     * A record's blocking keys as the embedded linker blocks on them: 64-bit hashes ({@link Blocker#hash} of each of
     * {@link Blocker#keys}), worked out without building the keys' strings.
     */
    public static long[] keyHashes(Blocker blocker, Standardised r) {
        return blocker.keyHashes(r);
    }

    /** The hash {@link #keyHashes} gives the key {@code key}. */
    public static long keyHash(String key) {
        return Blocker.hash(key);
    }

    public static int index(Standardised r) {
        return r.index;
    }

    public static String firstWord(Standardised r) {
        return r.firstWord;
    }

    public static long pack(int i, int j) {
        return PairSet.pack(i, j);
    }

    public static int[] randomPatterns(List<Standardised> records, Comparer comparer, int samples, long seed) {
        return FellegiSunter.randomPatterns(records, comparer, samples, seed);
    }

    public static double[][] estimateU(int[] randomPatterns) {
        return FellegiSunter.estimateU(randomPatterns);
    }

    /** The embedded two-session EM and prior, from the compared pairs' pattern counts. */
    public static FellegiSunter train(int[] counts, double[][] u, long allPairs) {
        return Linker.train(counts, u, allPairs);
    }

    /**
     * The matcher's own {@link TermFrequencies}, built from name counts gathered across a cluster rather than from
     * every record in one list: it is fed one placeholder record per counted occurrence, so its sums are exactly
     * those over the full data. (A constructor taking the counts would make this unnecessary.)
     */
    public static TermFrequencies termFrequencies(Map<String, Integer> firstWords, Map<String, Integer> surnames) {
        long total = 0;
        for (int c : firstWords.values()) {
            total += c;
        }
        for (int c : surnames.values()) {
            total += c;
        }
        int size = (int) Math.min(Integer.MAX_VALUE, total);
        return new TermFrequencies(new AbstractList<>() {
            @Override
            public Standardised get(int i) {
                throw new UnsupportedOperationException("iterated only");
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Standardised> iterator() {
                return new Expanding(firstWords, surnames);
            }
        });
    }

    private static Standardised placeholder(String firstWord, String surname) {
        return new Standardised(-1, "", "", firstWord, firstWord, "", new String[0], false, surname, new String[0],
                Standardised.NO_DATE, 0, 0, 0, (char) 0, "", "", "", "", new String[0], "", "", false, "", false);
    }

    /** Yields each name's placeholder as many times as the name was counted. */
    private static final class Expanding implements Iterator<Standardised> {
        private final Iterator<Map.Entry<String, Integer>> firsts;
        private final Iterator<Map.Entry<String, Integer>> surnames;
        private Standardised current;
        private int left;

        Expanding(Map<String, Integer> firsts, Map<String, Integer> surnames) {
            this.firsts = firsts.entrySet().iterator();
            this.surnames = surnames.entrySet().iterator();
        }

        @Override
        public boolean hasNext() {
            while (left == 0) {
                if (firsts.hasNext()) {
                    Map.Entry<String, Integer> e = firsts.next();
                    current = placeholder(e.getKey(), "");
                    left = e.getValue();
                } else if (surnames.hasNext()) {
                    Map.Entry<String, Integer> e = surnames.next();
                    current = placeholder("", e.getKey());
                    left = e.getValue();
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Standardised next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            left--;
            return current;
        }
    }
}
