package org.hearth.identity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Links records into people: standardise, block, compare, learn the weights (EM), score, cluster. Plain Java with
 * no framework or database, so the command line, the application and a distributed job can all call it.
 */
public final class Linker {
    /** Pairs scored below this are left out of the result's pair list. */
    public static final double PAIR_FLOOR = 0.01;
    /** A record this unlike any record of a group keeps it out of the group, however alike the others. */
    public static final double CLUSTER_VETO = 0.02;
    static final int MAX_BLOCK = 120;
    /** More records than this for one child would be a chain of errors, not one child's records. */
    static final int MAX_CLUSTER = 60;
    /**
     * Random pairs for u. Their comparisons cost about a third of the linking's CPU at 150,000. Since the household
     * model (brothers and sisters weighed by their own u) 50,000 keep every figure (bench, December 2026, pairs F1 at
     * 150,000 / 50,000: FEBRL3 0.9962 / 0.9974, FEBRL4 0.9993 / 0.9993, children 13k 0.9859 / 0.9859, 52k 0.9860 /
     * 0.9860); {@code -Dhearth.identity.randomPairs=N} tries another number.
     */
    static final int RANDOM_PAIRS = Integer.getInteger("hearth.identity.randomPairs", 50_000);
    static final int EM_ITERATIONS = 60;
    /**
     * The household model is used only where at least one pair in ten sharing surname and home is two people (the
     * children sets: 0.36; FEBRL3: 0.99).
     */
    static final double HOUSEHOLD_MAX_LAMBDA = 0.9;
    /** Work on more items than this is spread over every core (the common pool); below it, threads cost more. */
    static final int PARALLEL_FROM = 2_000;

    private final Standardiser standardiser;
    private final Comparer comparer;
    private final Blocker blocker;

    public Linker(NameVariants names) {
        this.standardiser = new Standardiser(names);
        this.comparer = new Comparer(names);
        this.blocker = new Blocker(names, MAX_BLOCK);
    }

    public Linker() {
        this(NameVariants.standard());
    }

    /** One scored pair of records, by index into the input. */
    public record ScoredPair(int left, int right, double probability) {
    }

    /** The people found: each record's cluster (the index of its first record), and the pairs above the floor. */
    public record Result(List<Standardised> records, int[] clusterOf, List<ScoredPair> pairs, PairScorer scorer,
            int candidatePairs) {
    }

    public Result link(List<InputRecord> input, double threshold) {
        return link(input, threshold, Phases.OFF);
    }

    /** As {@link #link(List, double)}, marking each phase's end in {@code phases}. */
    public Result link(List<InputRecord> input, double threshold, Phases phases) {
        return link(input, threshold, phases, null);
    }

    /**
     * As {@link #link(List, double, Phases)}, handing the records and the scored pairs (as the result will hold them)
     * to {@code scored} as soon as they are known, before clustering: the caller can write them meanwhile.
     */
    public Result link(List<InputRecord> input, double threshold, Phases phases,
            java.util.function.BiConsumer<List<Standardised>, List<ScoredPair>> scored) {
        int n = input.size();
        List<Standardised> records = standardise(input);
        phases.mark("standardise");
        // u needs only the records, not the candidate pairs: its random comparisons run beside blocking (which
        // is mostly one thread's work) and the candidates' comparisons, so both cores stay busy; the result is the
        // same as one after the other (each writes only its own arrays)
        int samples = (int) Math.min(RANDOM_PAIRS, (long) n * (n - 1) / 2);
        java.util.concurrent.CompletableFuture<double[][]> uLater = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> FellegiSunter.estimateU(FellegiSunter.randomPatterns(records, comparer, samples,
                        42L)));
        // the names' frequencies likewise need only the records: counted beside blocking too
        java.util.concurrent.CompletableFuture<TermFrequencies> frequenciesLater = java.util.concurrent
                .CompletableFuture.supplyAsync(() -> new TermFrequencies(records));
        long[] candidates = blocker.candidatePairs(records);
        phases.mark("block | u");
        int[] patterns = new int[candidates.length];
        parallel(candidates.length).forEach(k -> patterns[k] = comparer.compare(records.get(PairSet.left(candidates[k])),
                records.get(PairSet.right(candidates[k]))));

        int[] counts = new int[Comparer.PATTERNS];
        for (int p : patterns) {
            counts[p]++;
        }
        phases.mark("compare | u");
        double[][] u = uLater.join();
        phases.mark("u (rest)");
        FellegiSunter model = train(counts, u, (long) n * (n - 1) / 2);
        phases.mark("EM");
        PairScorer scorer = new PairScorer(comparer, model, frequenciesLater.join());

        double[] probabilities = new double[candidates.length];
        parallel(candidates.length).forEach(k -> probabilities[k] = scorer.probability(
                records.get(PairSet.left(candidates[k])), records.get(PairSet.right(candidates[k])), patterns[k]));

        List<ScoredPair> kept = new ArrayList<>();
        int linked = 0;
        for (int k = 0; k < candidates.length; k++) {
            if (probabilities[k] >= PAIR_FLOOR) {
                kept.add(new ScoredPair(PairSet.left(candidates[k]), PairSet.right(candidates[k]), probabilities[k]));
            }
            if (probabilities[k] >= threshold) {
                linked++;
            }
        }
        long[] links = new long[linked];
        double[] linkProbabilities = new double[linked];
        for (int k = 0, l = 0; k < candidates.length; k++) {
            if (probabilities[k] >= threshold) {
                links[l] = candidates[k];
                linkProbabilities[l++] = probabilities[k];
            }
        }
        phases.mark("score");
        if (scored != null) {
            scored.accept(records, kept);
        }
        int[] clusterOf = new Clusterer(threshold, CLUSTER_VETO, MAX_CLUSTER).cluster(n, links, linkProbabilities,
                (i, j) -> scorer.probability(records.get(i), records.get(j)));
        phases.mark(scored != null ? "cluster | write pairs" : "cluster");
        return new Result(records, clusterOf, kept, scorer, candidates.length);
    }

    /**
     * Learns m in two sessions, as the fields' agreement is not independent within a family: pairs agreeing on first
     * name and date of birth teach the surname, middle name, sex and identifier fields; pairs agreeing on surname and
     * home teach first name and date of birth (there the non-matches are brothers and sisters, the ones that matter),
     * and their λ and u become the household model. The home's m is counted among pairs sharing an identifier.
     */
    static FellegiSunter train(int[] counts, double[][] u, long allPairs) {
        Session byPerson = new Session(p -> {
            int first = Comparer.level(p, Comparer.FIRST);
            return (first == 1 || first == 2) && Comparer.level(p, Comparer.DOB) == 1;
        }, Comparer.SURNAME, Comparer.MIDDLE, Comparer.SEX, Comparer.POSTCODE, Comparer.ADDRESS, Comparer.NHS,
                Comparer.UPN);
        // the home's m from pairs sharing an identifier, counted rather than learnt: nearly all of them are one child,
        // and EM among them splits off children who moved as a second class, teaching that a match never moves
        Session byIdentifier = new Session(p -> {
            int nhs = Comparer.level(p, Comparer.NHS);
            int upn = Comparer.level(p, Comparer.UPN);
            return nhs == 1 || nhs == 2 || upn == 1 || upn == 2;
        }, Comparer.POSTCODE, Comparer.ADDRESS);
        Session byHome = new Session(p -> {
            int surname = Comparer.level(p, Comparer.SURNAME);
            return (surname == 1 || surname == 2) && (Comparer.level(p, Comparer.POSTCODE) == 1
                    || Comparer.level(p, Comparer.ADDRESS) == 1);
        }, Comparer.FIRST, Comparer.DOB, Comparer.MIDDLE, Comparer.SEX, Comparer.NHS, Comparer.UPN);
        // the patterns seen, once: the sessions walk these few thousand rather than every possible pattern
        int distinct = 0;
        for (int c : counts) {
            distinct += c > 0 ? 1 : 0;
        }
        int[] seen = new int[distinct];
        long[] seenCounts = new long[distinct];
        for (int p = 0, k = 0; p < counts.length; p++) {
            if (counts[p] > 0) {
                seen[k] = p;
                seenCounts[k++] = counts[p];
            }
        }
        FellegiSunter a = byPerson.learn(seen, seenCounts, u);
        FellegiSunter b = byHome.learn(seen, seenCounts, u);
        double[][] ids = byIdentifier.count(seen, seenCounts);
        double[][] m = new double[Comparer.FIELDS][];
        for (int f = 0; f < Comparer.FIELDS; f++) {
            m[f] = new double[Comparer.LEVELS[f]];
            for (int l = 0; l < m[f].length; l++) {
                boolean inA = byPerson.learns(f);
                boolean inB = byHome.learns(f);
                m[f][l] = ids != null && byIdentifier.learns(f) ? ids[f][l]
                        : inA && inB ? (a.m(f, l) + b.m(f, l)) / 2 : inA ? a.m(f, l) : b.m(f, l);
            }
        }
        FellegiSunter model = FellegiSunter.combine(m, u, seen, seenCounts, allPairs);
        // the household's own λ and u (brothers and sisters as the non-matches), when there were enough such pairs
        // and they hold other people: where nearly every pair sharing surname and home is one person (FEBRL, where
        // households are not families), EM's second class among them is records with errors, not brothers and sisters
        boolean families = byHome.learntFromItsOwn && b.lambda() <= HOUSEHOLD_MAX_LAMBDA;
        return families ? model.withHousehold(b.lambda(), b) : model;
    }

    /** A training session: the compared pairs whose pattern passes a condition, and the fields it learns. */
    private static final class Session {
        private final java.util.function.IntPredicate condition;
        private final boolean[] fields = new boolean[Comparer.FIELDS];
        /** Whether the last {@link #learn} had enough pairs passing the condition (else it used every pair). */
        boolean learntFromItsOwn;

        Session(java.util.function.IntPredicate condition, int... learns) {
            this.condition = condition;
            for (int f : learns) {
                fields[f] = true;
            }
        }

        /**
         * m as the share of each level among the pairs passing the condition, taken all as matches (half a pair added
         * to every level); null when fewer than 50 pairs pass.
         */
        double[][] count(int[] patterns, long[] counts) {
            double[][] tally = new double[Comparer.FIELDS][];
            for (int f = 0; f < Comparer.FIELDS; f++) {
                tally[f] = new double[Comparer.LEVELS[f]];
            }
            long pairs = 0;
            for (int k = 0; k < patterns.length; k++) {
                int p = patterns[k];
                if (condition.test(p)) {
                    pairs += counts[k];
                    for (int f = 0; f < Comparer.FIELDS; f++) {
                        tally[f][Comparer.level(p, f)] += counts[k];
                    }
                }
            }
            if (pairs < 50) {
                return null;
            }
            for (int f = 0; f < Comparer.FIELDS; f++) {
                double present = 0;
                for (int l = 1; l < tally[f].length; l++) {
                    present += tally[f][l] + 0.5;
                }
                tally[f][0] = 1;
                for (int l = 1; l < tally[f].length; l++) {
                    tally[f][l] = (tally[f][l] + 0.5) / present;
                }
            }
            return tally;
        }

        boolean learns(int field) {
            return fields[field];
        }

        FellegiSunter learn(int[] patterns, long[] counts, double[][] u) {
            int distinct = 0;
            long pairs = 0;
            for (int k = 0; k < patterns.length; k++) {
                if (condition.test(patterns[k])) {
                    distinct++;
                    pairs += counts[k];
                }
            }
            boolean everything = pairs < 50; // too few to learn from: use every compared pair
            learntFromItsOwn = !everything;
            if (everything) {
                return FellegiSunter.learn(patterns, counts, u, EM_ITERATIONS, fields);
            }
            int[] seen = new int[distinct];
            long[] seenCounts = new long[distinct];
            for (int k = 0, d = 0; k < patterns.length; k++) {
                if (condition.test(patterns[k])) {
                    seen[d] = patterns[k];
                    seenCounts[d++] = counts[k];
                }
            }
            return FellegiSunter.learn(seen, seenCounts, u, EM_ITERATIONS, fields);
        }
    }

    private List<Standardised> standardise(List<InputRecord> input) {
        Standardised[] out = new Standardised[input.size()];
        Pool pool = new Pool(input.size());
        parallel(input.size()).forEach(i -> out[i] = standardiser.standardise(i, input.get(i), pool));
        return List.of(out);
    }

    private static IntStream parallel(int size) {
        IntStream s = IntStream.range(0, size);
        return size > PARALLEL_FROM ? s.parallel() : s;
    }
}
