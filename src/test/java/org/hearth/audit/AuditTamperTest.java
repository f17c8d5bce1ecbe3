package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hearth.platform.AppRoleGrants;
import org.hearth.platform.EmbeddedDatabase;
import org.hearth.platform.Secrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attacks on the audit that used to verify, each against a database of its own (truncation cannot be undone
 * in the shared one): a superuser wiping it, removing its tail, editing an entry and recomputing the chain, and
 * anyone able to insert (even the application's own role) adding a back-dated entry.
 */
class AuditTamperTest {
    @TempDir
    static Path dir;
    static EmbeddedDatabase db;
    static JdbcTemplate owner;
    AuditKey key;
    AuditAnchor anchor;
    AuditLog audit;

    @BeforeAll
    static void startDatabase() throws Exception {
        db = EmbeddedDatabase.start(dir, true, Map.of());
        migrate(db.ownerDataSource(), null);
        owner = new JdbcTemplate(db.ownerDataSource());
    }

    static void migrate(DataSource ds, String target) {
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .callbacks(new AppRoleGrants(EmbeddedDatabase.APP_ROLE));
        if (target != null) {
            config.target(target);
        }
        config.load().migrate();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        db.close();
    }

    @BeforeEach
    void freshAudit() throws Exception {
        owner.execute("TRUNCATE audit_seal, audit_entry");
        key = new AuditKey(UUID.randomUUID() + "-" + UUID.randomUUID());
        anchor = new AuditAnchor(Files.createTempDirectory(dir, "anchor").resolve(AuditAnchor.FILE));
        audit = new AuditLog(new JdbcTemplate(db.appDataSource()), key, anchor);
    }

    /** Entries written through Hearth, sealed and anchored as the sealer does. */
    List<AuditEntry> history(int n) {
        audit.exportAnchor();
        List<AuditEntry> written = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            written.add(audit.append("sw.demo", UUID.randomUUID(), "record", "READ", "visit", "ALLOWED",
                    "ALLOCATED_WORKER", "entry " + i));
        }
        audit.seal(true);
        audit.exportAnchor();
        assertThat(audit.verify().intact()).isTrue();
        return written;
    }

    @Test
    void shouldVerifyAnUntouchedChainAndKeepItsAnchorOwnerOnly() throws Exception {
        history(30);
        AuditLog.Verification v = audit.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isEqualTo(30);
        assertThat(anchor.read()).hasValueSatisfying(h -> assertThat(h.pos()).isEqualTo(30));
        assertThat(Files.getPosixFilePermissions(anchor.file())).isEqualTo(Secrets.OWNER_ONLY);
    }

    @Test
    void shouldFailVerificationAfterTheAuditIsTruncated() {
        history(20);

        owner.execute("TRUNCATE audit_seal, audit_entry");

        AuditLog.Verification v = audit.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBreak()).hasValueSatisfying(m -> assertThat(m).contains("20 sealed entries are missing")
                .contains("truncated"));
        // Hearth carries on writing: a new chain from nothing does not move the anchor past the evidence.
        history0(25);
        assertThat(audit.verify().intact()).isFalse();
        assertThat(anchor.read()).hasValueSatisfying(h -> assertThat(h.pos()).isEqualTo(20));
    }

    private void history0(int n) {
        for (int i = 0; i < n; i++) {
            audit.append("sw.demo", null, "record", "READ", null, "ALLOWED", null, "after " + i);
        }
        audit.seal(true);
        audit.exportAnchor();
    }

    @Test
    void shouldFindTheLastFiftyEntriesMissing() {
        history(80);

        owner.execute("ALTER TABLE audit_seal DISABLE TRIGGER ALL");
        owner.execute("ALTER TABLE audit_entry DISABLE TRIGGER ALL");
        owner.update("DELETE FROM audit_seal WHERE pos > 30");
        owner.update("DELETE FROM audit_entry e WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_seq = e.seq)");
        owner.execute("ALTER TABLE audit_seal ENABLE TRIGGER ALL");
        owner.execute("ALTER TABLE audit_entry ENABLE TRIGGER ALL");

        assertThat(audit.verify().firstBreak()).hasValueSatisfying(m ->
                assertThat(m).contains("ends at seal 30").contains("records 80 seals").contains("50 sealed entries"));
        // Refilling the positions with new entries does not hide it either.
        history0(60);
        assertThat(audit.verify().firstBreak()).hasValueSatisfying(m ->
                assertThat(m).contains("seal 80 differs from the anchored head"));
    }

    @Test
    void shouldNotAcceptAChainRecomputedAfterAnEditWithoutTheKey() {
        List<AuditEntry> written = history(10);
        AuditEntry victim = written.get(4);
        AuditEntry edited = new AuditEntry(victim.seq(), victim.at(), "someone-else", victim.personId(), victim.part(),
                victim.action(), victim.purpose(), victim.outcome(), victim.basis(), victim.detail());
        // The attacker knows the formula but not the key: they recompute with a key of their own.
        AuditLog forger = new AuditLog(owner, new AuditKey("the attacker's own key, not Hearth's"), anchor);

        owner.execute("ALTER TABLE audit_seal DISABLE TRIGGER ALL");
        owner.execute("ALTER TABLE audit_entry DISABLE TRIGGER ALL");
        owner.update("UPDATE audit_entry SET actor = ?, mac = ? WHERE seq = ?", edited.actor(), forger.entryMac(edited),
                victim.seq());
        String prev = owner.queryForObject("SELECT hash FROM audit_seal WHERE pos = 4", String.class);
        for (long pos = 5; pos <= 10; pos++) {
            long seq = owner.queryForObject("SELECT entry_seq FROM audit_seal WHERE pos = ?", Long.class, pos);
            AuditEntry e = seq == victim.seq() ? edited : written.stream().filter(w -> w.seq() == seq).findFirst().get();
            String hash = forger.keyedHash(e, prev);
            owner.update("UPDATE audit_seal SET prev_hash = ?, hash = ? WHERE pos = ?", prev, hash, pos);
            prev = hash;
        }
        owner.execute("ALTER TABLE audit_seal ENABLE TRIGGER ALL");
        owner.execute("ALTER TABLE audit_entry ENABLE TRIGGER ALL");

        assertThat(audit.verify().firstBreak()).hasValueSatisfying(m ->
                assertThat(m).contains("entry " + victim.seq()).contains("altered"));
        // Nor with the old unkeyed SHA-256 formula.
        owner.execute("ALTER TABLE audit_seal DISABLE TRIGGER ALL");
        owner.update("UPDATE audit_seal SET hash = ? WHERE pos = 5", AuditLog.hash(edited,
                owner.queryForObject("SELECT hash FROM audit_seal WHERE pos = 4", String.class)));
        owner.execute("ALTER TABLE audit_seal ENABLE TRIGGER ALL");
        assertThat(audit.verify().intact()).isFalse();
    }

    @Test
    void shouldRejectABackDatedForgedEntry() {
        history(10);
        // Inserting is all the application's role may do to the audit; it is enough to try a forgery.
        JdbcTemplate app = new JdbcTemplate(db.appDataSource());
        long seq = app.queryForObject("SELECT nextval('audit_entry_seq')", Long.class);
        app.update("INSERT INTO audit_entry (seq, at, actor, person_id, part, action, purpose, outcome, basis, detail, mac) "
                        + "VALUES (?, ?, 'tm.demo', ?, 'record', 'READ', 'supervision', 'ALLOWED', 'TEAM_MANAGER', null, ?)",
                seq, Timestamp.from(Instant.parse("2024-03-01T09:00:00Z")), UUID.randomUUID(),
                "0".repeat(64));
        audit.seal(true);
        audit.exportAnchor();

        assertThat(audit.verify().firstBreak()).hasValueSatisfying(m ->
                assertThat(m).contains("entry " + seq).contains("2024-03-01").contains("not written by Hearth"));
    }

    @Test
    void shouldRejectAForgedEntryWithoutAMac() {
        history(3);
        long seq = owner.queryForObject("SELECT nextval('audit_entry_seq')", Long.class);
        owner.update("INSERT INTO audit_entry (seq, at, actor, part, action, outcome) "
                + "VALUES (?, '2020-01-01', 'admin.demo', 'record', 'READ', 'ALLOWED')", seq);
        audit.seal(true);

        assertThat(audit.verify().firstBreak()).hasValueSatisfying(m ->
                assertThat(m).contains("entry " + seq).contains("no MAC"));
    }

    @Test
    void shouldNotVerifyWithAnotherKey() {
        history(5);
        AuditLog other = new AuditLog(new JdbcTemplate(db.appDataSource()), new AuditKey("x".repeat(40)), anchor);

        assertThat(other.verify().firstBreak()).hasValueSatisfying(m -> assertThat(m).contains("not signed with this"));
    }

    @Test
    void shouldFailWhenTheAnchorIsRemovedAfterKeyedSeals() throws Exception {
        history(5);
        Files.delete(anchor.file());

        assertThat(audit.verify().firstBreak()).hasValueSatisfying(m -> assertThat(m).contains("anchor")
                .contains("missing"));
        audit.exportAnchor(); // Hearth does not quietly re-create it
        assertThat(anchor.file()).doesNotExist();
    }

    @Test
    void shouldKeyALegacyChainFromItsEpoch() throws Exception {
        owner.execute("DROP DATABASE IF EXISTS legacy");
        owner.execute("CREATE DATABASE legacy");
        PGSimpleDataSource legacyOwner = new PGSimpleDataSource();
        legacyOwner.setUrl("jdbc:postgresql://localhost:" + db.port() + "/legacy");
        legacyOwner.setUser(EmbeddedDatabase.OWNER);
        legacyOwner.setPassword(db.ownerPassword());
        migrate(legacyOwner, "14");
        JdbcTemplate old = new JdbcTemplate(legacyOwner);
        // The old, unkeyed chain: three sealed entries and one written just before the upgrade, still unsealed
        // (number 4 went to a transaction that rolled back).
        String prev = AuditLog.GENESIS;
        for (int i : new int[] {1, 2, 3, 5}) {
            AuditEntry e = new AuditEntry(i, Instant.parse("2026-01-0" + i + "T10:00:00Z"), "sw.demo", null, "record",
                    "READ", null, "ALLOWED", null, "old " + i);
            old.update("INSERT INTO audit_entry (seq, at, actor, part, action, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    e.seq(), Timestamp.from(e.at()), e.actor(), e.part(), e.action(), e.outcome(), e.detail());
            if (i <= 3) {
                String hash = AuditLog.hash(e, prev);
                old.update("INSERT INTO audit_seal (pos, entry_seq, sealed_at, prev_hash, hash) VALUES (?, ?, now(), ?, ?)",
                        i, i, prev, hash);
                prev = hash;
            }
        }
        old.execute("SELECT setval('audit_entry_seq', 5)");
        migrate(legacyOwner, null);

        PGSimpleDataSource legacyApp = new PGSimpleDataSource();
        legacyApp.setUrl(legacyOwner.getUrl());
        legacyApp.setUser(EmbeddedDatabase.APP_ROLE);
        legacyApp.setPassword(db.appPassword());
        AuditLog upgraded = new AuditLog(new JdbcTemplate(legacyApp), key, anchor);
        upgraded.exportAnchor(); // the legacy head, anchored before anything is keyed
        assertThat(anchor.read()).hasValueSatisfying(h -> {
            assertThat(h.pos()).isEqualTo(3);
            assertThat(h.keyedFromPos()).isEqualTo(4);
        });
        upgraded.append("sw.demo", null, "record", "READ", null, "ALLOWED", null, "new");
        upgraded.seal(true);
        upgraded.exportAnchor();
        AuditLog.Verification v = upgraded.verify();
        assertThat(v.firstBreak()).isEmpty();
        assertThat(v.checked()).isEqualTo(5);

        // A second MAC-less entry numbered before the epoch is one more than the upgrade left: a forgery.
        old.update("INSERT INTO audit_entry (seq, at, actor, part, action, outcome) VALUES (4, '2025-12-31', 'x', 'record', "
                + "'READ', 'ALLOWED')");
        upgraded.seal(true);
        assertThat(upgraded.verify().firstBreak()).hasValueSatisfying(m -> assertThat(m).contains("entry 4")
                .contains("no MAC"));
        // Editing a legacy entry now breaks the keyed seal that covers the legacy head.
        old.execute("ALTER TABLE audit_entry DISABLE TRIGGER ALL");
        old.update("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = 2");
        assertThat(upgraded.verify().firstBreak()).hasValueSatisfying(m -> assertThat(m).contains("entry 2"));
        assertThatThrownBy(() -> new JdbcTemplate(legacyApp).execute("TRUNCATE audit_entry")).rootCause()
                .hasMessageContaining("permission denied");
        // Numbers the sealer would never reach are refused outright.
        assertThatThrownBy(() -> new JdbcTemplate(legacyApp).update("INSERT INTO audit_entry (seq, at, actor, part, "
                + "action, outcome) VALUES (-1, now(), 'x', 'record', 'READ', 'ALLOWED')")).rootCause()
                .hasMessageContaining("audit_entry_seq_positive");
    }
}
