package org.hearth.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;

/**
 * Whether the audit log's chain was last found intact, for an administrator's home page: the chain is walked only when
 * they ask (it reads every entry), and the last answer is remembered until the application restarts.
 */
@Service
public class AuditStatus {
    /** The outcome of one check: when, how many seals, the first break if any, entries not yet sealed. */
    public record Check(Instant at, long checked, Optional<String> firstBreak, long unsealed) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    private final AuditLog log;
    private final AtomicReference<Check> last = new AtomicReference<>();

    AuditStatus(AuditLog log) {
        this.log = log;
    }

    public Optional<Check> last() {
        return Optional.ofNullable(last.get());
    }

    public Check verifyNow() {
        AuditLog.Verification v = log.verify();
        Check c = new Check(Instant.now(), v.checked(), v.firstBreak(), v.unsealed());
        last.set(c);
        return c;
    }
}
