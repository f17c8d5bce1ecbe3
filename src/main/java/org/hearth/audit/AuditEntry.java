package org.hearth.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One audited access to a child's record (or to Hearth itself): who, when, which record and part, what they did,
 * why, and whether it was allowed. No personal data beyond the ids: purposes are the user's own words. Its place in
 * the hash chain is given by its {@link AuditLog.Seal}.
 */
public record AuditEntry(long seq, Instant at, String actor, UUID personId, String part, String action,
                         String purpose, String outcome, String basis, String detail, String disclosure) {
    /** An entry that records no disclosure (a denial, a system action, or one from before V15). */
    public AuditEntry(long seq, Instant at, String actor, UUID personId, String part, String action, String purpose,
                      String outcome, String basis, String detail) {
        this(seq, at, actor, personId, part, action, purpose, outcome, basis, detail, null);
    }

    /**
     * What a disclosure rested on, as the chain covers it: the role acted in, the assignment and the parts disclosed;
     * null when none was recorded, so entries from before these columns verify as they were sealed.
     */
    static String disclosure(String role, UUID assignmentId, String parts) {
        if (role == null && assignmentId == null && parts == null) {
            return null;
        }
        return (role == null ? "" : role) + "\u001e" + (assignmentId == null ? "" : assignmentId) + "\u001e"
                + (parts == null ? "" : parts);
    }
}
