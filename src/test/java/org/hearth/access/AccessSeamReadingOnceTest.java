package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

/**
 * {@link AccessSeam#readingOnce}: a page that only reads asks for the actor's assignments and each child's facts once,
 * every child is still judged on its own, nobody else is judged on what was read for the actor, nothing is kept after
 * the page, and no change is judged on rows read for reading.
 */
class AccessSeamReadingOnceTest {
    static final Instant NOW = Instant.now();
    static final String DUTY = "Out of hours: a child's message";

    final Actor worker = new Actor("worker", "A Worker", Role.SOCIAL_WORKER, "team-1");
    final Actor other = new Actor("other", "Another Worker", Role.SOCIAL_WORKER, "team-1");
    final UUID granted = UUID.randomUUID();
    final UUID notGranted = UUID.randomUUID();

    /** The database as the seam sees it: the assignments each user holds, and every read the seam asked for. */
    static final class FakeDatabase extends JdbcTemplate {
        final Map<String, List<Assignment>> held;
        final List<String> assignmentReads = new ArrayList<>();
        final List<List<Object>> factReads = new ArrayList<>();
        /** Who is allocated to which children today: rows of (child, worker, role, team). */
        final List<Object[]> allocations = new ArrayList<>();

        FakeDatabase(Map<String, List<Assignment>> held) {
            this.held = held;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) {
            assertThat(sql).startsWith("SELECT assignment_id");
            assignmentReads.add((String) args[0]);
            return (List<T>) held.getOrDefault((String) args[0], List.of());
        }

        @Override
        public void query(String sql, RowCallbackHandler rch, Object... args) {
            assertThat(sql).contains("FROM ssd_involvements");
            boolean byWorker = args[0] instanceof String;
            List<Object> asked = byWorker ? List.of(args[0]) : Arrays.asList((Object[]) args[0]);
            factReads.add(asked);
            List<Object> children = byWorker ? allocations.stream().filter(a -> a[1].equals(args[0]))
                    .map(a -> a[0]).toList() : asked;
            for (Object[] row : allocations) {
                if (children.contains(row[0])) {
                    try {
                        rch.processRow(row(row));
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }

        /**
         * The seam's one statement that judges children outside a page that reads once (AccessSeam.inputs): a read
         * of the user's assignments and of the children's facts, answered as that statement's one row (existence not
         * asked, no sharing decisions).
         */
        @Override
        public <T> T queryForObject(String sql, RowMapper<T> rowMapper, Object... args) {
            assertThat(sql).contains("FROM role_assignment").contains("FROM ssd_involvements");
            String holder = (String) args[1];
            assignmentReads.add(holder);
            List<Object> asked = Arrays.asList((Object[]) args[4]);
            factReads.add(asked);
            List<Map<String, Object>> assignments = new ArrayList<>();
            for (Assignment a : held.getOrDefault(holder, List.of())) {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("assignment_id", a.id().toString());
                row.put("holder_kind", a.holderKind().name());
                row.put("holder_id", a.holderId());
                row.put("role", a.role());
                row.put("scope_kind", a.scope().name());
                row.put("scope_id", a.scopeId());
                row.put("grant_type", a.grantType().name());
                row.put("parts", a.parts() == null ? null : List.copyOf(a.parts()));
                row.put("valid_from", a.validFrom().toString());
                row.put("valid_to", a.validTo() == null ? null : a.validTo().toString());
                row.put("reason", a.reason());
                assignments.add(row);
            }
            List<Map<String, Object>> facts = new ArrayList<>();
            for (Object[] allocation : allocations) {
                if (asked.contains(allocation[0])) {
                    facts.add(Map.of("child", allocation[0].toString(), "username", allocation[1], "role",
                            allocation[2], "team", allocation[3]));
                }
            }
            tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
            Object[] row = {null, assignments.isEmpty() ? null : json.writeValueAsString(assignments),
                    facts.isEmpty() ? null : json.writeValueAsString(facts), null};
            try {
                return rowMapper.mapRow(row(row), 0);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A result set standing on one row. */
        static java.sql.ResultSet row(Object[] row) {
            return (java.sql.ResultSet) java.lang.reflect.Proxy.newProxyInstance(
                    FakeDatabase.class.getClassLoader(), new Class<?>[] {java.sql.ResultSet.class},
                    (proxy, method, a) -> row[(Integer) a[0] - 1]);
        }
    }

    static Assignment grant(String holder, UUID child, String reason, Instant to, Assignment.GrantType type) {
        return new Assignment(UUID.randomUUID(), Assignment.HolderKind.USER, holder, Assignment.GRANTEE,
                Assignment.Scope.CHILD, child.toString(), type, Set.of(RecordParts.MY_VIEWS, RecordParts.MY_PLAN),
                NOW.minus(Duration.ofHours(1)), to, reason);
    }

    FakeDatabase database() {
        return new FakeDatabase(Map.of("worker", List.of(grant("worker", granted, DUTY + " may suggest harm (1)",
                NOW.plus(Duration.ofDays(1)), Assignment.GrantType.SPECIFIC))));
    }

    @Test
    void shouldReadTheActorsAssignmentsAndEachChildsFactsOnceWhileAPageReads() {
        FakeDatabase db = database();
        AccessSeam seam = new AccessSeam(db, null, null);

        seam.readingOnce(worker, () -> {
            seam.readable(worker, List.of(granted), RecordParts.MY_VIEWS);
            seam.readable(worker, List.of(granted, notGranted), RecordParts.MY_VIEWS);
            seam.view(worker, granted);
            return seam.grantedChildren(worker, DUTY);
        });

        assertThat(db.assignmentReads).containsExactly("worker");
        assertThat(db.factReads).containsExactly(List.of(granted), List.of(notGranted));
    }

    @Test
    void shouldStillJudgeEveryChildOnItsOwnWhileAPageReads() {
        AccessSeam seam = new AccessSeam(database(), null, null);
        List<UUID> children = List.of(granted, notGranted);

        List<UUID> outside = seam.readable(worker, children, RecordParts.MY_VIEWS);
        List<UUID> inside = seam.readingOnce(worker, () -> seam.readable(worker, children, RecordParts.MY_VIEWS));
        List<UUID> notGrantedPart = seam.readingOnce(worker, () -> seam.readable(worker, children, "case-notes"));

        assertThat(inside).containsExactly(granted).isEqualTo(outside);
        assertThat(notGrantedPart).as("a part the grant does not give").isEmpty();
        assertThat(seam.readingOnce(worker, () -> seam.view(worker, notGranted).canRead(RecordParts.MY_VIEWS)))
                .as("the grant on one child opens no other").isFalse();
    }

    @Test
    void shouldReadAfreshForAnyoneElseWhileAPageReadsForTheActor() {
        FakeDatabase db = database();
        AccessSeam seam = new AccessSeam(db, null, null);

        List<UUID> theirs = seam.readingOnce(worker, () -> {
            seam.readable(worker, List.of(granted), RecordParts.MY_VIEWS);
            seam.readable(other, List.of(granted), RecordParts.MY_VIEWS);
            return seam.readable(other, List.of(granted), RecordParts.MY_VIEWS);
        });

        assertThat(theirs).as("the worker's grant is not the other worker's").isEmpty();
        assertThat(seam.readingOnce(worker, () -> seam.grantedChildren(other, DUTY))).isEmpty();
        assertThat(db.assignmentReads).containsExactly("worker", "other", "other", "other");
    }

    @Test
    void shouldKeepNothingOnceThePageHasReadHoweverItEnded() {
        FakeDatabase db = database();
        AccessSeam seam = new AccessSeam(db, null, null);

        seam.readingOnce(worker, () -> seam.readable(worker, List.of(granted), RecordParts.MY_VIEWS));
        assertThatThrownBy(() -> seam.readingOnce(worker, () -> {
            seam.readable(worker, List.of(granted), RecordParts.MY_VIEWS);
            throw new IllegalArgumentException("the page failed");
        })).hasMessage("the page failed");
        seam.readable(worker, List.of(granted), RecordParts.MY_VIEWS);

        assertThat(db.assignmentReads).as("one read a page, and one outside any").hasSize(3);
        assertThat(db.factReads).hasSize(3);
    }

    @Test
    void shouldRefuseAChangeInsideAPageThatOnlyReads() {
        FakeDatabase db = database();
        AccessSeam seam = new AccessSeam(db, null, null);

        assertThatThrownBy(() -> seam.readingOnce(worker, () -> seam.write(worker, granted, RecordParts.MY_VIEWS,
                "mark it seen", () -> "changed"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seam.readingOnce(worker, () -> seam.create(worker, "record", "new child",
                id -> id))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seam.readingOnce(worker, () -> seam.identityDecision(worker, granted, notGranted,
                "same child", "decided", () -> "linked"))).isInstanceOf(IllegalStateException.class);
        assertThat(db.assignmentReads).as("refused before anything was judged").isEmpty();
    }

    @Test
    void shouldJudgeTheWorkersOwnCaseloadWithoutReadingItsFactsAgain() {
        FakeDatabase db = database();
        db.allocations.add(new Object[] {granted, "worker", "SW", "team-1"});
        db.allocations.add(new Object[] {granted, "other", "SW", "team-1"});
        db.allocations.add(new Object[] {notGranted, "other", "SW", "team-1"});
        AccessSeam seam = new AccessSeam(db, null, null);

        List<UUID> caseload = seam.readingOnce(worker, () -> {
            List<UUID> mine = seam.allocatedTo("worker");
            seam.readable(worker, mine, RecordParts.MY_VIEWS);
            seam.readable(worker, List.of(notGranted), RecordParts.MY_VIEWS);
            return mine;
        });

        assertThat(caseload).containsExactly(granted);
        assertThat(db.factReads).as("the caseload's facts came with it; only the other child's were read")
                .containsExactly(List.of("worker"), List.of(notGranted));
        assertThat(seam.readingOnce(worker, () -> {
            seam.allocatedTo("worker");
            return seam.facts(List.of(granted)).get(granted).allocations();
        })).as("every allocation of the child today, not only the worker's")
                .extracting(ChildFacts.Allocated::username).containsExactlyInAnyOrder("worker", "other");
    }

    @Test
    void shouldFindOnlyTheLiveSpecificChildGrantsGivenForTheReasonAsked() {
        UUID expired = UUID.randomUUID();
        UUID otherReason = UUID.randomUUID();
        UUID standard = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        FakeDatabase db = new FakeDatabase(Map.of("worker", List.of(
                grant("worker", granted, DUTY + " may suggest harm (1)", NOW.plus(Duration.ofDays(1)),
                        Assignment.GrantType.SPECIFIC),
                grant("worker", expired, DUTY + " may suggest harm (2)", NOW.minus(Duration.ofMinutes(1)),
                        Assignment.GrantType.SPECIFIC),
                grant("worker", otherReason, "Cover while the worker is away", NOW.plus(Duration.ofDays(1)),
                        Assignment.GrantType.SPECIFIC),
                grant("worker", standard, DUTY + " may suggest harm (3)", NOW.plus(Duration.ofDays(1)),
                        Assignment.GrantType.STANDARD),
                grant("worker", open, DUTY + " may suggest harm (4)", null, Assignment.GrantType.SPECIFIC),
                grant("someone-else", notGranted, DUTY + " may suggest harm (5)", NOW.plus(Duration.ofDays(1)),
                        Assignment.GrantType.SPECIFIC))));
        AccessSeam seam = new AccessSeam(db, null, null);

        assertThat(seam.grantedChildren(worker, DUTY)).containsExactly(granted);
        assertThat(seam.readingOnce(worker, () -> seam.grantedChildren(worker, DUTY))).containsExactly(granted);
    }
}
