package org.hearth.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.hearth.identity.matching.Blocker;
import org.hearth.identity.matching.Clusterer;
import org.hearth.identity.matching.Comparer;
import org.hearth.identity.matching.FellegiSunter;
import org.hearth.identity.matching.InputRecord;
import org.hearth.identity.matching.LinkFiles;
import org.hearth.identity.matching.NameVariants;
import org.hearth.identity.matching.PairScorer;
import org.hearth.identity.matching.SparkSeam;
import org.hearth.identity.matching.Standardised;
import org.hearth.identity.matching.StandardisedSerializer;
import org.hearth.identity.matching.Standardiser;
import org.hearth.identity.matching.TermFrequencies;
import scala.Tuple2;

/**
 * The embedded identity matcher run across a Spark cluster. Every step calls the matcher's own code; Spark only
 * moves the records: standardise and key on the executors ({@link Standardiser}, {@link Blocker#keys}); compare
 * the pairs in each block ({@link Comparer}); learn the weights on the driver with the matcher's EM from the
 * pattern counts of all compared pairs and the patterns of random pairs; score on the executors
 * ({@link PairScorer}); find the linked groups by label propagation; then split each group with the matcher's
 * coherent {@link Clusterer}, exactly as the embedded linker would (its merges never cross a group).
 */
public final class LinkJob {
    /** Up to this many records, u is learnt from random pairs of all of them, as embedded; above, from a sample. */
    static final int U_SAMPLE_RECORDS = 200_000;

    private LinkJob() {
    }

    /**
     * One input row with its position in the file (the record's index, as in the embedded linker). A plain class,
     * not a record: Spark's Kryo cannot rebuild Java records.
     */
    public static final class Rec implements Serializable {
        private int index;
        private String[] f;

        Rec() {
        }

        Rec(int index, String[] f) {
            this.index = index;
            this.f = f;
        }

        public int index() {
            return index;
        }

        public String[] f() {
            return f;
        }

        InputRecord input() {
            return new InputRecord(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]);
        }
    }

    /** What the job found: each record's cluster (by record id) and the pairs scored at or above the floor. */
    public record Output(JavaPairRDD<String, String> clusters, JavaRDD<String[]> pairs, long records,
            long candidatePairs, String model) {
    }

    /** Matcher objects each executor JVM builds once (they are not serialisable, and need not be). */
    static final class Local {
        private static NameVariants names;
        private static Standardiser standardiser;
        private static Blocker blocker;
        private static Comparer comparer;
        private static final Map<Long, PairScorer> SCORERS = new HashMap<>();

        static synchronized Standardiser standardiser() {
            init();
            return standardiser;
        }

        static synchronized Blocker blocker() {
            init();
            return blocker;
        }

        static synchronized Comparer comparer() {
            init();
            return comparer;
        }

        static synchronized PairScorer scorer(Broadcast<Weights> weights) {
            init();
            return SCORERS.computeIfAbsent(weights.id(), id -> weights.value().scorer(comparer));
        }

        private static void init() {
            if (names == null) {
                names = NameVariants.standard();
                standardiser = new Standardiser(names);
                blocker = new Blocker(names, SparkSeam.maxBlock());
                comparer = new Comparer(names);
            }
        }
    }

    /** The learnt model and name frequencies, in a form that travels to the executors (a plain class, for Kryo). */
    public static final class Weights implements Serializable {
        private double[][] m;
        private double[][] u;
        private double lambda;
        private HashMap<String, Integer> firsts;
        private HashMap<String, Integer> surnames;
        // the household model (brothers and sisters weighed by their own u), when the driver learnt one
        private double householdLambda = Double.NaN;
        private double[][] householdU;

        Weights() {
        }

        Weights(double[][] m, double[][] u, double lambda, HashMap<String, Integer> firsts,
                HashMap<String, Integer> surnames) {
            this.m = m;
            this.u = u;
            this.lambda = lambda;
            this.firsts = firsts;
            this.surnames = surnames;
        }

        static Weights of(FellegiSunter model, HashMap<String, Integer> firsts, HashMap<String, Integer> surnames) {
            double[][] m = new double[Comparer.FIELDS][];
            double[][] u = new double[Comparer.FIELDS][];
            for (int f = 0; f < Comparer.FIELDS; f++) {
                m[f] = new double[Comparer.LEVELS[f]];
                u[f] = new double[Comparer.LEVELS[f]];
                for (int l = 0; l < m[f].length; l++) {
                    m[f][l] = model.m(f, l);
                    u[f][l] = model.uRandom(f, l);
                }
            }
            Weights w = new Weights(m, u, model.lambda(), firsts, surnames);
            w.householdLambda = SparkSeam.householdLambda(model);
            w.householdU = SparkSeam.householdU(model);
            return w;
        }

        PairScorer scorer(Comparer comparer) {
            TermFrequencies tf = SparkSeam.termFrequencies(firsts, surnames);
            return new PairScorer(comparer, SparkSeam.withHousehold(FellegiSunter.of(m, u, lambda), householdLambda,
                    householdU), tf);
        }
    }

    static Standardised standardise(Rec r) {
        try {
            return Local.standardiser().standardise(r.index(), r.input());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("record " + r.f()[0] + " (line " + (r.index() + 2)
                    + "): cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads the CLI's input file (or a directory of such files with one header each). */
    public static JavaRDD<Rec> read(SparkSession spark, String input) {
        Dataset<Row> df = spark.read().option("header", "true").option("escape", "\"").option("mode", "FAILFAST")
                .option("inferSchema", "false").csv(input);
        List<String> header = Arrays.asList(df.columns());
        if (!header.equals(LinkFiles.HEADER)) {
            throw new IllegalArgumentException("the input's header must be exactly " + String.join(",",
                    LinkFiles.HEADER) + " but is " + String.join(",", header));
        }
        return df.javaRDD().zipWithIndex().map(t -> {
            Row row = t._1();
            String[] f = new String[11];
            for (int k = 0; k < 11; k++) {
                Object v = row.get(k);
                f[k] = v == null ? "" : v.toString();
            }
            if (f[0].isBlank()) {
                throw new IllegalArgumentException("line " + (t._2() + 2) + ": record_id is blank");
            }
            if (!f[5].isEmpty() && !f[5].matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalArgumentException("record " + f[0] + ": dob must be YYYY-MM-DD, not " + f[5]);
            }
            return new Rec(Math.toIntExact(t._2()), f);
        });
    }

    /**
     * The Spark settings the job is built for; {@code spark/run}, {@code spark/bench} and the tests start their
     * session through here (on a cluster pass the same with {@code --conf}, see docs/identity-spark.md). Kryo with
     * the job's classes registered writes a small number instead of each object's class name, and without reference
     * tracking it keeps no table of every object written (the job's records hold no cycles).
     */
    public static SparkSession.Builder configure(SparkSession.Builder builder) {
        return builder.config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .config("spark.kryo.referenceTracking", "false")
                .config("spark.kryo.registrator", KryoClasses.class.getName());
    }

    public static Output link(SparkSession spark, JavaRDD<Rec> recs, double threshold) {
        return link(spark, recs, threshold, phase -> {
        });
    }

    /**
     * As {@link #link(SparkSession, JavaRDD, double)}, telling {@code phases} (on the driver) as each phase ends, so
     * that {@code spark/bench} can time them. Each phase ends with an action, so its Spark work is done by then.
     */
    public static Output link(SparkSession spark, JavaRDD<Rec> recs, double threshold,
            java.util.function.Consumer<String> phases) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long n = recs.count();
        // about 50,000 records a partition, so a task's blocks and pairs stay small on any number of cores
        int partitions = (int) Math.max(sc.defaultParallelism(), Math.min(100_000, n / 50_000 + 1));
        // each record standardised once, here, and kept in that form: the blocks, the name counts, the u sample and
        // the coherent split all read it (Kryo writes it with StandardisedSerializer)
        JavaRDD<Standardised> std = recs.repartition(partitions).map(LinkJob::standardise)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        phases.accept("read " + n + " records");

        // 1. blocks: each key's records, given up once a key has more than the embedded linker allows. A key is its
        // 64-bit hash, as the embedded linker blocks (Blocker.keyHashes); each entry carries the record's own keys,
        // so that no block has to work them out again to tell which pairs it owns
        // (written to bytes once here: the shuffle's sort and the blocks then hold one array per entry rather than
        // a record's thirty-odd objects, and a block's entries are read back only when the block is compared)
        JavaPairRDD<Long, byte[]> keyed = std.flatMapToPair(s -> {
            Entry e = Entry.of(s, SparkSeam.keyHashes(Local.blocker(), s));
            byte[] bytes = e.encode();
            List<Tuple2<Long, byte[]>> out = new ArrayList<>(e.keys.length);
            for (long key : e.keys) {
                out.add(new Tuple2<>(key, bytes));
            }
            return out.iterator();
        });
        // by sorting, not aggregating: Spark's combineByKey keeps every block being built in a size-tracked map
        // (AppendOnlyMap, sampled object-graph size estimates, spills), which at 1M records was most of the job's
        // CPU and never finished. Sorted by key, a partition's records of one key arrive together and become one
        // capped Block at a time; a key's lone record makes no block at all.
        JavaPairRDD<Long, Block> blocks = keyed
                .repartitionAndSortWithinPartitions(new org.apache.spark.HashPartitioner(partitions))
                .mapPartitionsToPair(Block::runs, true).filter(b -> b._2().overflow || b._2().members.size() >= 2)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // the keys given up (at most one per 120 records), so that each block knows which other blocks exist
        long[] over = blocks.filter(b -> b._2().overflow).keys().collect().stream().mapToLong(Long::longValue)
                .sorted().toArray();
        Broadcast<long[]> overflowed = sc.broadcast(over);

        // 2. compare every pair in every block; a pair met in several blocks is compared in one of them only (its
        // "own" block, see ownPairs), so no shuffle of the pairs is needed to count each once
        // Each task sends only the patterns it met, as (pattern, count) pairs: the dense array of every pattern is
        // about 16 MB, and 201 tasks' worth (10M records) was over Spark's 1 GB limit on results sent to the driver.
        long[] patternTotals = new long[Comparer.PATTERNS];
        for (long[] met : blocks.mapPartitions(it -> {
            Comparer comparer = Local.comparer();
            long[] local = new long[Comparer.PATTERNS];
            while (it.hasNext()) {
                Tuple2<Long, Block> block = it.next();
                if (!block._2().overflow) {
                    ownPairs(block._1(), Entry.decode(block._2().members), overflowed.value(),
                            (a, b) -> local[comparer.compare(a, b)]++);
                }
            }
            return List.of(patternsMet(local)).iterator();
        }).collect()) {
            for (int k = 0; k < met.length; k += 2) {
                patternTotals[(int) met[k]] += met[k + 1];
            }
        }
        long candidates = 0;
        int[] counts = new int[Comparer.PATTERNS];
        for (int k = 0; k < counts.length; k++) {
            counts[k] = Math.toIntExact(patternTotals[k]);
            candidates += patternTotals[k];
        }
        phases.accept("block and compare: " + candidates + " candidate pairs, " + over.length + " keys over the cap");

        // 3. learn the weights on the driver with the matcher's EM; u from random pairs, name frequencies from all
        List<Standardised> sample = uSample(std, n);
        Comparer comparer = Local.comparer();
        long allPairs = n * (n - 1) / 2;
        int samples = (int) Math.min(SparkSeam.randomPairs(), (long) sample.size() * (sample.size() - 1) / 2);
        double[][] u = SparkSeam.estimateU(SparkSeam.randomPatterns(sample, comparer, samples, 42L));
        FellegiSunter model = SparkSeam.train(counts, u, allPairs);
        Map<String, Integer> names = std.mapPartitionsToPair(it -> {
            Map<String, Integer> local = new HashMap<>();
            while (it.hasNext()) {
                Standardised s = it.next();
                if (!SparkSeam.firstWord(s).isEmpty()) {
                    local.merge("f" + SparkSeam.firstWord(s), 1, Integer::sum);
                }
                if (!s.surname().isEmpty()) {
                    local.merge("s" + s.surname(), 1, Integer::sum);
                }
            }
            List<Tuple2<String, Integer>> out = new ArrayList<>(local.size());
            local.forEach((k, v) -> out.add(new Tuple2<>(k, v)));
            return out.iterator();
        }).reduceByKey(Integer::sum).collectAsMap();
        HashMap<String, Integer> firsts = new HashMap<>();
        HashMap<String, Integer> surnames = new HashMap<>();
        names.forEach((k, v) -> (k.charAt(0) == 'f' ? firsts : surnames).put(k.substring(1), v));
        Broadcast<Weights> weights = sc.broadcast(Weights.of(model, firsts, surnames));
        phases.accept("learn weights (driver: u from " + sample.size() + " records, " + (firsts.size()
                + surnames.size()) + " names)");

        // 4. score with the matcher's scorer; keep what clears the floor
        JavaPairRDD<Long, Double> scored = blocks.flatMapToPair(block -> {
            PairScorer scorer = Local.scorer(weights);
            List<Tuple2<Long, Double>> out = new ArrayList<>();
            if (block._2().overflow) {
                return java.util.Collections.emptyIterator();
            }
            ownPairs(block._1(), Entry.decode(block._2().members), overflowed.value(), (a, b) -> {
                double p = scorer.probability(a, b);
                if (p >= org.hearth.identity.matching.Linker.PAIR_FLOOR) {
                    out.add(new Tuple2<>(PairKeys.key(SparkSeam.index(a), SparkSeam.index(b)), p));
                }
            });
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        long kept = scored.count();
        blocks.unpersist();
        phases.accept("score: " + kept + " pairs kept");

        // 5. linked groups (connected components over pairs at or above the threshold), then the coherent split
        JavaPairRDD<Long, Double> links = scored.filter(t -> t._2() >= threshold);
        // each linked record and each link keyed by its group, for the coherent split
        JavaPairRDD<Integer, Standardised> members;
        JavaPairRDD<Integer, Tuple2<Long, Double>> edges;
        long linkCount = links.count();
        if (linkCount <= Components.DRIVER_MAX_LINKS) {
            // few enough links for the driver: one pass of union-find rather than rounds of shuffles; each record's
            // group goes back to the records' own partitions in a broadcast (an int a record)
            List<long[]> chunks = links.keys().mapPartitions(it -> {
                long[] chunk = new long[64];
                int size = 0;
                while (it.hasNext()) {
                    if (size == chunk.length) {
                        chunk = Arrays.copyOf(chunk, size * 2);
                    }
                    chunk[size++] = it.next();
                }
                return List.of(Arrays.copyOf(chunk, size)).iterator();
            }).collect();
            Broadcast<int[]> groups = sc.broadcast(Components.unionFind(Math.toIntExact(n), chunks));
            members = std.filter(r -> groups.value()[SparkSeam.index(r)] >= 0)
                    .mapToPair(r -> new Tuple2<>(groups.value()[SparkSeam.index(r)], r));
            edges = links.mapToPair(t -> new Tuple2<>(groups.value()[PairKeys.left(t._1())], t));
            phases.accept("linked groups: " + linkCount + " links, union-find on the driver");
        } else {
            int[] rounds = new int[1];
            JavaPairRDD<Integer, Integer> component = Components.of(links.keys(), r -> rounds[0] = r);
            edges = links.mapToPair(t -> new Tuple2<>(PairKeys.left(t._1()), new Tuple2<>(t._1(), t._2())))
                    .join(component).mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
            members = std.mapToPair(r -> new Tuple2<>(SparkSeam.index(r), r)).join(component)
                    .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
            phases.accept("linked groups: " + linkCount + " links, " + rounds[0] + " label-propagation rounds");
        }
        JavaPairRDD<Integer, String> clusterOf = clusterWithin(members, edges, threshold, weights, partitions)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long clustered = clusterOf.count();
        phases.accept("coherent split of the groups' " + clustered + " records");
        JavaPairRDD<Integer, String> ids = std.mapToPair(r -> new Tuple2<>(SparkSeam.index(r), r.recordId()));
        // record id -> its cluster's first record's id; a record in no link is its own cluster
        JavaPairRDD<String, String> clusters = ids.leftOuterJoin(clusterOf, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2().orElse(t._2()._1())));
        JavaRDD<String[]> pairs = scored
                .mapToPair(t -> new Tuple2<>(PairKeys.left(t._1()), new Tuple2<>(PairKeys.right(t._1()), t._2())))
                .join(ids)
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Tuple2<>(t._2()._2(), t._2()._1()._2())))
                .join(ids)
                .map(t -> new String[] {t._2()._1()._1(), t._2()._2(), format(t._2()._1()._2())});
        return new Output(clusters, pairs, n, candidates, model.describe());
    }

    /** Told of each pair a block owns, the lower record index first. */
    interface PairVisitor {
        void pair(Standardised lower, Standardised higher);
    }

    /**
     * The pairs of a block that this block owns: a pair of records sharing several keys is met in each of those
     * blocks, and belongs to the smallest of their shared keys (by hash, as a signed long) whose block was not given
     * up. Every block can tell that from the two entries alone (each carries its record's keys) and the broadcast
     * keys given up, so each candidate pair is compared exactly once, in one task, with no shuffle of the pairs to
     * remove duplicates: the set of pairs is that of the embedded linker (every pair sharing a kept block), each
     * counted once.
     *
     * @param overflowed the keys given up, sorted
     */
    static void ownPairs(long key, List<Entry> block, long[] overflowed, PairVisitor visitor) {
        long[][] keys = new long[block.size()][];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = kept(block.get(k).keys, overflowed);
        }
        for (int i = 0; i < keys.length; i++) {
            for (int j = i + 1; j < keys.length; j++) {
                if (!ownedBy(key, keys[i], keys[j])) {
                    continue;
                }
                Standardised a = block.get(i).s;
                Standardised b = block.get(j).s;
                boolean aLower = SparkSeam.index(a) < SparkSeam.index(b);
                visitor.pair(aLower ? a : b, aLower ? b : a);
            }
        }
    }

    /** The keys not given up (both sorted). */
    private static long[] kept(long[] keys, long[] overflowed) {
        if (overflowed.length == 0) {
            return keys;
        }
        long[] out = new long[keys.length];
        int n = 0;
        for (long k : keys) {
            if (Arrays.binarySearch(overflowed, k) < 0) {
                out[n++] = k;
            }
        }
        return n == keys.length ? keys : Arrays.copyOf(out, n);
    }

    /** Whether {@code key} is the smallest value in both sorted arrays. */
    static boolean ownedBy(long key, long[] x, long[] y) {
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                return x[i] == key;
            }
            if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** Probability as the CLI writes it: six decimals. */
    static String format(double p) {
        long scaled = Math.round(p * 1_000_000);
        String frac = Long.toString(scaled % 1_000_000);
        return scaled / 1_000_000 + "." + "000000".substring(frac.length()) + frac;
    }

    /** The records u is learnt from: all of them, in file order, up to the cap (so equal to the embedded run). */
    /** The patterns a task met, as (pattern, count) pairs: what {@code counts} holds that is not zero. */
    static long[] patternsMet(long[] counts) {
        int met = 0;
        for (long c : counts) {
            if (c != 0) {
                met++;
            }
        }
        long[] out = new long[met * 2];
        int j = 0;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] != 0) {
                out[j++] = k;
                out[j++] = counts[k];
            }
        }
        return out;
    }

    private static List<Standardised> uSample(JavaRDD<Standardised> std, long n) {
        List<Standardised> rows;
        if (n <= U_SAMPLE_RECORDS) {
            rows = new ArrayList<>(std.collect());
        } else {
            rows = new ArrayList<>(std.sample(false, Math.min(1.0, 1.1 * U_SAMPLE_RECORDS / n), 42L).collect());
        }
        rows.sort((a, b) -> Integer.compare(SparkSeam.index(a), SparkSeam.index(b)));
        return rows;
    }

    /**
     * Runs the matcher's {@link Clusterer} on each linked group: the group's records renumbered in file order (so
     * ties break as embedded), its linked pairs, and the scorer for the coherence checks. The embedded clusterer
     * never merges across such groups, so splitting each alone gives the same clusters.
     */
    static JavaPairRDD<Integer, String> clusterWithin(JavaPairRDD<Integer, Standardised> members,
            JavaPairRDD<Integer, Tuple2<Long, Double>> edges, double threshold, Broadcast<Weights> weights,
            int partitions) {
        double veto = SparkSeam.clusterVeto();
        int maxSize = SparkSeam.maxCluster();
        return members.cogroup(edges, partitions).flatMapToPair(g -> {
            List<Standardised> rs = new ArrayList<>();
            g._2()._1().forEach(rs::add);
            rs.sort((a, b) -> Integer.compare(SparkSeam.index(a), SparkSeam.index(b)));
            Map<Integer, Integer> local = new HashMap<>(rs.size() * 2);
            Standardised[] s = rs.toArray(new Standardised[0]);
            for (int k = 0; k < s.length; k++) {
                local.put(SparkSeam.index(s[k]), k);
            }
            List<Tuple2<Long, Double>> es = new ArrayList<>();
            g._2()._2().forEach(es::add);
            // in file order, as the embedded linker lists its pairs, whatever order the shuffle brought them in
            es.sort((x, y) -> {
                int c = Integer.compare(PairKeys.left(x._1()), PairKeys.left(y._1()));
                return c != 0 ? c : Integer.compare(PairKeys.right(x._1()), PairKeys.right(y._1()));
            });
            long[] packed = new long[es.size()];
            double[] probabilities = new double[es.size()];
            for (int k = 0; k < packed.length; k++) {
                long pair = es.get(k)._1();
                packed[k] = SparkSeam.pack(local.get(PairKeys.left(pair)), local.get(PairKeys.right(pair)));
                probabilities[k] = es.get(k)._2();
            }
            PairScorer scorer = Local.scorer(weights);
            int[] clusterOf = new Clusterer(threshold, veto, maxSize).cluster(s.length, packed, probabilities,
                    (i, j) -> scorer.probability(s[i], s[j]));
            List<Tuple2<Integer, String>> out = new ArrayList<>(s.length);
            for (int k = 0; k < s.length; k++) {
                out.add(new Tuple2<>(SparkSeam.index(s[k]), s[clusterOf[k]].recordId()));
            }
            return out.iterator();
        });
    }

    /**
     * A record in a block: its standardised form and its own blocking keys (hashes, distinct, sorted), which the
     * block needs to tell the pairs it owns. One entry goes to each of the record's blocks.
     */
    public static final class Entry {
        Standardised s;
        long[] keys;

        Entry() {
        }

        public static Entry of(Standardised s, long[] keyHashes) {
            Entry e = new Entry();
            e.s = s;
            long[] keys = keyHashes.clone();
            Arrays.sort(keys);
            // a record's two keys of one rule can coincide (the same date under both sexes, say): one entry a block
            int n = 0;
            for (int k = 0; k < keys.length; k++) {
                if (k == 0 || keys[k] != keys[k - 1]) {
                    keys[n++] = keys[k];
                }
            }
            e.keys = n == keys.length ? keys : Arrays.copyOf(keys, n);
            return e;
        }

        public Standardised standardised() {
            return s;
        }

        /** The entry as the shuffle and the blocks carry it: its keys, then the record's standardised fields. */
        public byte[] encode() {
            com.esotericsoftware.kryo.io.Output out = new com.esotericsoftware.kryo.io.Output(256, -1);
            out.writeInt(keys.length, true);
            out.writeLongs(keys);
            StandardisedSerializer.write(out, s);
            return out.toBytes();
        }

        public static Entry decode(byte[] bytes) {
            com.esotericsoftware.kryo.io.Input in = new com.esotericsoftware.kryo.io.Input(bytes);
            Entry e = new Entry();
            e.keys = in.readLongs(in.readInt(true));
            e.s = StandardisedSerializer.read(in);
            return e;
        }

        static List<Entry> decode(List<byte[]> block) {
            List<Entry> out = new ArrayList<>(block.size());
            for (byte[] b : block) {
                out.add(decode(b));
            }
            return out;
        }
    }

    /** A key's records; once over the cap it keeps no records at all. */
    static final class Block {
        boolean overflow;
        ArrayList<byte[]> members = new ArrayList<>(4);

        /**
         * The blocks of entries sorted by key: one (key, block) for each run of equal keys, built as it is read,
         * so a partition's blocks never all sit in memory at once.
         */
        static java.util.Iterator<Tuple2<Long, Block>> runs(java.util.Iterator<Tuple2<Long, byte[]>> sorted) {
            return new java.util.Iterator<>() {
                private Tuple2<Long, byte[]> next = sorted.hasNext() ? sorted.next() : null;

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Tuple2<Long, Block> next() {
                    if (next == null) {
                        throw new java.util.NoSuchElementException();
                    }
                    long key = next._1();
                    Block block = new Block();
                    block.add(next._2());
                    next = null;
                    while (sorted.hasNext()) {
                        Tuple2<Long, byte[]> t = sorted.next();
                        if (t._1() != key) {
                            next = t;
                            break;
                        }
                        block.add(t._2());
                    }
                    return new Tuple2<>(key, block);
                }
            };
        }

        void add(byte[] e) {
            if (!overflow) {
                members.add(e);
                if (members.size() > SparkSeam.maxBlock()) {
                    overflow = true;
                    members = new ArrayList<>(0);
                }
            }
        }
    }

    /** Registers the job's classes with Kryo (a number instead of a class name per object), the records' own way. */
    public static final class KryoClasses implements org.apache.spark.serializer.KryoRegistrator {
        @Override
        public void registerClasses(com.esotericsoftware.kryo.Kryo kryo) {
            kryo.register(Standardised.class, new org.hearth.identity.matching.StandardisedSerializer());
            for (Class<?> c : List.of(Rec.class, Entry.class, Block.class, Weights.class, String[].class,
                    ArrayList.class, HashMap.class, double[][].class, double[].class, long[].class, int[].class)) {
                kryo.register(c);
            }
        }
    }
}
