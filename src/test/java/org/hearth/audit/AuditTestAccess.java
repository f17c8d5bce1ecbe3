package org.hearth.audit;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log outside a Spring context, over a data directory's own key and anchor (backup and crash tests). */
public final class AuditTestAccess {
    private AuditTestAccess() {}

    private static AuditLog log(JdbcTemplate jdbc, Path dataDir) throws Exception {
        return new AuditLog(jdbc, new AuditKey("", dataDir.toString()),
                new AuditAnchor("", dataDir.toString(), false));
    }

    public static void writeSealAndAnchor(JdbcTemplate jdbc, Path dataDir, int entries) throws Exception {
        AuditLog audit = log(jdbc, dataDir);
        audit.exportAnchor();
        for (int i = 0; i < entries; i++) {
            audit.append("sw.demo", UUID.randomUUID(), "record", "READ", "backup test", "ALLOWED", null, null);
        }
        audit.seal(true);
        audit.exportAnchor();
    }

    /** The first break, if any; empty when the chain is intact and reaches its anchor. */
    public static Optional<String> verify(JdbcTemplate jdbc, Path dataDir) throws Exception {
        AuditLog audit = log(jdbc, dataDir);
        audit.seal(true);
        return audit.verify().firstBreak();
    }
}
