package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
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

    AuditEntry append(String detail) {
        return tx.execute(s -> audit.append("auditor", UUID.randomUUID(), "record", "READ", "testing", "ALLOWED",
                "ALLOCATED_WORKER", detail));
    }

    @Test
    void shouldChainEachEntryToThePreviousOne() {
        AuditEntry first = append("one");
        AuditEntry second = append("two");
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void shouldRefuseToUpdateOrDeleteAnAuditEntry() {
        AuditEntry e = append("kept");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET purpose = 'other' WHERE seq = ?", e.seq()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE seq = ?", e.seq()))
                .hasMessageContaining("append-only");
    }

    @Test
    void shouldReportTheFirstTamperedEntry() {
        AuditEntry victim = append("original");
        append("after");
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
        AuditEntry removed = append("to be removed");
        append("after");
        record Row(java.sql.Timestamp at, String actor, UUID person, String part, String action, String purpose,
                   String outcome, String basis, String detail, String prev, String hash) {}
        Row saved = jdbc.queryForObject("SELECT at, actor, person_id, part, action, purpose, outcome, basis, detail, prev_hash, hash "
                        + "FROM audit_entry WHERE seq = ?", (rs, n) -> new Row(rs.getTimestamp(1), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)), removed.seq());
        try {
            jdbc.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
            jdbc.update("DELETE FROM audit_entry WHERE seq = ?", removed.seq());
            assertThat(audit.verify().firstBreak()).hasValueSatisfying(msg ->
                    assertThat(msg).contains("entry " + removed.seq() + " is missing"));
        } finally {
            jdbc.update("INSERT INTO audit_entry (seq, at, actor, person_id, part, action, purpose, outcome, basis, detail, prev_hash, hash) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", removed.seq(), saved.at(), saved.actor(), saved.person(),
                    saved.part(), saved.action(), saved.purpose(), saved.outcome(), saved.basis(), saved.detail(), saved.prev(), saved.hash());
            jdbc.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
        }
        assertThat(audit.verify().intact()).isTrue();
    }
}
