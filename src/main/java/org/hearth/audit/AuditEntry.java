package org.hearth.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One audited access to a child's record (or to Hearth itself): who, when, which record and part, what they did,
 * why, and whether it was allowed. No personal data beyond the ids: purposes are the user's own words. Its place in
 * the hash chain is given by its {@link AuditLog.Seal}.
 */
public record AuditEntry(long seq, Instant at, String actor, UUID personId, String part, String action,
                         String purpose, String outcome, String basis, String detail) {}
