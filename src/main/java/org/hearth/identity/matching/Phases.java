package org.hearth.identity.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Wall and CPU time per phase of a link run, for {@code hearth identity link --verbose}: where the time goes, so that
 * speed work cuts the phase that costs most. CPU is the whole process's (user + system, every thread), read from the
 * operating system at each mark; wall from the monotonic clock. {@link #OFF} records nothing and costs nothing.
 */
public class Phases {
    /** Records nothing: the default, so a normal run pays no clock reads. */
    public static final Phases OFF = new Phases() {
        @Override
        public void mark(String phase) {
        }
    };

    private record Phase(String name, long wallNanos, long cpuNanos) {
    }

    private final List<Phase> phases = new ArrayList<>();
    private long lastWall;
    private long lastCpu;

    private Phases() {
    }

    /** Starts timing now; a {@code launchedAgoNanos} above 0 (since the launcher started) first records its phase. */
    public static Phases start(long launchedAgoNanos) {
        Phases p = new Phases();
        p.lastWall = System.nanoTime();
        p.lastCpu = processCpuNanos();
        if (launchedAgoNanos > 0) {
            // the CPU the process used before main: launcher script and JVM start-up (class loading, CDS mapping)
            p.phases.add(new Phase("launcher + JVM start", launchedAgoNanos, p.lastCpu));
        }
        return p;
    }

    /** Ends the phase running since the previous mark (or the start) and names it. */
    public void mark(String phase) {
        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        phases.add(new Phase(phase, wall - lastWall, cpu - lastCpu));
        lastWall = wall;
        lastCpu = cpu;
    }

    /** One line per phase and a total: wall ms, CPU ms, and CPU/wall (above 1 when more than one core works). */
    public String report() {
        StringBuilder b = new StringBuilder(String.format("%-22s %9s %9s %6s%n", "phase", "wall ms", "cpu ms",
                "cores"));
        long wall = 0;
        long cpu = 0;
        for (Phase p : phases) {
            b.append(line(p.name(), p.wallNanos(), p.cpuNanos()));
            wall += p.wallNanos();
            cpu += p.cpuNanos();
        }
        b.append(line("total", wall, cpu));
        return b.toString();
    }

    private static String line(String name, long wall, long cpu) {
        return String.format("%-22s %9.1f %9.1f %6.2f%n", name, wall / 1e6, cpu / 1e6,
                wall > 0 ? cpu / (double) wall : 0.0);
    }

    /** User + system CPU of the whole process so far (0 where the platform does not tell). */
    static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }
}
