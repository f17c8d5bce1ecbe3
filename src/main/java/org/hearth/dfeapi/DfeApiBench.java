package org.hearth.dfeapi;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.demo.DemoGenerator;
import org.hearth.journey.ChildJourney;

/**
 * {@code ./hearth dfe-api bench [--children 100000] [--seed S]}: times building the data flow for a council of the
 * size asked (a synthetic authority from the demo generator, in memory: no database), then a partial send against
 * that one as already accepted with one child in a hundred changed. Reports the time, the children in the flow, the
 * payload's size, and the peak heap. A command, not a test: the figures depend on the machine.
 */
public final class DfeApiBench {
    static final LocalDate TODAY = LocalDate.of(2026, 4, 30);

    private DfeApiBench() {}

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int children = 100_000;
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length) {
                err.println("usage: ./hearth dfe-api bench [--children N] [--seed S]");
                return 2;
            }
            try {
                switch (args[i]) {
                    case "--children" -> children = Integer.parseInt(args[++i].replace("_", ""));
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    default -> {
                        err.println("usage: ./hearth dfe-api bench [--children N] [--seed S]");
                        return 2;
                    }
                }
            } catch (NumberFormatException e) {
                err.println("dfe-api bench: " + args[i - 1] + " needs a whole number");
                return 2;
            }
        }
        Cohort.Window window = Cohort.Window.endingOn(TODAY);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        // Streamed: each generated child is built into its payload and let go, as a send keeps only the payloads.
        long genWall = 0;
        long buildWall = 0;
        long buildCpu = 0;
        int generated = 0;
        int inFlow = 0;
        int noId = 0;
        List<SendPlan.Current> current = new ArrayList<>();
        java.util.Iterator<ChildJourney> it = new DemoGenerator(seed, TODAY).children(children).iterator();
        while (true) {
            long a = System.nanoTime();
            if (!it.hasNext()) {
                break;
            }
            ChildJourney j = it.next();
            generated++;
            long b = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            if (Cohort.includes(j, window)) {
                inFlow++;
                if (ChildPayload.laChildId(j.child()) == null) {
                    noId++;
                } else {
                    current.add(SendPlan.Current.of(j.child().id(), ChildPayload.of(j, window)));
                }
            }
            buildCpu += cpu.getCurrentThreadCpuTime() - c0;
            long e = System.nanoTime();
            genWall += b - a;
            buildWall += e - b;
        }
        current.sort(java.util.Comparator.comparing(SendPlan.Current::laChildId));
        DfeApiSender.Prepared prepared = new DfeApiSender.Prepared(current, inFlow, noId);
        long t2 = System.nanoTime();
        List<SendPlan.Outgoing> full = SendPlan.plan(SendPlan.Mode.FULL, prepared.current(), Map.of());
        long bytes = 0;
        int batches = 0;
        for (List<SendPlan.Outgoing> batch : SendPlan.batches(full, 100)) {
            bytes += Json.bytes(batch.stream().map(SendPlan.Outgoing::body).toList()).length;
            batches++;
        }
        long t3 = System.nanoTime();
        // As accepted; then every hundredth child has moved home (another postcode), so its payload differs.
        Map<UUID, SendPlan.Sent> sent = new HashMap<>();
        for (SendPlan.Current c : prepared.current()) {
            sent.put(c.personId(), new SendPlan.Sent(c.personId(), c.laChildId(), c.misChildId(), c.hash(), c.text(), false));
        }
        List<SendPlan.Current> changed = new ArrayList<>(prepared.current().size());
        for (int i = 0; i < prepared.current().size(); i++) {
            SendPlan.Current c = prepared.current().get(i);
            if (i % 100 == 0) {
                Map<String, Object> p = new java.util.LinkedHashMap<>(c.payload());
                @SuppressWarnings("unchecked")
                Map<String, Object> details = new java.util.LinkedHashMap<>((Map<String, Object>) p.get("child_details"));
                details.put("postcode", "LS1 1AA");
                p.put("child_details", details);
                c = SendPlan.Current.of(c.personId(), p);
            }
            changed.add(c);
        }
        long t4 = System.nanoTime();
        List<SendPlan.Outgoing> partial = SendPlan.plan(SendPlan.Mode.PARTIAL, changed, sent);
        long t5 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        out.printf("DfE data flow bench (spec %s), %,d children generated (%.1f s wall; seed %d, window %s to %s)%n",
                DfeApiSender.SPEC, generated, genWall / 1e9, seed, window.start(), window.end());
        out.printf("  full: %,d children in the flow (%,d with no LA child id); cohort, payloads and hashes built in "
                        + "%.2f s wall, %.2f s CPU (%.0f children a CPU second); %,d batches of <= 100, %,d bytes "
                        + "(%.1f MB, %.0f bytes a child) serialised in %.2f s%n",
                prepared.inFlow(), prepared.leftOutNoId(), buildWall / 1e9, buildCpu / 1e9,
                buildCpu == 0 ? 0.0 : generated / (buildCpu / 1e9), batches, bytes, bytes / 1e6,
                full.isEmpty() ? 0.0 : (double) bytes / full.size(), (t3 - t2) / 1e9);
        out.printf("  partial with 1 in 100 changed: %,d records planned in %.2f s (rehash of changed %.2f s)%n",
                partial.size(), (t5 - t4) / 1e9, (t4 - t3) / 1e9);
        out.printf("  heap in use at the end: %,d MB of %,d MB max%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
                rt.maxMemory() >> 20);
        return 0;
    }
}
