package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

class AuditLogTest extends HearthIntegrationTest {
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    org.hearth.platform.EmbeddedDatabase db;

    /** The database's owner: what a privileged insider could do, beyond the application's own role. */
    JdbcTemplate owner() {
        return new JdbcTemplate(db.ownerDataSource());
    }

    AuditEntry append(String detail) {
        return tx.execute(s -> audit.append("auditor", UUID.randomUUID(), "record", "READ", "testing", "ALLOWED",
                "ALLOCATED_WORKER", detail));
    }

    AuditLog.Seal sealOf(AuditEntry e) {
        return jdbc.queryForObject("SELECT pos, entry_seq, prev_hash, hash FROM audit_seal WHERE entry_seq = ?",
                (rs, n) -> new AuditLog.Seal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), e.seq());
    }

    @Test
    void shouldChainEachEntryToTheOnesSealedBeforeIt() {
        AuditEntry first = append("one");
        AuditEntry second = append("two");
        audit.seal(true);

        assertThat(sealOf(second).pos()).isGreaterThan(sealOf(first).pos());
        AuditLog.Seal before = jdbc.queryForObject("SELECT pos, entry_seq, prev_hash, hash FROM audit_seal WHERE pos = ?",
                (rs, n) -> new AuditLog.Seal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)),
                sealOf(second).pos() - 1);
        assertThat(sealOf(second).prevHash()).isEqualTo(before.hash());
        AuditLog.Verification v = audit.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.unsealed()).isZero();
    }

    @Test
    void shouldSealAnEntryThatCommitsAfterALaterNumberedOne() throws Exception {
        // A slow request numbers its entry first but commits last; the chain must not skip it.
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<AuditEntry> slow = CompletableFuture.supplyAsync(() -> tx.execute(s -> {
            AuditEntry e = audit.append("auditor", UUID.randomUUID(), "record", "READ", "slow", "ALLOWED", null, null);
            appended.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            return e;
        }));
        assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
        AuditEntry quick = append("quick");
        audit.seal(false);
        release.countDown();
        AuditEntry late = slow.get(10, TimeUnit.SECONDS);
        audit.seal(false);

        assertThat(late.seq()).isLessThan(quick.seq());
        assertThat(sealOf(late).pos()).isGreaterThan(sealOf(quick).pos());
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void shouldSealWhatComesAfterANumberThatWasNeverCommittedAndKeepLookingForIt() {
        audit.seal(true);
        long[] burnt = new long[1];
        try {
            tx.execute(s -> {
                burnt[0] = audit.append("auditor", UUID.randomUUID(), "record", "READ", "rolled back", "ALLOWED", null,
                        null).seq();
                throw new IllegalStateException("the work failed after its entry was numbered");
            });
        } catch (IllegalStateException expected) {
            // the entry and its work rolled back together; its number stays used
        }
        AuditEntry after = append("after a rolled-back one");
        audit.seal(false);

        assertThat(after.seq()).isGreaterThan(burnt[0]);
        assertThat(sealOf(after)).isNotNull();
        assertThat(audit.missingNumbers()).as("asked for by number on the next runs").contains(burnt[0]);
        AuditEntry next = append("next");
        audit.seal(false);
        assertThat(sealOf(next).prevHash()).isEqualTo(sealOf(after).hash());
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void shouldStartTheNextScanNearTheChainsHeadWhenNothingIsLeftToSeal() {
        // A long log (numbers past the in-flight margin) that is fully sealed, as on an idle Hearth after start-up.
        owner().queryForObject("SELECT setval('audit_entry_seq', greatest(nextval('audit_entry_seq'), 5000))", Long.class);
        AuditEntry e = append("head");
        audit.seal(true);
        audit.seal(true); // nothing new: the scan must not fall back to the start of the log
        audit.seal(false);

        assertThat(audit.scanFrom()).as("the next scan's start").isGreaterThanOrEqualTo(e.seq() - 1_000);
        AuditEntry next = append("after an idle spell");
        audit.seal(false);
        assertThat(sealOf(next).prevHash()).isEqualTo(sealOf(e).hash());
    }

    @Test
    void shouldNotLetTheApplicationsRoleChangeTheAudit() {
        AuditEntry e = append("kept");
        audit.seal(true);
        for (String sql : new String[] {"UPDATE audit_entry SET purpose = 'other' WHERE seq = ?",
                "DELETE FROM audit_entry WHERE seq = ?", "UPDATE audit_seal SET hash = 'x' WHERE entry_seq = ?",
                "DELETE FROM audit_seal WHERE entry_seq = ?"}) {
            assertThatThrownBy(() -> jdbc.update(sql, e.seq())).rootCause().hasMessageContaining("permission denied");
        }
        for (String sql : new String[] {"TRUNCATE audit_seal, audit_entry",
                "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
                "UPDATE audit_epoch SET first_pos = 1", "INSERT INTO audit_epoch VALUES (2, 1, 1, 0, 'none', now())"}) {
            assertThatThrownBy(() -> jdbc.execute(sql)).rootCause()
                    .hasMessageMatching("(?s).*(permission denied|must be owner).*");
        }
    }

    @Test
    void shouldRefuseToUpdateOrDeleteAnAuditEntryOrItsSealEvenForTheOwner() {
        AuditEntry e = append("kept");
        audit.seal(true);
        JdbcTemplate jdbc = owner();
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET purpose = 'other' WHERE seq = ?", e.seq()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE seq = ?", e.seq()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_seal SET hash = 'x' WHERE entry_seq = ?", e.seq()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_seal WHERE entry_seq = ?", e.seq()))
                .hasMessageContaining("append-only");
    }

    @Test
    void shouldReportTheFirstTamperedEntry() {
        JdbcTemplate jdbc = owner();
        AuditEntry victim = append("original");
        append("after");
        audit.seal(true);
        try {
            // A privileged user bypasses the trigger: the hash chain is what still catches it.
            jdbc.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
            jdbc.update("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = ?", victim.seq());

            AuditLog.Verification v = audit.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBreak()).hasValueSatisfying(msg ->
                    assertThat(msg).contains("entry " + victim.seq()).contains("altered"));
        } finally {
            jdbc.update("UPDATE audit_entry SET actor = 'auditor' WHERE seq = ?", victim.seq());
            jdbc.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void shouldReportARemovedEntry() {
        JdbcTemplate jdbc = owner();
        AuditEntry removed = append("to be removed");
        append("after");
        audit.seal(true);
        try {
            // Disabling every trigger also lifts the foreign key from the seal that still names the entry.
            jdbc.execute("ALTER TABLE audit_entry DISABLE TRIGGER ALL");
            jdbc.update("DELETE FROM audit_entry WHERE seq = ?", removed.seq());
            assertThat(audit.verify().firstBreak()).hasValueSatisfying(msg ->
                    assertThat(msg).contains("entry " + removed.seq()).contains("is missing"));
        } finally {
            jdbc.update("INSERT INTO audit_entry (seq, at, actor, person_id, part, action, purpose, outcome, basis, detail, "
                            + "mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", removed.seq(),
                    java.sql.Timestamp.from(removed.at()), removed.actor(), removed.personId(), removed.part(),
                    removed.action(), removed.purpose(), removed.outcome(), removed.basis(), removed.detail(),
                    audit.entryMac(removed));
            jdbc.execute("ALTER TABLE audit_entry ENABLE TRIGGER ALL");
        }
        assertThat(audit.verify().intact()).isTrue();
    }
}
