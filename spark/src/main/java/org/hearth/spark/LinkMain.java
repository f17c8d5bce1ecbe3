package org.hearth.spark;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code spark/run --input records.csv --out clusters [--pairs pairs] [--threshold P] [--master local[2]]}: the
 * CLI's contract on Spark. The input is the CLI's CSV (a file or a directory of them); the outputs are Spark CSV
 * directories with the CLI's headers: {@code record_id,cluster_id} and {@code record_id_l,record_id_r,
 * match_probability}. Under spark-submit, leave out --master and let spark-submit set it.
 */
public final class LinkMain {
    static final String USAGE = "usage: spark/run --input records.csv --out clusters-dir [--pairs pairs-dir] "
            + "[--threshold P] [--master local[2]]";

    private LinkMain() {
    }

    public static void main(String[] args) {
        String input = null;
        String out = null;
        String pairs = null;
        String master = null;
        double threshold = 0.5;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                fail("missing value after " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--input" -> input = v;
                case "--out" -> out = v;
                case "--pairs" -> pairs = v;
                case "--master" -> master = v;
                case "--threshold" -> {
                    try {
                        threshold = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        threshold = Double.NaN;
                    }
                    if (!(threshold > 0 && threshold < 1)) {
                        fail("--threshold must be a probability between 0 and 1 (exclusive), not " + v);
                    }
                }
                default -> fail("unknown option " + a);
            }
        }
        if (input == null || out == null) {
            fail("--input and --out are required");
        }
        SparkSession.Builder builder = LinkJob.configure(SparkSession.builder().appName("hearth-identity-link")
                .config("spark.ui.enabled", "false"));
        if (master != null) {
            builder.master(master);
        }
        SparkSession spark = builder.getOrCreate();
        try {
            spark.sparkContext().setLogLevel("WARN");
            long start = System.nanoTime();
            LinkJob.Output result;
            try {
                result = LinkJob.link(spark, LinkJob.read(spark, input), threshold);
                write(spark, result, out, pairs);
            } catch (RuntimeException e) {
                fail(reason(e));
                return;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("linked %d records (%d candidate pairs) in %.1f s: %.0f records/s%n",
                    result.records(), result.candidatePairs(), seconds, result.records() / seconds);
        } finally {
            spark.stop();
        }
    }

    static void write(SparkSession spark, LinkJob.Output result, String out, String pairs) {
        StructType clusters = new StructType().add("record_id", DataTypes.StringType)
                .add("cluster_id", DataTypes.StringType);
        JavaRDD<Row> rows = result.clusters().map(t -> RowFactory.create(t._1(), t._2()));
        spark.createDataFrame(rows, clusters).write().mode("overwrite").option("header", "true").csv(out);
        if (pairs != null) {
            StructType p = new StructType().add("record_id_l", DataTypes.StringType)
                    .add("record_id_r", DataTypes.StringType).add("match_probability", DataTypes.StringType);
            spark.createDataFrame(result.pairs().map(a -> RowFactory.create((Object[]) a)), p).write()
                    .mode("overwrite").option("header", "true").csv(pairs);
        }
    }

    /** The user's words for a failure: the bad-input message raised on an executor, not Spark's wrapping. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException || t instanceof java.io.FileNotFoundException) {
                return t.getMessage();
            }
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private static void fail(String message) {
        System.err.println("hearth-spark link: " + message);
        System.err.println(USAGE);
        System.exit(2);
    }

    static List<String> usage() {
        return List.of(USAGE);
    }
}
