package org.hearth.returns.ssda903;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hearth.codes.CollectionYear;

/**
 * Times reading and validating the public sample (median of 5 runs after a warm-up), then a synthetic return of
 * {@code copies} x the sample with a previous year. Not a test: timings depend on the machine. Run with
 * {@code java -cp target/classes:target/test-classes org.hearth.returns.ssda903.Ssda903Benchmark [copies]}.
 */
public final class Ssda903Benchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args.length > 1 ? args[1] : "src/test/resources/samples/ssda903-d2i-fake");
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Ssda903Validator validator = new Ssda903Validator(Ssda903Registry.standard());
        CollectionYear year = CollectionYear.of(2023);
        validator.run(year, Ssda903Reader.readDirectory(sample), null); // warm-up
        long[] ms = new long[5];
        long[] cpu = new long[5];
        int issues = 0;
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            Ssda903Data data = Ssda903Reader.readDirectory(sample);
            issues = validator.run(year, data, null).issues().size();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1_000_000;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("sample (%d children): read+validate median %d ms wall %s, %d ms CPU %s; %d issues%n",
                Ssda903Reader.readDirectory(sample).table("Header").orElseThrow().size(), ms[2],
                Arrays.toString(ms), cpu[2], Arrays.toString(cpu), issues);

        Ssda903Data base = Ssda903Reader.readDirectory(sample);
        Ssda903Data big = replicate(base, copies);
        Ssda903Data bigLast = replicate(base, copies);
        int children = big.table("Header").orElseThrow().size();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        long c0 = THREADS.getCurrentThreadCpuTime();
        Ssda903Result result = validator.run(CollectionYear.of(2024), big, bigLast);
        long took = (System.nanoTime() - t0) / 1_000_000;
        long tookCpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1_000_000;
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("synthetic %d children + previous year: validate %d ms wall, %d ms CPU, %d issues, "
                + "%d rules run, "
                + "heap grew ~%d MB%n", children, took, tookCpu, result.issues().size(), result.rulesRun().size(),
                (after - before) >> 20);
    }

    /** {@code copies} copies of every table, each copy's children renamed so they stay distinct. */
    static Ssda903Data replicate(Ssda903Data base, int copies) {
        Ssda903Data out = new Ssda903Data();
        for (Map.Entry<String, Ssda903Table> e : base.tables().entrySet()) {
            Ssda903Table t = e.getValue();
            List<String[]> rows = new ArrayList<>(t.size() * copies);
            for (int c = 0; c < copies; c++) {
                for (int r = 0; r < t.size(); r++) {
                    String[] row = new String[t.columns().size()];
                    for (int k = 0; k < row.length; k++) {
                        String col = t.columns().get(k);
                        String v = t.get(r, col);
                        row[k] = col.equals("CHILD") && v != null ? v + "_" + c : v;
                    }
                    rows.add(row);
                }
            }
            out.put(new Ssda903Table(e.getKey(), t.columns(), rows));
        }
        return out;
    }
}
