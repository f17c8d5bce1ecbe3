package org.hearth.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit log. An entry is appended with the work it records (same transaction); the
 * {@link AuditSealer} then chains it within a second: each seal's hash covers the entry's contents and the previous
 * seal's hash, so changing or removing any entry breaks every hash after it; {@link #verify()} finds the first
 * break. The database refuses UPDATE and DELETE on both tables; the chain catches what a privileged user might
 * still do. Sealing apart from appending means requests never queue behind one another for the chain.
 */
@Component
public class AuditLog {
    static final String GENESIS = "0".repeat(64);
    /** Only one sealer at a time, across every Hearth instance on the database. */
    private static final long CHAIN_LOCK = 0x4845_4152_5448L; // "HEARTH"
    private static final int SEAL_BATCH = 10_000;
    /** An entry committed this long after it was numbered is past any request's lifetime. */
    private static final long STRAGGLER_SECONDS = 60;
    /** Entries numbered this close to the end of a full scan are looked at again by the next one. */
    private static final long IN_FLIGHT_MARGIN = 1_000;
    private static final String COLUMNS = "seq, at, actor, person_id, part, action, purpose, outcome, basis, detail";

    private final JdbcTemplate jdbc;
    /** Sealing runs (when, highest entry sealed), newest last, to scan only entries that may still be unsealed. */
    private final Deque<long[]> runs = new ArrayDeque<>();
    private long scanFrom = 0;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What a disclosure adds to its entry: the role the user acted in, the role assignment it rested on, and the
     * parts of the record disclosed ("*" for every part the view opens). Null fields where they do not apply.
     */
    public record Disclosure(String role, UUID assignmentId, String parts) {}

    /** Appends within the caller's transaction: a write and its audit entry commit or roll back together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(String actor, UUID personId, String part, String action, String purpose, String outcome,
                             String basis, String detail) {
        return append(actor, personId, part, action, purpose, outcome, basis, detail, null);
    }

    /** {@link #append} with what the disclosure was: role, assignment and parts disclosed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(String actor, UUID personId, String part, String action, String purpose, String outcome,
                             String basis, String detail, Disclosure disclosure) {
        Instant at = now();
        Disclosure d = disclosure == null ? new Disclosure(null, null, null) : disclosure;
        Long seq = jdbc.queryForObject("INSERT INTO audit_entry (at, actor, person_id, part, action, purpose, outcome, "
                        + "basis, detail, actor_role, assignment_id, disclosed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "RETURNING seq", Long.class,
                Timestamp.from(at), actor, personId, part, action, purpose, outcome, basis, detail, d.role(),
                d.assignmentId(), d.parts());
        return new AuditEntry(seq, at, actor, personId, part, action, purpose, outcome, basis, detail);
    }

    /** One entry to append with {@link #appendAll}. */
    public record Pending(String actor, UUID personId, String part, String action, String purpose, String outcome,
                          String basis, String detail, Disclosure disclosure) {
        public Pending(String actor, UUID personId, String part, String action, String purpose, String outcome,
                       String basis, String detail) {
            this(actor, personId, part, action, purpose, outcome, basis, detail, null);
        }
    }

    /** Appends several entries in one batch insert (a caseload reads many children). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now());
        List<Object[]> rows = new ArrayList<>();
        for (Pending p : entries) {
            Disclosure d = p.disclosure() == null ? new Disclosure(null, null, null) : p.disclosure();
            rows.add(new Object[] {at, p.actor(), p.personId(), p.part(), p.action(), p.purpose(), p.outcome(),
                    p.basis(), p.detail(), d.role(), d.assignmentId(), d.parts()});
        }
        jdbc.batchUpdate("INSERT INTO audit_entry (at, actor, person_id, part, action, purpose, outcome, basis, detail, "
                + "actor_role, assignment_id, disclosed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Appends in a transaction of its own: for denials and refusals, which must be kept though the work is not. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry appendAlone(String actor, UUID personId, String part, String action, String purpose,
                                  String outcome, String basis, String detail) {
        return append(actor, personId, part, action, purpose, outcome, basis, detail, null);
    }

    /** {@link #appendAlone} with what the refused disclosure would have rested on. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry appendAlone(String actor, UUID personId, String part, String action, String purpose,
                                  String outcome, String basis, String detail, Disclosure disclosure) {
        return append(actor, personId, part, action, purpose, outcome, basis, detail, disclosure);
    }

    /** An entry's place in the chain. */
    public record Seal(long pos, long entrySeq, String prevHash, String hash) {}

    /**
     * Chains every committed entry not yet sealed, in entry order, after the last seal. Returns how many it sealed;
     * 0 when another instance holds the chain. {@code everything} scans the whole log rather than recent entries.
     */
    @Transactional
    public synchronized int seal(boolean everything) {
        Boolean mine = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, CHAIN_LOCK);
        if (!Boolean.TRUE.equals(mine)) {
            return 0;
        }
        Seal last = jdbc.query("SELECT pos, entry_seq, prev_hash, hash FROM audit_seal ORDER BY pos DESC LIMIT 1",
                (rs, n) -> new Seal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .stream().findFirst().orElse(new Seal(0, 0, GENESIS, GENESIS));
        long from = everything ? 0 : scanFrom;
        long pos = last.pos();
        String prev = last.hash();
        long highest = from;
        int sealed = 0;
        Timestamp sealedAt = Timestamp.from(now());
        while (true) {
            List<AuditEntry> batch = jdbc.query("SELECT " + COLUMNS + " FROM audit_entry e WHERE e.seq > ? "
                    + "AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_seq = e.seq) ORDER BY e.seq LIMIT ?",
                    (rs, n) -> entry(rs, 1), from, SEAL_BATCH);
            List<Object[]> rows = new ArrayList<>();
            for (AuditEntry e : batch) {
                pos++;
                String hash = hash(e, prev);
                rows.add(new Object[] {pos, e.seq(), sealedAt, prev, hash});
                prev = hash;
                highest = Math.max(highest, e.seq());
            }
            jdbc.batchUpdate("INSERT INTO audit_seal (pos, entry_seq, sealed_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?)",
                    rows);
            sealed += batch.size();
            if (batch.size() < SEAL_BATCH) {
                break;
            }
            from = batch.get(batch.size() - 1).seq();
        }
        if (everything) {
            // Whatever was in flight during this full scan was numbered just before its end.
            runs.clear();
            scanFrom = Math.max(0, highest - IN_FLIGHT_MARGIN);
        } else {
            advanceScan(highest);
        }
        return sealed;
    }

    /**
     * Entries are numbered when inserted but seen only when committed, so a lower number can appear after a higher
     * one was sealed. The next scan starts from what was sealed a full straggler period ago; anything later still
     * is found by the sealer's periodic full scan.
     */
    private void advanceScan(long highest) {
        long now = Instant.now().getEpochSecond();
        runs.addLast(new long[] {now, Math.max(highest, runs.isEmpty() ? scanFrom : runs.peekLast()[1])});
        while (!runs.isEmpty() && runs.peekFirst()[0] <= now - STRAGGLER_SECONDS) {
            scanFrom = runs.removeFirst()[1];
        }
    }

    /** The outcome of checking the chain: seals checked, the first break if any, and entries not yet sealed. */
    public record Verification(long checked, Optional<String> firstBreak, long unsealed) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** Walks the whole chain in order, recomputing every hash, then counts entries still waiting for a seal. */
    @Transactional(readOnly = true)
    public Verification verify() {
        long[] checked = {0};
        String[] expectedPrev = {GENESIS};
        long[] expectedPos = {1};
        String[] firstBreak = {null};
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(5000); // stream the chain rather than hold it in memory
        streaming.query("SELECT s.pos, s.entry_seq, s.prev_hash, s.hash, e.seq, e.at, e.actor, e.person_id, e.part, "
                + "e.action, e.purpose, e.outcome, e.basis, e.detail FROM audit_seal s "
                + "LEFT JOIN audit_entry e ON e.seq = s.entry_seq ORDER BY s.pos", rs -> {
            if (firstBreak[0] != null) {
                return;
            }
            long pos = rs.getLong(1);
            long entrySeq = rs.getLong(2);
            String prevHash = rs.getString(3);
            String hash = rs.getString(4);
            checked[0]++;
            if (pos != expectedPos[0]) {
                firstBreak[0] = "seal " + expectedPos[0] + " is missing (next seal found is " + pos + ")";
            } else if (!prevHash.equals(expectedPrev[0])) {
                firstBreak[0] = "seal " + pos + " (entry " + entrySeq + ") does not follow seal " + (pos - 1)
                        + ": its previous-hash does not match";
            } else if (rs.getObject(5) == null) {
                firstBreak[0] = "entry " + entrySeq + " (seal " + pos + ") is missing";
            } else {
                AuditEntry e = entry(rs, 5);
                if (!hash(e, prevHash).equals(hash)) {
                    firstBreak[0] = "entry " + entrySeq + " (" + e.at() + ") has been altered: its contents do not "
                            + "match its seal";
                }
            }
            expectedPrev[0] = hash;
            expectedPos[0] = pos + 1;
        });
        Long unsealed = jdbc.queryForObject("SELECT count(*) FROM audit_entry e "
                + "WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_seq = e.seq)", Long.class);
        return new Verification(checked[0], Optional.ofNullable(firstBreak[0]), unsealed == null ? 0 : unsealed);
    }

    static String hash(AuditEntry e, String prevHash) {
        String canonical = String.join("\u001f", Long.toString(e.seq()),
                Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, e.at())), nz(e.actor()),
                e.personId() == null ? "" : e.personId().toString(), nz(e.part()), nz(e.action()), nz(e.purpose()),
                nz(e.outcome()), nz(e.basis()), nz(e.detail()), prevHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }

    /** The entry whose {@link #COLUMNS} start at column {@code first} of the row. */
    private static AuditEntry entry(ResultSet rs, int first) throws SQLException {
        return new AuditEntry(rs.getLong(first), rs.getTimestamp(first + 1).toInstant(), rs.getString(first + 2),
                rs.getObject(first + 3, UUID.class), rs.getString(first + 4), rs.getString(first + 5),
                rs.getString(first + 6), rs.getString(first + 7), rs.getString(first + 8), rs.getString(first + 9));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
