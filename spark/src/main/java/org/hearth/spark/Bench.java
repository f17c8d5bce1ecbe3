package org.hearth.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * {@code spark/bench --rows N [--master local[2]] [--dir /tmp/hearth-spark-bench]}: invents N records with known
 * truth (kept in the directory for the next run), links them with the Spark job, and prints each phase's wall and
 * CPU seconds, the total CPU seconds, load average and heap peak, the wall time, records per second and pairwise
 * precision, recall and F1 of the clusters against the truth.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        long rows = 1_000_000;
        String master = "local[2]";
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "hearth-spark-bench");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[i + 1].replace("_", ""));
                case "--master" -> master = args[i + 1];
                case "--dir" -> dir = Path.of(args[i + 1]);
                default -> {
                    System.err.println("usage: spark/bench --rows N [--master local[2]] [--dir DIR]");
                    System.exit(2);
                }
            }
        }
        Files.createDirectories(dir);
        Path records = dir.resolve("records-" + rows + ".csv");
        Path truth = dir.resolve("truth-" + rows + ".csv");
        if (!Files.exists(records) || !Files.exists(truth)) {
            long g = System.nanoTime();
            Generate.generate(rows, 21, records, truth);
            System.out.printf("generated %d records in %.1f s into %s%n", rows, (System.nanoTime() - g) / 1e9, dir);
        }
        SparkSession spark = LinkJob.configure(SparkSession.builder().appName("hearth-identity-bench").master(master)
                .config("spark.ui.enabled", "false")).getOrCreate();
        try {
            spark.sparkContext().setLogLevel("WARN");
            Meter meter = new Meter();
            LinkJob.Output out = LinkJob.link(spark, LinkJob.read(spark, records.toString()), 0.5, meter::phase);
            JavaPairRDD<String, String> clusters = out.clusters().cache();
            long people = clusters.values().distinct().count();
            meter.phase("clusters by record id: " + people + " people");
            double seconds = (System.nanoTime() - meter.start) / 1e9;
            System.out.printf("linked %d records into %d people (%d candidate pairs) in %.1f s on %s: %.0f "
                    + "records/s%n", out.records(), people, out.candidatePairs(), seconds, master,
                    out.records() / seconds);
            JavaPairRDD<String, String> childOf = spark.read().option("header", "true").csv(truth.toString())
                    .javaRDD().mapToPair(r -> new Tuple2<>(r.getString(0), r.getString(1)));
            // pairs within a cluster, within a child, and within both
            JavaPairRDD<String, Tuple2<String, String>> both = clusters.join(childOf);
            long predicted = pairs(both.mapToPair(t -> new Tuple2<>(t._2()._1(), 1L)));
            long actual = pairs(both.mapToPair(t -> new Tuple2<>(t._2()._2(), 1L)));
            long agreed = pairs(both.mapToPair(t -> new Tuple2<>(t._2()._1() + "\u0000" + t._2()._2(), 1L)));
            double precision = agreed / (double) Math.max(1, predicted);
            double recall = agreed / (double) Math.max(1, actual);
            System.out.printf("cluster pairwise precision %.4f recall %.4f F1 %.4f%n", precision, recall,
                    2 * precision * recall / Math.max(1e-12, precision + recall));
            meter.total(out.records());
        } finally {
            spark.stop();
        }
    }

    /**
     * Per-phase wall time, and for the whole link the CPU seconds this JVM used (driver and local executors), the
     * machine's load average (wall times mean little on a shared machine; CPU seconds and load say why) and the
     * heap's peak use (for sizing HEARTH_SPARK_MEM: with local[N] the executors share the driver's heap).
     */
    static final class Meter {
        final long start = System.nanoTime();
        private final long cpuStart = cpuNanos();
        private final double loadStart = load();
        private long last = start;
        private long lastCpu = cpuStart;

        void phase(String what) {
            long now = System.nanoTime();
            long cpu = cpuNanos();
            System.out.printf("  phase %-70s %8.1f s wall %8.1f s CPU, load %.1f%n", what, (now - last) / 1e9,
                    (cpu - lastCpu) / 1e9, load());
            last = now;
            lastCpu = cpu;
        }

        void total(long records) {
            double wall = (last - start) / 1e9;
            double cpu = (lastCpu - cpuStart) / 1e9;
            long peak = 0;
            for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory
                    .getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("link: %.1f s wall, %.1f CPU s (%.0f records per CPU second), load average %.1f at "
                    + "start and %.1f at end, heap peak %.2f GB of %.2f GB%n", wall, cpu, records / cpu, loadStart,
                    load(), peak / 1e9, Runtime.getRuntime().maxMemory() / 1e9);
        }

        private static long cpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        }

        private static double load() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    private static long pairs(JavaPairRDD<String, Long> members) {
        return members.reduceByKey(Long::sum).values().map(k -> k * (k - 1) / 2).fold(0L, Long::sum);
    }
}
