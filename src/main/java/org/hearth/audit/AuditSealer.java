package org.hearth.audit;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Chains new audit entries every half second while Hearth runs, and once more as it stops, so a command that
 * exits leaves nothing unsealed. One sealer per instance; across instances the chain lock lets one work at a time.
 */
@Component
class AuditSealer implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    private static final long PERIOD_MS = 500;
    /** A full scan now and then catches an entry whose transaction outlived the straggler period (a long import). */
    private static final long FULL_SCAN_EVERY = 1_200; // runs, so ten minutes

    private final AuditLog audit;
    private ScheduledExecutorService timer;

    AuditSealer(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-sealer");
            t.setDaemon(true);
            return t;
        });
        timer.execute(this::anchorQuietly); // the head as found, before anything new is sealed
        timer.execute(() -> sealQuietly(true)); // entries left by a crash, and stragglers from before
        long[] runs = {0};
        timer.scheduleWithFixedDelay(() -> sealQuietly(++runs[0] % FULL_SCAN_EVERY == 0), PERIOD_MS, PERIOD_MS,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
        sealQuietly(false);
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** Stops after web requests have drained and before the database goes (which has a lower phase). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    private void sealQuietly(boolean everything) {
        try {
            if (audit.seal(everything) > 0) {
                audit.exportAnchor(); // after the seal has committed: the anchor never runs ahead of the chain
            }
        } catch (RuntimeException e) {
            // The database may be briefly unavailable; the next run seals what this one could not.
            log.warn("Audit sealing failed; will retry: {}", e.getClass().getSimpleName());
        }
    }

    private void anchorQuietly() {
        try {
            audit.exportAnchor();
        } catch (RuntimeException e) {
            log.warn("Audit anchoring failed; will retry after the next seal: {}", e.getClass().getSimpleName());
        }
    }
}
