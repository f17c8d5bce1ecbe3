package org.hearth.identity.matching;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code hearth identity link --input records.csv --out clusters.csv [--pairs pairs.csv] [--threshold P]}.
 * Runs in a plain JVM: no Spring, no database, so a file of records is linked in the time it takes to read it.
 * Exit 0 when linked, 2 on bad arguments or input (then nothing is written), 1 when writing fails.
 */
public final class LinkCommand {
    static final String USAGE = "usage: hearth identity link --input records.csv --out clusters.csv "
            + "[--pairs pairs.csv] [--threshold P]";

    private LinkCommand() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** {@code args} start after "identity". */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("link")) {
            err.println("hearth identity: " + (args.length == 0 ? "needs a subcommand" : "unknown subcommand '"
                    + args[0] + "'") + "\n" + USAGE);
            return 2;
        }
        Path input = null;
        Path clusters = null;
        Path pairs = null;
        double threshold = 0.5;
        Phases phases = Phases.OFF;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--verbose")) {
                phases = Phases.start(launchedAgoNanos());
                continue;
            }
            if (!a.startsWith("--") || i + 1 >= args.length) {
                err.println("hearth identity link: " + (a.startsWith("--") ? a + " needs a value" : "unexpected '"
                        + a + "'") + "\n" + USAGE);
                return 2;
            }
            String v = args[++i];
            switch (a) {
                case "--input" -> input = Path.of(v);
                case "--out" -> clusters = Path.of(v);
                case "--pairs" -> pairs = Path.of(v);
                case "--threshold" -> {
                    try {
                        threshold = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        threshold = Double.NaN;
                    }
                    if (!(threshold > 0 && threshold < 1)) {
                        err.println("hearth identity link: --threshold must be a probability between 0 and 1 "
                                + "(exclusive), not '" + v + "'");
                        return 2;
                    }
                }
                default -> {
                    err.println("hearth identity link: unknown option " + a + "\n" + USAGE);
                    return 2;
                }
            }
        }
        if (input == null || clusters == null) {
            err.println("hearth identity link: --input and --out are required\n" + USAGE);
            return 2;
        }
        List<InputRecord> records;
        try {
            records = LinkFiles.read(input);
        } catch (BadInputException e) {
            err.println("hearth identity link: " + input + ": " + e.getMessage() + "; nothing written");
            return 2;
        } catch (IOException e) {
            err.println("hearth identity link: cannot read " + input + ": " + e.getMessage() + "; nothing written");
            return 2;
        }
        phases.mark("read");
        long start = System.nanoTime();
        // the pairs file needs only the scored pairs, not the clusters: it is written on another thread while the
        // clusters are found (two cores), beside its target, and moved into place only when both files are complete
        java.util.concurrent.CompletableFuture<byte[][]>[] ids = new java.util.concurrent.CompletableFuture[1];
        java.util.concurrent.CompletableFuture<IOException>[] pairsWritten = new java.util.concurrent.CompletableFuture[1];
        Path[] pairsTmp = new Path[1];
        Path pairsTarget = pairs;
        Linker.Result result = new Linker().link(records, threshold, phases, (standardised, scored) -> {
            ids[0] = java.util.concurrent.CompletableFuture.supplyAsync(() -> LinkFiles.idBytes(standardised));
            pairsWritten[0] = pairsTarget == null ? java.util.concurrent.CompletableFuture.completedFuture(null)
                    : ids[0].thenApplyAsync(idBytes -> {
                        try {
                            pairsTmp[0] = temporaryBeside(pairsTarget);
                            try (OutputStream w = Files.newOutputStream(pairsTmp[0])) {
                                LinkFiles.writePairs(w, scored, idBytes);
                            }
                            return null;
                        } catch (IOException e) {
                            return e;
                        }
                    });
        });
        Path clustersTmp = null;
        try {
            IOException clustersFailed = null;
            try {
                clustersTmp = temporaryBeside(clusters);
                try (OutputStream w = Files.newOutputStream(clustersTmp)) {
                    LinkFiles.writeClusters(w, result, ids[0].join());
                }
            } catch (IOException e) {
                clustersFailed = e;
            }
            IOException pairsFailed = pairsWritten[0].join();
            if (clustersFailed != null || pairsFailed != null) {
                throw clustersFailed != null ? clustersFailed : pairsFailed;
            }
            if (pairs != null) {
                Files.move(pairsTmp[0], pairs, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(clustersTmp, clusters, StandardCopyOption.REPLACE_EXISTING);
            phases.mark("write");
        } catch (IOException e) {
            pairsWritten[0].join(); // its temporary file is named only once it has finished
            deleteQuietly(clustersTmp);
            deleteQuietly(pairsTmp[0]);
            err.println("hearth identity link: cannot write the output: " + e.getMessage());
            return 1;
        }
        if (System.getenv("HEARTH_IDENTITY_EXPLAIN") != null) {
            err.print(result.scorer().model().describe()); // weights only: no personal data
        }
        // counted with plain loops: streams and a formatter would load and compile more classes than the counting costs
        int people = 0;
        int[] clusterOf = result.clusterOf();
        for (int i = 0; i < clusterOf.length; i++) {
            people += clusterOf[i] == i ? 1 : 0; // a cluster is named by its first record
        }
        int linked = 0;
        for (Linker.ScoredPair p : result.pairs()) {
            linked += p.probability() >= threshold ? 1 : 0;
        }
        err.println("hearth identity link: " + records.size() + " records, " + result.candidatePairs()
                + " pairs compared, " + linked + " linked at p >= " + threshold + ", " + people + " people, "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        if (phases != Phases.OFF) {
            err.print(phases.report());
        }
        return 0;
    }

    /**
     * How long ago the launcher started, from {@code HEARTH_LAUNCHED_AT} (bash's {@code $EPOCHREALTIME}, seconds with
     * microseconds) that {@code ./hearth} sets; 0 when not set or not a time.
     */
    static long launchedAgoNanos() {
        String at = System.getenv("HEARTH_LAUNCHED_AT");
        if (at == null || at.isBlank()) {
            return 0;
        }
        try {
            java.math.BigDecimal seconds = new java.math.BigDecimal(at.strip().replace(',', '.'));
            java.time.Instant now = java.time.Instant.now();
            long nowMicros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
            long ago = nowMicros - seconds.movePointRight(6).longValue();
            return ago > 0 && ago < 600_000_000L ? ago * 1000 : 0;
        } catch (NumberFormatException | ArithmeticException e) {
            return 0;
        }
    }

    private static Path temporaryBeside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        return Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: the message about the failure matters more
            }
        }
    }
}
