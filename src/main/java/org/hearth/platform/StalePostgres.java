package org.hearth.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers the embedded data directory after a crash. When the JVM is killed the postmaster outlives it and
 * keeps the directory locked; when the machine stops, a stale postmaster.pid is left behind.
 *
 * <p>A server is an orphan only when the Hearth that started it is gone. That is decided on two facts: the
 * owner file written beside postmaster.pid (the owning JVM's process id and start time, so a recycled pid is not
 * mistaken for it), and the lock the owning JVM holds on the directory's {@code epg-lock} file, which the
 * operating system releases when that JVM dies, however it dies. A server whose owner is alive is never
 * stopped: {@link DataDirectoryInUseException} says who owns it.
 */
public final class StalePostgres {
    private static final Logger log = LoggerFactory.getLogger(StalePostgres.class);
    static final String OWNER_FILE = "hearth-owner";
    static final String LOCK_FILE = "epg-lock";

    private StalePostgres() {}

    /** The Hearth process that started a data directory's server. */
    public record Owner(long pid, Optional<Instant> started) {
        boolean isAlive() {
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isEmpty()) {
                return false;
            }
            // The same pid with another start time is a different process that reused the number.
            Optional<Instant> actual = process.get().info().startInstant();
            return started.isEmpty() || actual.isEmpty() || actual.get().equals(started.get());
        }

        String describe() {
            return "process " + pid + started.map(s -> ", started " + s).orElse("");
        }
    }

    /** Records this JVM as the owner of the server in {@code pgDir}. */
    static void recordOwner(Path pgDir) throws IOException {
        ProcessHandle me = ProcessHandle.current();
        String content = me.pid() + "\n" + me.info().startInstant().map(Instant::toString).orElse("") + "\n";
        Secrets.replaceOwnerOnly(pgDir.resolve(OWNER_FILE), content);
    }

    /** The owner recorded beside the server's postmaster.pid, if any. */
    public static Optional<Owner> owner(Path pgDir) {
        try {
            List<String> lines = Files.readAllLines(pgDir.resolve(OWNER_FILE));
            long pid = Long.parseLong(lines.get(0).trim());
            Optional<Instant> started = lines.size() > 1 && !lines.get(1).isBlank()
                    ? Optional.of(Instant.parse(lines.get(1).trim())) : Optional.empty();
            return Optional.of(new Owner(pid, started));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Whether a live Hearth owns {@code pgDir}'s server: its recorded owner is alive, or (for directories started
     * before owners were recorded) another process holds the directory's lock.
     */
    public static Optional<String> runningOwner(Path pgDir) {
        if (!Files.exists(pgDir.resolve("postmaster.pid"))) {
            return Optional.empty();
        }
        Optional<Owner> owner = owner(pgDir);
        if (owner.isPresent() && owner.get().isAlive()) {
            return Optional.of(owner.get().describe());
        }
        if (lockHeldElsewhere(pgDir)) {
            return Optional.of(owner.map(Owner::describe).orElse("another process") + " holding its lock");
        }
        return Optional.empty();
    }

    static void recover(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<String> running = runningOwner(pgDir);
        if (running.isPresent()) {
            throw new DataDirectoryInUseException("the data directory " + pgDir.getParent() + " is in use by a "
                    + "running Hearth (" + running.get() + "). Stop that Hearth first, or use another --data-dir.",
                    owner(pgDir).map(Owner::pid).orElse(-1L));
        }
        Optional<Long> pid = readPid(pidFile);
        Optional<ProcessHandle> orphan = pid.flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(StalePostgres::isPostgres);
        if (orphan.isPresent()) {
            log.warn("Stopping an orphaned PostgreSQL server (pid {}) left by an earlier run whose Hearth is gone",
                    pid.get());
            stop(orphan.get());
        } else {
            log.warn("Removing a stale postmaster.pid left by an earlier run");
        }
        Files.deleteIfExists(pidFile);
        Files.deleteIfExists(pgDir.resolve(OWNER_FILE));
    }

    /** Whether another live process (or this JVM) holds the directory's lock file. */
    private static boolean lockHeldElsewhere(Path pgDir) {
        Path lockFile = pgDir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldByThisJvm) {
            return true;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** The postmaster's port, from line 4 of postmaster.pid. */
    public static Optional<Integer> port(Path pgDir) {
        try {
            List<String> lines = Files.readAllLines(pgDir.resolve("postmaster.pid"));
            return lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    private static void stop(ProcessHandle process) {
        process.destroy(); // SIGTERM: PostgreSQL's smart shutdown; the orphan has no clients left
        try {
            process.onExit().get(Duration.ofSeconds(15).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception timeout) {
            process.destroyForcibly();
        }
    }
}
