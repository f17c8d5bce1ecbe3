package org.hearth.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit log. Each entry's hash covers its contents and the previous entry's hash,
 * so changing or removing any entry breaks every hash after it; {@link #verify()} finds the first break. The
 * database refuses UPDATE and DELETE on the table; the chain catches what a privileged user might still do.
 */
@Component
public class AuditLog {
    static final String GENESIS = "0".repeat(64);
    /** Serialises appends so the chain has one order; held only for the insert, at the end of the transaction. */
    private static final long CHAIN_LOCK = 0x4845_4152_5448L; // "HEARTH"

    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends within the caller's transaction: a write and its audit entry commit or roll back together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(String actor, UUID personId, String part, String action, String purpose, String outcome,
                             String basis, String detail) {
        return chain(java.util.List.of(new Pending(actor, personId, part, action, purpose, outcome, basis, detail))).get(0);
    }

    /** One entry to append with {@link #appendAll}: everything but the chain fields. */
    public record Pending(String actor, UUID personId, String part, String action, String purpose, String outcome,
                          String basis, String detail) {}

    /** Appends several entries in order under one lock and one batch insert (a caseload reads many children). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(java.util.List<Pending> entries) {
        if (!entries.isEmpty()) {
            chain(entries);
        }
    }

    private java.util.List<AuditEntry> chain(java.util.List<Pending> entries) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, CHAIN_LOCK);
        record Last(long seq, String hash) {}
        Last last = jdbc.query("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1",
                (rs, n) -> new Last(rs.getLong(1), rs.getString(2))).stream().findFirst()
                .orElse(new Last(0, GENESIS));
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        long seq = last.seq();
        String prev = last.hash();
        java.util.List<AuditEntry> out = new java.util.ArrayList<>();
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        for (Pending p : entries) {
            seq++;
            AuditEntry unsigned = new AuditEntry(seq, at, p.actor(), p.personId(), p.part(), p.action(), p.purpose(),
                    p.outcome(), p.basis(), p.detail(), prev, null);
            String hash = hash(unsigned);
            out.add(new AuditEntry(seq, at, p.actor(), p.personId(), p.part(), p.action(), p.purpose(), p.outcome(),
                    p.basis(), p.detail(), prev, hash));
            rows.add(new Object[] {seq, Timestamp.from(at), p.actor(), p.personId(), p.part(), p.action(), p.purpose(),
                    p.outcome(), p.basis(), p.detail(), prev, hash});
            prev = hash;
        }
        jdbc.batchUpdate("INSERT INTO audit_entry (seq, at, actor, person_id, part, action, purpose, outcome, basis, "
                + "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return out;
    }

    /** Appends in a transaction of its own: for denials and refusals, which must be kept though the work is not. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry appendAlone(String actor, UUID personId, String part, String action, String purpose,
                                  String outcome, String basis, String detail) {
        return append(actor, personId, part, action, purpose, outcome, basis, detail);
    }

    /** The outcome of checking the chain: how many entries were checked and the first break, if any. */
    public record Verification(long checked, Optional<String> firstBreak) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** Walks the whole chain in order, recomputing every hash. */
    @Transactional(readOnly = true)
    public Verification verify() {
        long[] checked = {0};
        String[] expectedPrev = {GENESIS};
        long[] expectedSeq = {1};
        String[] firstBreak = {null};
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(5000); // stream the chain rather than hold it in memory
        streaming.query("SELECT seq, at, actor, person_id, part, action, purpose, outcome, basis, detail, prev_hash, hash "
                + "FROM audit_entry ORDER BY seq", rs -> {
            if (firstBreak[0] != null) {
                return;
            }
            AuditEntry e = new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                    rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                    rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12));
            checked[0]++;
            if (e.seq() != expectedSeq[0]) {
                firstBreak[0] = "entry " + expectedSeq[0] + " is missing (next entry found is " + e.seq() + ")";
            } else if (!e.prevHash().equals(expectedPrev[0])) {
                firstBreak[0] = "entry " + e.seq() + " does not follow entry " + (e.seq() - 1)
                        + ": its previous-hash does not match";
            } else if (!hash(e).equals(e.hash())) {
                firstBreak[0] = "entry " + e.seq() + " (" + e.at() + ") has been altered: its contents do not match its hash";
            }
            expectedPrev[0] = e.hash();
            expectedSeq[0] = e.seq() + 1;
        });
        return new Verification(checked[0], Optional.ofNullable(firstBreak[0]));
    }

    static String hash(AuditEntry e) {
        String canonical = String.join("\u001f", Long.toString(e.seq()),
                Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, e.at())), nz(e.actor()),
                e.personId() == null ? "" : e.personId().toString(), nz(e.part()), nz(e.action()), nz(e.purpose()),
                nz(e.outcome()), nz(e.basis()), nz(e.detail()), e.prevHash());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
