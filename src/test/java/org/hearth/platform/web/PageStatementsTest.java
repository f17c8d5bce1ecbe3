package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.StatementCounter;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What My work and the child record cost in SQL statements, counted on the request threads (issue 15: where the
 * p95 goes). A page's count must not grow with the caseload or the record's history (an N+1 query), must stay
 * within the budgets below (raise one only with the reason in the commit), and a page that changes nothing in its
 * session must not write it.
 */
class PageStatementsTest extends HearthIntegrationTest {
    /**
     * Statements for My work as counted on 2026-12-07 (session read, access, caseload, clocks, tasks, audit). The
     * session's own write is not among them: it comes at most every 30 s ({@code SessionTouches}). Raised to 28 when
     * the carers', the child's own space, supervision and agencies' task sources joined My work (one or two fixed
     * queries each, whatever the caseload), less the two repeated reads of the signed-in user now read once a request.
     * Lowered to 20 in session 10 (issue 15): the child's own space's three task queries in one and
     * judged only for children with something waiting, the carers' two in one, health's look-ups asked before the
     * seam's judgement (none found: one statement, not three), a worker's returned and pending approvals in one; and
     * to 17 with the session read once a request (the page flushes early, and Spring Session read it again for its
     * second save) and without a transaction ({@code SET LOCAL synchronous_commit} was counted). Lowered to 13
     * (branch mywork-once): the page judges every child on the actor's role assignments read once
     * ({@code AccessSeam.readingOnce}: the supervision figures' check and the out-of-hours grants read them again), the
     * caseload's children come with their allocations ({@code AccessSeam.allocatedTo}), and the worker's open
     * supervision sessions with their own clock (ASYE) in one statement.
     */
    static final int MY_WORK_BUDGET = 13;
    /** Statements for the child record as counted on 2026-12-07 (session, access, journey, sections, audit): 30, down
     * to 27 when counted again in session 8 (lowered to the count, so that a new statement has to say why); in
     * session 10, 22 with the chronology read once with no count query, the documents link from the page's view and
     * the IRO card in one statement, and 19 with the session read once, without a transaction (see
     * {@link #MY_WORK_BUDGET}). Lowered to 14 in session 11 (issue 15): the health flags are read under the view the
     * seam judged for the record ({@code AccessSeam.readFurther}), not judged again (the child's existence, the
     * user's assignments and the child's allocations: three statements), and the page's two audit entries are
     * numbered and inserted together (two statements, not four). Lowered to 12 in session 11 (issue 15): the seam
     * judges the child in one statement (existence, assignments and allocations were three). */
    static final int CHILD_RECORD_BUDGET = 12;
    /** Statements for find a child (a full name searched by a social worker) as counted on 2026-12-07: the session, the
     * user, the exact names then the fuzzy names (fewer than a page matched exactly), the seam's check of every match
     * (assignments, allocations) and the search's audit entry (numbered, inserted). Lowered to 7 the same day: the
     * exact and the fuzzy names in one statement, the fuzzy part gated on the exact part's count; and to 6 with the
     * seam's check of the matches (assignments, allocations) in one statement. */
    static final int FIND_A_CHILD_BUDGET = 6;
    /** Statements for the partner's home as counted on 2026-12-07: the session, the user, the organisation, the sharing
     * decisions, the seam's read of the shared children (assignments, allocations, sharing, persons, audit), the task
     * sources (the user's organisation again, information requests, agency actions, the supervision figures' check of
     * assignments) and the service requests. Lowered to 14 the same day: the information requests' task source takes
     * the organisation from the user read for the request; to 13 when the supervision figures' check stopped reading
     * a partner's assignments (the role alone says no); and to 11 with the seam's read of the shared children's
     * assignments, allocations and sharing decisions in one statement. */
    static final int PARTNER_HOME_BUDGET = 11;

    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private UUID lookedAfter(String worker, int placements) {
        LocalDate start = LocalDate.now().minusMonths(14);
        UUID child = fixtures.child(LocalDate.of(2014, 5, 1), worker, start.minusMonths(1));
        List<org.hearth.journey.JourneyRecord> history = new java.util.ArrayList<>(List.of(
                new CarePeriod(null, child, start, null, null, "N1"), new LegalStatus(null, child, "C2", start, null)));
        for (int i = 0; i < placements; i++) { // one after another from the day care began, the last still open
            LocalDate from = start.plusMonths(2L * i);
            LocalDate to = i == placements - 1 ? null : start.plusMonths(2L * i + 2);
            history.add(new Placement(null, child, from, to, "U1", "PR1", "LS1 4AP", null, to == null ? null : "CARPL",
                    null));
        }
        fixtures.history(child, history.toArray(org.hearth.journey.JourneyRecord[]::new));
        return child;
    }

    /** Statements one GET runs, after the same page once unmeasured (code lists and the session settled). */
    private List<String> statements(WebSession session, String path) {
        assertThat(session.get(path).statusCode()).as(path).isEqualTo(200);
        StatementCounter.start();
        HttpResponse<String> r = session.get(path);
        List<String> run = StatementCounter.stop();
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        System.out.println("PageStatementsTest " + path + ": " + run.size() + " statements");
        return run;
    }

    @Test
    void shouldReadMyWorkInTheSameStatementsWhateverTheCaseload() {
        String team = fixtures.team();
        String few = fixtures.user(Role.SOCIAL_WORKER, team);
        String many = fixtures.user(Role.SOCIAL_WORKER, team);
        lookedAfter(few, 1);
        for (int i = 0; i < 5; i++) {
            lookedAfter(many, 2);
        }
        List<String> one = statements(WebSession.signIn(port, few), "/");
        List<String> five = statements(WebSession.signIn(port, many), "/");
        assertThat(five).as("My work for five children against one: a statement per child is an N+1")
                .hasSameSizeAs(one);
        assertThat(five.size()).as(String.join("\n", five)).isLessThanOrEqualTo(MY_WORK_BUDGET);
    }

    /** Supervision sessions with {@code worker}, each in the past, agreed and with no action left open. */
    private void supervisedAgreed(String worker, String manager, String team, int sessions) {
        for (int i = 1; i <= sessions; i++) {
            java.sql.Timestamp at = java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(30L * i)));
            jdbc.update("INSERT INTO supervision_session (supn_session_id, supn_supervisor, supn_worker, supn_team_id, "
                    + "supn_date, supn_type, supn_agreed_at, supn_recorded_by, supn_recorded_at, supn_changed_by, "
                    + "supn_changed_at) VALUES (?, ?, ?, ?, ?, 'FORMAL', ?, ?, ?, ?, ?)", UUID.randomUUID(), manager,
                    worker, team, LocalDate.now().minusDays(30L * i), at, manager, at, manager, at);
        }
    }

    @Test
    void shouldReadMyWorkInTheSameStatementsWhateverTheWorkersSupervisionHistory() {
        String team = fixtures.team();
        String manager = fixtures.user(Role.TEAM_MANAGER, team);
        String fresh = fixtures.user(Role.SOCIAL_WORKER, team);
        String supervised = fixtures.user(Role.SOCIAL_WORKER, team);
        lookedAfter(fresh, 1);
        lookedAfter(supervised, 1);
        supervisedAgreed(supervised, manager, team, 6);

        List<String> none = statements(WebSession.signIn(port, fresh), "/");
        List<String> six = statements(WebSession.signIn(port, supervised), "/");
        assertThat(six).as("My work after six agreed supervisions against none: reading every past session is an N+1")
                .hasSameSizeAs(none);
    }

    @Test
    void shouldReadTheChildRecordInTheSameStatementsWhateverItsHistory() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID short_ = lookedAfter(worker, 1);
        UUID long_ = lookedAfter(worker, 6);
        WebSession session = WebSession.signIn(port, worker);
        List<String> one = statements(session, "/children/" + short_);
        List<String> six = statements(session, "/children/" + long_);
        assertThat(six).as("the record with six placements against one: a statement per placement is an N+1")
                .hasSameSizeAs(one);
        assertThat(six.size()).as(String.join("\n", six)).isLessThanOrEqualTo(CHILD_RECORD_BUDGET);
        assertThat(six).as("the seam judges the record once: the sections read further parts under that judgement")
                .filteredOn(s -> s.contains("FROM role_assignment")).hasSize(1);
        assertThat(six).as("the page's audit entries are numbered together").filteredOn(s -> s.contains("nextval"))
                .hasSize(1);
    }

    /** {@code count} children named {@code forename surname}, each allocated to {@code worker}. */
    private void named(String forename, String surname, String worker, int count) {
        for (int i = 0; i < count; i++) {
            UUID child = fixtures.child(LocalDate.of(2015, 3, 1 + i), worker, LocalDate.now().minusMonths(2));
            jdbc.update("UPDATE ssd_person SET pers_forename = ?, pers_surname = ? WHERE pers_person_id = ?", forename,
                    surname, child);
        }
    }

    @Test
    void shouldFindAChildInTheSameStatementsWhateverTheNumberOfMatches() {
        String team = fixtures.team();
        String worker = fixtures.user(Role.SOCIAL_WORKER, team);
        String stranger = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String surname = "Quennell" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "q");
        named("Ottoline", surname, worker, 1);
        named("Perpetua", surname, worker, 5);
        named("Perpetua", surname, stranger, 3);
        WebSession session = WebSession.signIn(port, worker);
        List<String> one = statements(session, "/children?q=Ottoline+" + surname);
        List<String> eight = statements(session, "/children?q=Perpetua+" + surname);
        assertThat(session.get("/children?q=Perpetua+" + surname).body()).as("five shown, three withheld")
                .contains("5 children you can see").contains("3 other records match");
        assertThat(eight).as("eight matches (five shown, three hidden) against one: a statement per match is an N+1")
                .hasSameSizeAs(one);
        assertThat(eight.size()).as(String.join("\n", eight)).isLessThanOrEqualTo(FIND_A_CHILD_BUDGET);
        // the statements that search the names (the seam's judgement of the matches names ssd_person too)
        assertThat(one).as("fewer than a page match the name exactly: the fuzzy names are read in the same statement")
                .filteredOn(s -> s.contains("FROM ssd_person WHERE pers_kind = 'CHILD'")).hasSize(1);
        System.out.println("PageStatementsTest find a child:\n  " + String.join("\n  ", eight));
    }

    /** Shares {@code child} with {@code organisation} for education, on consent, as {@code worker}. */
    private void share(UUID child, String organisation, String worker) {
        HttpResponse<String> shared = new org.hearth.support.Api(port).call("POST", "/api/children/" + child
                + "/sharing", worker, "{\"organisationId\":\"" + organisation + "\",\"purpose\":\"EDUCATION\","
                + "\"lawfulBasis\":\"CONSENT\",\"consentSought\":true,\"consentGiven\":true,\"endsOn\":\""
                + LocalDate.now().plusMonths(6) + "\",\"parts\":[\"cin-plans\",\"allocations\"]}");
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(201);
    }

    @Test
    void shouldReadThePartnersHomeInTheSameStatementsWhateverTheChildrenShared() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String few = fixtures.partnerUser("Few Primary", "SCHOOL", "Pat Few");
        String many = fixtures.partnerUser("Many Primary", "SCHOOL", "Pat Many");
        String fewOrg = jdbc.queryForObject("SELECT organisation_id FROM hearth_user WHERE username = ?", String.class, few);
        String manyOrg = jdbc.queryForObject("SELECT organisation_id FROM hearth_user WHERE username = ?", String.class, many);
        share(lookedAfter(worker, 1), fewOrg, worker);
        for (int i = 0; i < 5; i++) {
            share(lookedAfter(worker, 1), manyOrg, worker);
        }
        List<String> one = statements(WebSession.signIn(port, few), "/partner");
        List<String> five = statements(WebSession.signIn(port, many), "/partner");
        assertThat(five).as("the partner's home with five children shared against one: a statement per child is an N+1")
                .hasSameSizeAs(one);
        assertThat(five.size()).as(String.join("\n", five)).isLessThanOrEqualTo(PARTNER_HOME_BUDGET);
        assertThat(five).as("the signed-in user is read once a request").filteredOn(s -> s.contains("FROM hearth_user"))
                .hasSize(1);
        System.out.println("PageStatementsTest partner home:\n  " + String.join("\n  ", five));
    }

    @Test
    void shouldNotWriteTheSessionOnPagesThatOnlyReadIt() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID child = lookedAfter(worker, 1);
        WebSession session = WebSession.signIn(port, worker);
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        Long stored = jdbc.queryForObject("SELECT max(last_access_time) FROM spring_session WHERE principal_name = ?",
                Long.class, worker);
        StatementCounter.start();
        for (String path : List.of("/", "/children/" + child, "/children?q=Test+Child")) {
            assertThat(session.get(path).statusCode()).as(path).isEqualTo(200);
        }
        List<String> run = StatementCounter.stop();
        assertThat(run).noneMatch(s -> s.toUpperCase(java.util.Locale.ROOT).startsWith("UPDATE SPRING_SESSION"));
        assertThat(jdbc.queryForObject("SELECT max(last_access_time) FROM spring_session WHERE principal_name = ?",
                Long.class, worker)).isEqualTo(stored);
        assertThat(session.get("/").body()).as("still signed in").contains("hearth-header__user");
    }
}
