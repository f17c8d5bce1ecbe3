package org.hearth.returns.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hearth.codes.CollectionYear;
import org.hearth.demo.DemoGenerator;
import org.hearth.journey.ChildJourney;
import org.hearth.returns.cin.CinCensus;
import org.hearth.returns.cin.CinReader;
import org.hearth.returns.cin.CinTable;
import org.hearth.returns.cin.CinValidator;
import org.hearth.returns.export.CinCensusXml;
import org.hearth.returns.export.Ssda903Export;
import org.hearth.returns.geography.PostcodeDirectory;
import org.hearth.returns.ssda903.Ssda903Data;
import org.hearth.returns.ssda903.Ssda903Reader;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Result;
import org.hearth.returns.ssda903.Ssda903Table;
import org.hearth.returns.ssda903.Ssda903Validator;

/**
 * {@code ./hearth returns bench}: generates national-size 903 and CIN returns in a temporary directory and times
 * validating them (reading the files and running every rule of the year), reporting the median wall time of several
 * runs, the peak heap and rows per second. A command, not a test: figures depend on the machine.
 *
 * <p>The inputs are derived from the record, as a council's would be: a synthetic local authority from
 * {@link DemoGenerator} (seeded) is exported with Hearth's own 903 and CIN exporters, and that return is then
 * repeated with fresh child ids up to the size asked for, as a national file is many LAs' returns side by side
 * (the same technique as the tests' synthetic CIN return, applied to Hearth's own export).
 */
public final class ReturnsBench {
    static final String USAGE = "usage: ./hearth returns bench [--children-903 N] [--children-cin N] [--seed S] "
            + "[--runs N] [--base N] [--keep DIR]";
    /** The collection year benchmarked (2025/26), its previous year for the 903, and the demo's "today". */
    static final CollectionYear YEAR = CollectionYear.of(2026);
    static final LocalDate TODAY = LocalDate.of(2026, 4, 30);
    static final String LA_NUMBER = "935";

    private final PrintStream out;

    ReturnsBench(PrintStream out) {
        this.out = out;
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println("error: " + (args[i].startsWith("--") ? args[i] + " needs a value" : "unexpected "
                        + args[i]));
                err.println(USAGE);
                return 2;
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        int children903;
        int childrenCin;
        int runs;
        int base;
        long seed;
        try {
            for (String k : opts.keySet()) {
                if (!k.matches("children-903|children-cin|seed|runs|base|keep")) {
                    throw new IllegalArgumentException("unknown option --" + k);
                }
            }
            children903 = positive(opts, "children-903", 80_000);
            childrenCin = positive(opts, "children-cin", 400_000);
            runs = positive(opts, "runs", 5);
            base = positive(opts, "base", 6_000);
            seed = Long.parseLong(opts.getOrDefault("seed", "42"));
        } catch (NumberFormatException e) {
            err.println("error: " + e.getMessage().replace("For input string", "not a number"));
            err.println(USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Path dir = null;
        try {
            dir = opts.containsKey("keep") ? Files.createDirectories(Path.of(opts.get("keep")))
                    : Files.createTempDirectory("hearth-returns-bench");
            new ReturnsBench(out).bench(dir, children903, childrenCin, runs, base, seed);
            return 0;
        } catch (IOException | CinReader.CinReadException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } finally {
            if (dir != null && !opts.containsKey("keep")) {
                delete(dir);
            }
        }
    }

    private static int positive(Map<String, String> opts, String key, int fallback) {
        int v = opts.containsKey(key) ? Integer.parseInt(opts.get(key)) : fallback;
        if (v < 1) {
            throw new IllegalArgumentException("--" + key + " must be at least 1");
        }
        return v;
    }

    void bench(Path dir, int children903, int childrenCin, int runs, int base, long seed)
            throws IOException, CinReader.CinReadException {
        out.printf("Hearth returns benchmark: %s, seed %d, %d runs each (median reported), %d CPUs, max heap %d MB, "
                + "load average %.1f%n", YEAR, seed, runs, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long t0 = System.nanoTime();
        Path baseDir = dir.resolve("base");
        List<ChildJourney> journeys = new DemoGenerator(seed, TODAY).children(base).toList();
        new Ssda903Export(null, PostcodeDirectory.none()).writeTo(journeys, YEAR, baseDir.resolve("903"));
        new CinCensusXml(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .writeTo(journeys, YEAR, LA_NUMBER, baseDir.resolve("cin.xml"));
        journeys = null;
        Ssda903Data base903 = Ssda903Reader.readDirectory(baseDir.resolve("903"));
        Ssda903Data base903Last = Ssda903Reader.readDirectory(baseDir.resolve("903").resolve("previous"));
        int baseLooked = base903.table("Header").map(Ssda903Table::size).orElse(0);
        if (baseLooked == 0) {
            throw new IOException("the demo authority of " + base + " children has no child looked after in " + YEAR
                    + "; try a larger --base");
        }
        out.printf("Base authority: %d demo children -> %d in the 903, exported in %.1f s%n", base, baseLooked,
                (System.nanoTime() - t0) / 1e9);

        List<int[]> sizes = new ArrayList<>();
        for (int n : children903 == 3_000 ? new int[] {3_000} : new int[] {3_000, children903}) {
            t0 = System.nanoTime();
            Path now = dir.resolve("903-" + n);
            Path last = now.resolve("previous");
            Ssda903Repeat.write(base903, n, now);
            Ssda903Repeat.write(base903Last, n, last, Ssda903Repeat.children(base903, n));
            out.printf("%n903, %,d children with previous year (generated in %.1f s, %d MB on disk)%n", n,
                    (System.nanoTime() - t0) / 1e9, (size(now)) >> 20);
            Ssda903Validator validator = new Ssda903Validator(Ssda903Registry.standard());
            long[] rows = new long[1];
            int[] issues = new int[1];
            Measure m = measure(runs, () -> {
                Ssda903Data current = Ssda903Reader.readDirectory(now);
                Ssda903Data previous = Ssda903Reader.readDirectory(last);
                Ssda903Result r = validator.run(YEAR, current, previous);
                rows[0] = rowCount(current) + rowCount(previous);
                issues[0] = r.issues().size();
                return r;
            });
            report(m, rows[0], "rows (all tables, both years)", issues[0]);
            sizes.add(new int[] {n, (int) (m.peakHeap >> 20)});
        }

        t0 = System.nanoTime();
        Path cin = dir.resolve("cin-" + childrenCin + ".xml");
        int baseCin = CinRepeat.write(baseDir.resolve("cin.xml"), childrenCin, cin);
        out.printf("%nCIN census, %,d children (repeating %d exported children; generated in %.1f s, %d MB)%n",
                childrenCin, baseCin, (System.nanoTime() - t0) / 1e9, Files.size(cin) >> 20);
        long[] rows = new long[1];
        int[] issues = new int[1];
        Measure m = measure(runs, () -> {
            CinCensus census = CinReader.read(cin);
            int n = CinValidator.validate(YEAR, census).size();
            long r = 0;
            for (CinTable t : CinTable.values()) {
                r += census.count(t);
            }
            rows[0] = r;
            issues[0] = n;
            return census;
        });
        report(m, rows[0], "elements (children and their modules)", issues[0]);
        out.printf("%nLoad average now %.1f on %d CPUs: on a shared machine wall time exceeds CPU time by the "
                + "share other processes take.%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        if (sizes.size() == 2) {
            out.printf("%nPeak heap per 1,000 903 children: %.1f MB at %,d, %.1f MB at %,d%n",
                    sizes.get(0)[1] * 1000.0 / sizes.get(0)[0], sizes.get(0)[0],
                    sizes.get(1)[1] * 1000.0 / sizes.get(1)[0], sizes.get(1)[0]);
        }
    }

    private void report(Measure m, long rows, String what, int issues) {
        out.printf("  read + validate: median %,d ms wall (runs %s ms); process CPU median %,d ms%n", m.medianMs,
                Arrays.toString(m.ms), m.medianCpuMs);
        out.printf("  %,d %s: %,d rows/s wall, %,d rows per CPU second; %,d issues%n", rows, what,
                m.medianMs == 0 ? 0 : rows * 1000 / m.medianMs, m.medianCpuMs == 0 ? 0 : rows * 1000 / m.medianCpuMs,
                issues);
        out.printf("  peak heap during a run: %,d MB (heap in use before it: %,d MB)%n", m.peakHeap >> 20,
                m.baseline >> 20);
    }

    /** Median wall time; median CPU time of the process (all threads: the validator, GC, JIT); heap figures. */
    record Measure(long medianMs, long[] ms, long medianCpuMs, long peakHeap, long baseline) {}

    /** One warm-up, then {@code runs} timed runs; the peak heap is the highest of the runs' heap-pool peaks. */
    static Measure measure(int runs, Callable<Object> work) throws IOException, CinReader.CinReadException {
        call(work); // warm-up: class loading and JIT
        long[] ms = new long[runs];
        long[] cpu = new long[runs];
        long peak = 0;
        long baseline = 0;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < runs; i++) {
            System.gc();
            baseline = heapUsed();
            resetPeaks();
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Object result = call(work);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            cpu[i] = (os.getProcessCpuTime() - c0) / 1_000_000;
            peak = Math.max(peak, Math.max(peakHeap(), heapUsed()));
            result.hashCode(); // keep the result reachable until measured
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        long[] sortedCpu = cpu.clone();
        Arrays.sort(sortedCpu);
        return new Measure(sorted[runs / 2], ms, sortedCpu[runs / 2], peak, baseline);
    }

    private static Object call(Callable<Object> work) throws IOException, CinReader.CinReadException {
        try {
            return work.call();
        } catch (IOException | CinReader.CinReadException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound: pools may peak at different times). */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rowCount(Ssda903Data data) {
        return data.tables().values().stream().mapToLong(Ssda903Table::size).sum();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the benchmark for
        }
    }
}
