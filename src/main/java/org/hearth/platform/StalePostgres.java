package org.hearth.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers the embedded data directory after a crash. When the JVM is killed the postmaster outlives it and
 * keeps the directory locked; when the machine stops, a stale postmaster.pid is left behind.
 */
final class StalePostgres {
    private static final Logger log = LoggerFactory.getLogger(StalePostgres.class);

    private StalePostgres() {}

    static void recover(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Long> pid = readPid(pidFile);
        Optional<ProcessHandle> orphan = pid.flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(StalePostgres::isPostgres);
        if (orphan.isPresent()) {
            log.warn("Stopping an orphaned PostgreSQL server (pid {}) left by an earlier run", pid.get());
            stop(orphan.get());
        } else {
            log.warn("Removing a stale postmaster.pid left by an earlier run");
        }
        Files.deleteIfExists(pidFile);
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
