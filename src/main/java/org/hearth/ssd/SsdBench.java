package org.hearth.ssd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.hearth.cli.Options;
import org.hearth.demo.DemoGenerator;
import org.hearth.journey.ChildJourney;

/**
 * {@code ./hearth ssd bench [--children 100000] [--seed 7] [--out DIR]}: the SSD export's own work — derive, check
 * against the spec and write every table — for a generated council of that size, streamed 2,000 children at a
 * time, with no database (the read through the seam is measured by {@code ssd export} on a loaded demo authority).
 * Generating the children is timed apart from the export.
 */
public final class SsdBench {
    private SsdBench() {}

    public static int run(String[] args) {
        Options options;
        int children;
        long seed;
        try {
            options = Options.parse(List.of(args));
            children = options.getInt("children", 100_000);
            seed = options.getInt("seed", 7);
        } catch (IllegalArgumentException e) {
            System.err.println("hearth ssd bench: " + e.getMessage());
            return 2;
        }
        if (children < 1 || children > 1_000_000) {
            System.err.println("hearth ssd bench: --children must be between 1 and 1,000,000");
            return 2;
        }
        try {
            // Without --out the export goes to a temporary directory, deleted after the figures are printed.
            Path scratch = options.get("out").isPresent() ? null : Files.createTempDirectory("hearth-ssd-bench-");
            Path out = scratch == null ? Path.of(options.get("out").get()) : scratch.resolve("ssd");
            SsdSpec spec = SsdSpec.standard();
            Iterator<ChildJourney> generated = new DemoGenerator(seed, LocalDate.now()).children(children).iterator();
            long generating = 0;
            long exporting = 0;
            SsdExport.Result result;
            long t0 = System.nanoTime();
            try (SsdExport export = new SsdExport(spec, out)) {
                exporting += System.nanoTime() - t0;
                while (generated.hasNext()) {
                    long g = System.nanoTime();
                    List<ChildJourney> batch = new ArrayList<>(2_000);
                    while (batch.size() < 2_000 && generated.hasNext()) {
                        batch.add(generated.next());
                    }
                    long e = System.nanoTime();
                    generating += e - g;
                    export.accept(batch);
                    exporting += System.nanoTime() - e;
                }
                long f = System.nanoTime();
                result = export.finish();
                exporting += System.nanoTime() - f;
            }
            long rows = result.rows().values().stream().mapToLong(Long::longValue).sum();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("SSD v%s for %,d generated children: %,d rows in %d tables; export (derive, check, write) "
                            + "%.1f s (%,.0f rows/s); generating the children %.1f s; heap in use at the end %d MB; %s%n",
                    SsdSpec.VERSION, result.children(), rows, result.rows().size(), exporting / 1e9,
                    rows / (exporting / 1e9), generating / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20,
                    scratch == null ? result.dir() : "written to a temporary directory, now deleted");
            if (scratch != null) {
                SsdExport.deleteTree(scratch);
            }
            return 0;
        } catch (SsdExport.Refused refused) {
            System.err.println("hearth ssd bench: the generated council breaks the SSD spec: " + refused.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("hearth ssd bench: " + e.getMessage());
            return 1;
        }
    }
}
