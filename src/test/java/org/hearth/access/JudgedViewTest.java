package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seam's judged view ({@link AccessSeam.Judged}): a further part of the record read under it is not judged again
 * (the database is never asked: any query here fails the test), is audited as {@link AccessSeam#read} audits it, and
 * the judged view cannot be used for another child, another user, a part it does not open, after its read returned,
 * or on another thread.
 */
class JudgedViewTest {
    /** What the seam appended, in order: "outcome part purpose basis" per entry, and how it was appended. */
    static final class RecordingAudit extends AuditLog {
        final List<String> entries = new ArrayList<>();
        final List<String> appends = new ArrayList<>();
        boolean failing;

        RecordingAudit() {
            super(null, null, null);
        }

        @Override
        public AuditEntry append(String actor, UUID personId, String part, String action, String purpose,
                                 String outcome, String basis, String detail, Disclosure disclosure) {
            appends.add("append");
            entries.add(outcome + " " + action + " " + part + " | " + purpose + " | " + basis + " | " + detail);
            return null;
        }

        @Override
        public AuditEntry appendAlone(String actor, UUID personId, String part, String action, String purpose,
                                      String outcome, String basis, String detail, Disclosure disclosure) {
            appends.add("alone");
            entries.add(outcome + " " + action + " " + part + " | " + purpose + " | " + basis + " | " + detail);
            return null;
        }

        @Override
        public void appendAll(List<Pending> pending) {
            if (failing) {
                throw new IllegalStateException("the audit cannot be written");
            }
            appends.add("all of " + pending.size());
            for (Pending p : pending) {
                entries.add(p.outcome() + " " + p.action() + " " + p.part() + " | " + p.purpose() + " | " + p.basis()
                        + " | " + p.detail());
            }
        }
    }

    /** Judging again would ask the database: here it is an error. */
    static final class JudgedAgain extends RuntimeException {
        JudgedAgain() {
            super("the seam asked the database again");
        }
    }

    static final class NoQueries extends JdbcTemplate {
        @Override
        public <T> T queryForObject(String sql, Class<T> requiredType, Object... args) {
            throw new JudgedAgain();
        }

        @Override // the seam reads what judges a child in one statement, mapped from its one row
        public <T> T queryForObject(String sql, org.springframework.jdbc.core.RowMapper<T> rowMapper, Object... args) {
            throw new JudgedAgain();
        }

        @Override // an analyst's or administrator's judgement asks only whether the child exists
        public <T> List<T> queryForList(String sql, Class<T> elementType, Object... args) {
            throw new JudgedAgain();
        }
    }

    static final class NoTransaction extends TransactionTemplate {
        @Override
        public <T> T execute(TransactionCallback<T> action) {
            return action.doInTransaction(null);
        }
    }

    final RecordingAudit audit = new RecordingAudit();
    final AccessSeam seam = new AccessSeam(new NoQueries(), audit, new NoTransaction());
    final Actor worker = new Actor("sw.one", "Sam Worker", Role.SOCIAL_WORKER, "T1");
    final Actor other = new Actor("sw.two", "Alex Other", Role.SOCIAL_WORKER, "T1");
    final UUID child = UUID.randomUUID();
    final UUID anotherChild = UUID.randomUUID();
    /** An allocated worker's view: every part of the record. */
    final View whole = new View(View.Parts.EVERY, View.Parts.EVERY, false, AccessPolicy.Basis.ALLOCATED_WORKER, null,
            null, null);
    /** A family help worker's view: the family help parts, no health flags, no IRO challenges. */
    final View familyHelp = new View(View.Parts.of(RecordParts.FAMILY_HELP), View.Parts.of(RecordParts.FAMILY_HELP),
            true, AccessPolicy.Basis.ALLOCATED_WORKER, null, null, null);

    @Test
    void shouldReadAFurtherPartUnderTheJudgedViewAndAuditItWithTheRecordInOneAppend() {
        String flags = seam.judged(worker, child, "record", "casework", whole, judged ->
                seam.readFurther(judged, worker, child, RecordParts.HEALTH_FLAGS, "casework: health", () -> "flags"));

        assertThat(flags).isEqualTo("flags");
        assertThat(audit.entries).containsExactly(
                "ALLOWED READ record | casework | ALLOCATED_WORKER | null",
                "ALLOWED READ health-flags | casework: health | ALLOCATED_WORKER | null");
        assertThat(audit.appends).as("both entries appended together, once").containsExactly("all of 2");
    }

    @Test
    void shouldAppendNothingUntilTheJudgingReadsWorkReturns() {
        seam.judged(worker, child, "record", "casework", whole, judged -> {
            seam.readFurther(judged, worker, child, RecordParts.HEALTH_FLAGS, "casework: health", () -> "flags");
            assertThat(audit.appends).as("while the page is built").isEmpty();
            return null;
        });
        assertThat(audit.appends).containsExactly("all of 2");
    }

    @Test
    void shouldRefuseThePageWhenItsEntriesCannotBeAppended() {
        audit.failing = true;
        assertThatThrownBy(() -> seam.judged(worker, child, "record", "casework", whole, judged ->
                seam.readFurther(judged, worker, child, RecordParts.HEALTH_FLAGS, "casework: health", () -> "flags")))
                .as("nothing is answered that is not audited").isInstanceOf(IllegalStateException.class)
                .hasMessage("the audit cannot be written");
        assertThat(audit.entries).containsExactly("REFUSED READ record | casework | ALLOCATED_WORKER | "
                + "IllegalStateException");
    }

    @Test
    void shouldRefuseAPartTheJudgedViewDoesNotOpenAsReadWouldAndAuditTheDenial() {
        assertThatThrownBy(() -> seam.judged(worker, child, "record", "casework", familyHelp, judged ->
                seam.readFurther(judged, worker, child, RecordParts.HEALTH_FLAGS, "casework: health", () -> {
                    throw new AssertionError("the work must not run");
                }))).isInstanceOf(AccessDenied.class)
                .hasMessage(AccessPolicy.refusal(familyHelp, RecordParts.HEALTH_FLAGS, AccessPolicy.Action.READ));

        assertThat(audit.entries).containsExactly(
                "DENIED READ health-flags | casework: health | ALLOCATED_WORKER | "
                        + AccessPolicy.refusal(familyHelp, RecordParts.HEALTH_FLAGS, AccessPolicy.Action.READ),
                "REFUSED READ record | casework | ALLOCATED_WORKER | " + new AccessDenied("any").title());
        assertThat(audit.appends).as("the denial kept on its own; the record's read not audited as allowed")
                .containsExactly("alone", "alone");
    }

    @Test
    void shouldNotLetAJudgedViewReadAnotherChild() {
        assertThatThrownBy(() -> seam.judged(worker, child, "record", "casework", whole, judged ->
                seam.readFurther(judged, worker, anotherChild, RecordParts.HEALTH_FLAGS, "casework", () -> {
                    throw new AssertionError("the work must not run");
                }))).isInstanceOf(IllegalStateException.class);
        assertThat(audit.entries).noneMatch(e -> e.startsWith("ALLOWED"));
    }

    @Test
    void shouldNotLetAJudgedViewReadForAnotherUser() {
        assertThatThrownBy(() -> seam.judged(worker, child, "record", "casework", whole, judged ->
                seam.readFurther(judged, other, child, RecordParts.HEALTH_FLAGS, "casework", () -> {
                    throw new AssertionError("the work must not run");
                }))).isInstanceOf(IllegalStateException.class);
        assertThat(audit.entries).noneMatch(e -> e.startsWith("ALLOWED"));
    }

    @Test
    void shouldNotLetTheSameUserInAnotherRoleUseTheView() {
        Actor asManager = new Actor(worker.username(), worker.displayName(), Role.TEAM_MANAGER, worker.teamId());
        assertThatThrownBy(() -> seam.judged(worker, child, "record", "casework", whole, judged ->
                seam.readFurther(judged, asManager, child, RecordParts.HEALTH_FLAGS, "casework", () -> "flags")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldNotLetAJudgedViewBeKeptPastItsRead() {
        AtomicReference<AccessSeam.Judged> kept = new AtomicReference<>();
        seam.judged(worker, child, "record", "casework", whole, judged -> {
            kept.set(judged);
            return null;
        });
        List<String> before = List.copyOf(audit.entries);

        assertThatThrownBy(() -> seam.readFurther(kept.get(), worker, child, RecordParts.HEALTH_FLAGS, "casework",
                () -> {
                    throw new AssertionError("the work must not run");
                })).isInstanceOf(IllegalStateException.class);
        assertThat(audit.entries).isEqualTo(before);
    }

    @Test
    void shouldNotLetAJudgedViewBeUsedOnAnotherThread() {
        seam.judged(worker, child, "record", "casework", whole, judged -> {
            CompletableFuture<String> elsewhere = CompletableFuture.supplyAsync(() ->
                    seam.readFurther(judged, worker, child, RecordParts.HEALTH_FLAGS, "casework", () -> "flags"));
            assertThatThrownBy(elsewhere::get).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(IllegalStateException.class);
            return null;
        });
        assertThat(audit.entries).containsExactly("ALLOWED READ record | casework | ALLOCATED_WORKER | null");
    }

    @Test
    void shouldRefuseANullJudgedView() {
        assertThatThrownBy(() -> seam.readFurther(null, worker, child, RecordParts.HEALTH_FLAGS, "casework",
                () -> "flags")).isInstanceOf(IllegalStateException.class);
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void shouldJudgeAgainAViewThatEndedMeanwhile() {
        View brokeGlass = new View(View.Parts.EVERY, View.Parts.NONE, false, AccessPolicy.Basis.BREAK_GLASS, null,
                Instant.now().minusSeconds(1), null);
        assertThatThrownBy(() -> seam.judged(worker, child, "record", "casework", brokeGlass, judged ->
                seam.readFurther(judged, worker, child, RecordParts.HEALTH_FLAGS, "casework", () -> "flags")))
                .isInstanceOf(JudgedAgain.class);
    }

    @Test
    void shouldAuditAFurtherReadThatFailsAsRefusedAndNotAsAllowed() {
        assertThatThrownBy(() -> seam.judged(worker, child, "record", "casework", whole, judged ->
                seam.readFurther(judged, worker, child, RecordParts.HEALTH_FLAGS, "casework: health", () -> {
                    throw new IllegalArgumentException("broken");
                }))).isInstanceOf(IllegalArgumentException.class);

        assertThat(audit.entries).containsExactly(
                "REFUSED READ health-flags | casework: health | ALLOCATED_WORKER | IllegalArgumentException",
                "REFUSED READ record | casework | ALLOCATED_WORKER | IllegalArgumentException");
    }

    @Test
    void shouldRefuseAnUnprintablePurposeForAFurtherPartAsReadDoes() {
        assertThatThrownBy(() -> seam.judged(worker, child, "record", "casework", whole, judged ->
                seam.readFurther(judged, worker, child, RecordParts.HEALTH_FLAGS, "why\u0000", () -> "flags")))
                .isInstanceOf(org.hearth.platform.web.HearthProblem.class);
        assertThat(audit.entries).first().asString().startsWith("DENIED READ health-flags | null");
    }

    @Test
    void shouldJudgeTheFirstReadThroughTheDatabaseAsReadDoes() {
        assertThatThrownBy(() -> seam.readJudging(worker, child, "record", "casework", judged -> "page"))
                .as("readJudging judges: it asks whether the child exists")
                .isInstanceOf(JudgedAgain.class);
    }
}
