package org.hearth.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit log. An entry is appended with the work it records (same transaction); the
 * {@link AuditSealer} then chains it within a second: each seal's hash covers the entry's contents and the previous
 * seal's hash, so changing or removing any entry breaks every hash after it; {@link #verify()} finds the first
 * break. The database refuses UPDATE and DELETE on both tables, and the application's role may only read and
 * append them; the chain catches what a privileged user might still do. Sealing apart from appending means
 * requests never queue behind one another for the chain.
 *
 * <p>Since V16 the chain is keyed: every entry carries a MAC Hearth computes as it appends it, and every seal is
 * an HMAC-SHA256 with the {@link AuditKey}, kept outside the database, so neither a forged entry nor a chain
 * recomputed after an edit verifies. After each seal the head is exported, signed, to the {@link AuditAnchor}
 * outside the database; {@link #verify()} checks the chain reaches it, which finds truncation and a removed tail.
 * Seals made before V16 (epoch 0) keep their unkeyed SHA-256 hashes; the first keyed seal covers their head.
 */
@Component
public class AuditLog {
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    static final String GENESIS = "0".repeat(64);
    /** Only one sealer at a time, across every Hearth instance on the database. */
    private static final long CHAIN_LOCK = 0x4845_4152_5448L; // "HEARTH"
    private static final int SEAL_BATCH = 10_000;
    /** An entry committed this long after it was numbered is past any request's lifetime. */
    private static final long STRAGGLER_SECONDS = 60;
    /** Entries numbered this close to the end of a full scan are looked at again by the next one. */
    private static final long IN_FLIGHT_MARGIN = 1_000;
    private static final String COLUMNS = "seq, at, actor, person_id, part, action, purpose, outcome, basis, detail, "
            + "actor_role, assignment_id, disclosed";

    private final JdbcTemplate jdbc;
    private final AuditKey key;
    private final AuditAnchor anchor;
    private volatile Epoch epoch;
    /** What is new since the last run and what is still missing below it: a run reads each entry once. */
    private final SealScan scan = new SealScan(STRAGGLER_SECONDS, MAX_GAPS);
    /** Missing numbers kept by {@link #scan}, fewer than a batch so that they all fit in a run's first one. */
    private static final int MAX_GAPS = 5_000;

    public AuditLog(JdbcTemplate jdbc, AuditKey key, AuditAnchor anchor) {
        this.jdbc = jdbc;
        this.key = key;
        this.anchor = anchor;
    }

    /**
     * Where the keyed chain begins (V16): seals from {@code firstPos} are HMACs; entries numbered from
     * {@code firstSeq} must carry a MAC, and only {@code legacyUnsealed} earlier entries may be sealed without one.
     */
    record Epoch(long firstPos, long firstSeq, long legacyUnsealed) {}

    Epoch epoch() {
        Epoch e = epoch;
        if (e == null) {
            e = jdbc.queryForObject("SELECT first_pos, first_seq, legacy_unsealed FROM audit_epoch WHERE epoch = 1",
                    (rs, n) -> new Epoch(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
            epoch = e;
        }
        return e;
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
        // Numbered first: the entry's MAC covers its number, so it cannot be replayed under another.
        Long seq = jdbc.queryForObject("SELECT nextval('audit_entry_seq')", Long.class);
        AuditEntry e = new AuditEntry(seq, at, actor, personId, part, action, purpose, outcome, basis, detail,
                AuditEntry.disclosure(d.role(), d.assignmentId(), d.parts()));
        jdbc.update("INSERT INTO audit_entry (seq, at, actor, person_id, part, action, purpose, outcome, basis, detail, "
                        + "actor_role, assignment_id, disclosed, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                seq, Timestamp.from(at), actor, personId, part, action, purpose, outcome, basis, detail, d.role(),
                d.assignmentId(), d.parts(), entryMac(e));
        return e;
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
        Instant now = now();
        Timestamp at = Timestamp.from(now);
        List<Long> seqs = jdbc.queryForList("SELECT nextval('audit_entry_seq') FROM generate_series(1, ?)", Long.class,
                entries.size());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Pending p = entries.get(i);
            Disclosure d = p.disclosure() == null ? new Disclosure(null, null, null) : p.disclosure();
            AuditEntry e = new AuditEntry(seqs.get(i), now, p.actor(), p.personId(), p.part(), p.action(), p.purpose(),
                    p.outcome(), p.basis(), p.detail(), AuditEntry.disclosure(d.role(), d.assignmentId(), d.parts()));
            rows.add(new Object[] {e.seq(), at, p.actor(), p.personId(), p.part(), p.action(), p.purpose(), p.outcome(),
                    p.basis(), p.detail(), d.role(), d.assignmentId(), d.parts(), entryMac(e)});
        }
        jdbc.batchUpdate("INSERT INTO audit_entry (seq, at, actor, person_id, part, action, purpose, outcome, basis, "
                + "detail, actor_role, assignment_id, disclosed, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
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
        long firstKeyed = epoch().firstPos();
        // A run between full scans asks for what is new and for the numbers still missing below it, by number
        // (SealScan); a full scan, and any run before the first one, reads the whole range.
        boolean full = everything || !scan.known();
        long from = 0;
        long pos = last.pos();
        String prev = last.hash();
        long highest = last.entrySeq();
        int sealed = 0;
        Timestamp sealedAt = Timestamp.from(now());
        boolean byNumber = !full;
        List<Long> sealedNumbers = new ArrayList<>();
        while (true) {
            List<AuditEntry> batch;
            if (byNumber) {
                // Two index-bounded parts, not one OR: under a generic plan (a statement prepared and run many
                // times) PostgreSQL could not use the key for (e.seq > ? OR e.seq = ANY(?)) and read the whole log,
                // 570 ms a run on the 100k demo's 1.8 million entries, against 5 ms for this form.
                batch = jdbc.query("SELECT * FROM (SELECT " + COLUMNS + " FROM audit_entry e WHERE e.seq > ? AND NOT "
                        + "EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_seq = e.seq AND s.entry_seq > ?) UNION ALL "
                        + "SELECT " + COLUMNS + " FROM audit_entry e WHERE e.seq = ANY(?) AND NOT EXISTS (SELECT 1 FROM "
                        + "audit_seal s WHERE s.entry_seq = e.seq AND s.entry_seq >= ?)) e ORDER BY e.seq LIMIT ?",
                        (rs, n) -> entry(rs, 1), scan.head(), scan.head(), scan.gaps(), scan.lowest(), SEAL_BATCH);
                byNumber = false; // a full batch goes on by range from its last entry: every gap is below it
            } else {
                // The seals' side is bounded too (s.entry_seq > ?): PostgreSQL does not carry e.seq's range across
                // the anti-join, and with a generic plan it hashed every seal ever made to check the last minute's.
                batch = jdbc.query("SELECT " + COLUMNS + " FROM audit_entry e WHERE e.seq > ? "
                        + "AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_seq = e.seq AND s.entry_seq > ?) "
                        + "ORDER BY e.seq LIMIT ?", (rs, n) -> entry(rs, 1), from, from, SEAL_BATCH);
            }
            List<Object[]> rows = new ArrayList<>();
            for (AuditEntry e : batch) {
                pos++;
                String hash = pos >= firstKeyed ? keyedHash(e, prev) : hash(e, prev);
                rows.add(new Object[] {pos, e.seq(), sealedAt, prev, hash});
                prev = hash;
                highest = Math.max(highest, e.seq());
                sealedNumbers.add(e.seq());
            }
            jdbc.batchUpdate("INSERT INTO audit_seal (pos, entry_seq, sealed_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?)",
                    rows);
            sealed += batch.size();
            if (batch.size() < SEAL_BATCH) {
                break;
            }
            from = batch.get(batch.size() - 1).seq();
        }
        long nowSeconds = Instant.now().getEpochSecond();
        if (full) {
            // The chain's highest number (a straggler sealed last may be lower than others), and the numbers near it
            // nothing has sealed: the next runs ask for those by number.
            Long head = jdbc.queryForObject("SELECT max(entry_seq) FROM audit_seal", Long.class);
            long top = Math.max(highest, head == null ? 0 : head);
            scan.reset(top, jdbc.queryForList("SELECT n FROM generate_series(?::bigint, ?::bigint) n WHERE NOT EXISTS "
                    + "(SELECT 1 FROM audit_seal s WHERE s.entry_seq = n)", Long.class,
                    Math.max(1, top - IN_FLIGHT_MARGIN + 1), top), nowSeconds);
        } else {
            scan.sealed(sealedNumbers, nowSeconds);
        }
        return sealed;
    }

    /** The numbers below the chain's head the next run will ask for (in flight, or never used); for tests. */
    synchronized List<Long> missingNumbers() {
        return List.of(scan.gaps());
    }

    /** Where the next run between full scans starts asking (entries numbered after it); for tests. */
    synchronized long scanFrom() {
        return scan.known() ? scan.lowest() - 1 : 0;
    }

    /** The outcome of checking the chain: seals checked, the first break if any, and entries not yet sealed. */
    public record Verification(long checked, Optional<String> firstBreak, long unsealed) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /**
     * Walks the whole chain in order, recomputing every hash (keyed from the epoch on) and every entry's MAC, checks
     * the chain passes through and reaches the signed head outside the database, then counts entries still waiting
     * for a seal.
     */
    @Transactional(readOnly = true)
    public Verification verify() {
        Epoch ep = epoch();
        Optional<AuditAnchor.Head> head = anchor.read();
        long[] checked = {0};
        String[] expectedPrev = {GENESIS};
        long[] expectedPos = {1};
        long[] macless = {0};
        String[] firstBreak = {null};
        if (head.isPresent() && !head.get().isSignedWith(key)) {
            firstBreak[0] = "the anchor " + anchor.file() + " is not signed with this audit key (altered, unreadable, "
                    + "or the key is not the one the chain was sealed with)";
        } else if (head.isPresent() && (head.get().keyedFromPos() != ep.firstPos()
                || head.get().firstKeyedSeq() != ep.firstSeq() || head.get().legacyUnsealed() != ep.legacyUnsealed())) {
            firstBreak[0] = "the keyed epoch recorded in the database (audit_epoch) differs from the anchored one";
        }
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(5000); // stream the chain rather than hold it in memory
        streaming.query("SELECT s.pos, s.entry_seq, s.prev_hash, s.hash, e.seq, e.at, e.actor, e.person_id, e.part, "
                + "e.action, e.purpose, e.outcome, e.basis, e.detail, e.actor_role, e.assignment_id, e.disclosed, e.mac "
                + "FROM audit_seal s "
                + "LEFT JOIN audit_entry e ON e.seq = s.entry_seq ORDER BY s.pos", rs -> {
            if (firstBreak[0] != null) {
                return;
            }
            long pos = rs.getLong(1);
            long entrySeq = rs.getLong(2);
            String prevHash = rs.getString(3);
            String hash = rs.getString(4);
            boolean keyed = pos >= ep.firstPos();
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
                String mac = rs.getString(18);
                if (!(keyed ? keyedHash(e, prevHash) : hash(e, prevHash)).equals(hash)) {
                    firstBreak[0] = "entry " + entrySeq + " (" + e.at() + ") has been altered: its contents do not "
                            + "match its seal";
                } else if (keyed && mac == null && (e.seq() >= ep.firstSeq() || ++macless[0] > ep.legacyUnsealed())) {
                    firstBreak[0] = "entry " + entrySeq + " (dated " + e.at() + ") was not written by Hearth: it has "
                            + "no MAC";
                } else if (keyed && mac != null && !mac.equals(entryMac(e))) {
                    firstBreak[0] = "entry " + entrySeq + " (dated " + e.at() + ") was not written by Hearth, or has "
                            + "been altered: its MAC does not match";
                } else if (head.isPresent() && pos == head.get().pos() && !hash.equals(head.get().hash())) {
                    firstBreak[0] = "seal " + pos + " differs from the anchored head: the chain has been rewritten";
                }
            }
            expectedPrev[0] = hash;
            expectedPos[0] = pos + 1;
        });
        long last = expectedPos[0] - 1;
        if (firstBreak[0] == null && head.isPresent() && last < head.get().pos()) {
            firstBreak[0] = "the chain ends at seal " + last + " but its anchor (sealed " + head.get().sealedAt()
                    + ") records " + head.get().pos() + " seals: " + (head.get().pos() - last) + " sealed entries are "
                    + "missing (the audit was truncated or its tail removed)";
        }
        if (firstBreak[0] == null && head.isEmpty() && last >= ep.firstPos()) {
            firstBreak[0] = "the chain's anchor " + anchor.file() + " is missing: truncation or a removed tail cannot "
                    + "be ruled out (restore the anchor from a backup)";
        }
        Long unsealed = jdbc.queryForObject("SELECT count(*) FROM audit_entry e "
                + "WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_seq = e.seq)", Long.class);
        return new Verification(checked[0], Optional.ofNullable(firstBreak[0]), unsealed == null ? 0 : unsealed);
    }

    /**
     * Exports the chain's head, signed, to the anchor outside the database: only forwards, and only when the chain
     * still passes through the head anchored before (otherwise the anchor is kept as the evidence it is). Called
     * after a seal has committed; once before the first seal, so the keyed epoch is anchored from its start.
     */
    public synchronized void exportAnchor() {
        Epoch ep = epoch();
        Seal last = jdbc.query("SELECT pos, entry_seq, prev_hash, hash FROM audit_seal ORDER BY pos DESC LIMIT 1",
                (rs, n) -> new Seal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .stream().findFirst().orElse(new Seal(0, 0, GENESIS, GENESIS));
        Optional<AuditAnchor.Head> existing = anchor.read();
        if (existing.isPresent()) {
            AuditAnchor.Head head = existing.get();
            if (!head.isSignedWith(key)) {
                log.error("The audit anchor {} is not signed with this audit key; it is left as it is", anchor.file());
                return;
            }
            if (head.pos() >= last.pos()) {
                return;
            }
            if (head.pos() > 0) {
                List<String> atHead = jdbc.queryForList("SELECT hash FROM audit_seal WHERE pos = ?", String.class,
                        head.pos());
                if (!atHead.equals(List.of(head.hash()))) {
                    log.error("The audit chain no longer passes through its anchored seal {}; the anchor is kept as "
                            + "evidence and `audit verify` will fail", head.pos());
                    return;
                }
            }
        } else if (last.pos() >= ep.firstPos()) {
            log.error("The audit anchor {} is missing although keyed seals exist; not re-creating it", anchor.file());
            return;
        }
        try {
            anchor.write(new AuditAnchor.Head(last.pos(), last.entrySeq(), last.hash(), now(), ep.firstPos(),
                    ep.firstSeq(), ep.legacyUnsealed(), key.id(), "").signedWith(key));
        } catch (java.io.IOException e) {
            log.warn("Could not write the audit anchor {}: {}", anchor.file(), e.getClass().getSimpleName());
        }
    }

    /** A keyed seal: the HMAC of the entry's contents and the previous seal's hash. */
    String keyedHash(AuditEntry e, String prevHash) {
        return key.mac("seal", canonical(e), prevHash);
    }

    /** The MAC Hearth gives an entry as it appends it. */
    String entryMac(AuditEntry e) {
        return key.mac("entry", canonical(e));
    }

    private static String canonical(AuditEntry e) {
        String fields = String.join("\u001f", Long.toString(e.seq()),
                Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, e.at())), nz(e.actor()),
                e.personId() == null ? "" : e.personId().toString(), nz(e.part()), nz(e.action()), nz(e.purpose()),
                nz(e.outcome()), nz(e.basis()), nz(e.detail()));
        // What a disclosure rested on (role, assignment, parts) is covered too, where the entry records one.
        return e.disclosure() == null ? fields : fields + "\u001f" + e.disclosure();
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
                rs.getString(first + 6), rs.getString(first + 7), rs.getString(first + 8), rs.getString(first + 9),
                AuditEntry.disclosure(rs.getString(first + 10), rs.getObject(first + 11, UUID.class),
                        rs.getString(first + 12)));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
