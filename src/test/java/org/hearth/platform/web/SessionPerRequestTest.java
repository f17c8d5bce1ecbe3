package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hearth.access.Role;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.StatementCounter;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every request pays for its session (issue 15, session 10): one statement to read it, no transaction around
 * the read, no second read when a large page flushes early, and the signed-in user's security context not
 * deserialised again while its stored bytes are unchanged; with sessions still ending on sign-out and on timeout,
 * and CSRF still refused.
 */
class SessionPerRequestTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SessionValues sessionValues;

    private static List<String> sessionStatements(List<String> run) {
        return run.stream().filter(s -> {
            String u = s.toUpperCase(Locale.ROOT);
            // The counter keeps a statement's first line: Spring Session's read begins with its columns.
            return u.contains("SPRING_SESSION") || u.contains("SYNCHRONOUS_COMMIT") || u.startsWith("SELECT S.PRIMARY_ID");
        }).toList();
    }

    @Test
    void shouldReadTheSessionOnceAPageInOneStatementWithoutATransaction() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        fixtures.child(java.time.LocalDate.of(2015, 3, 1), worker, java.time.LocalDate.now().minusMonths(2));
        WebSession session = WebSession.signIn(port, worker);
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        for (String path : List.of("/", "/children?q=Test", "/keep-alive")) {
            StatementCounter.start();
            int status = session.get(path).statusCode();
            List<String> run = sessionStatements(StatementCounter.stop());
            assertThat(status).as(path).isIn(200, 204);
            assertThat(run).as(path + ": the session's statements").hasSize(1);
            assertThat(run.get(0)).startsWithIgnoringCase("SELECT S.PRIMARY_ID");
        }
    }

    @Test
    void shouldKeepEachSignedInUserTheirOwnThoughTheirContextsAreNotDeserialisedAgain() {
        String team = fixtures.team();
        String worker = fixtures.user(Role.SOCIAL_WORKER, team);
        String manager = fixtures.user(Role.TEAM_MANAGER, team);
        WebSession w = WebSession.signIn(port, worker);
        WebSession m = WebSession.signIn(port, manager);
        for (int i = 0; i < 3; i++) {
            assertThat(w.get("/").body()).contains("Signed in as " + worker).doesNotContain("Signed in as " + manager);
            assertThat(m.get("/").body()).contains("Signed in as " + manager).doesNotContain("Signed in as " + worker);
        }
        assertThat(sessionValues.held()).as("contexts and tokens kept by their bytes").isPositive();
    }

    @Test
    void shouldEndASessionIdlePastItsTimeout() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        WebSession session = WebSession.signIn(port, worker);
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        assertThat(session.get("/").statusCode()).isEqualTo(200); // its context now kept by its bytes
        long longAgo = System.currentTimeMillis() - java.time.Duration.ofMinutes(31).toMillis();
        jdbc.update("UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE principal_name = ?",
                longAgo, longAgo + java.time.Duration.ofMinutes(30).toMillis(), worker);
        HttpResponse<String> after = session.get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).isEqualTo("/sign-in?expired");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class,
                worker)).isZero();
    }

    @Test
    void shouldSignOutForGood() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        WebSession session = WebSession.signIn(port, worker);
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        HttpResponse<String> out = session.submit("/", "/sign-out", Map.of());
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElse("")).isEqualTo("/sign-in?signed-out");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class,
                worker)).isZero();
        HttpResponse<String> again = session.get("/");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElse("")).startsWith("/sign-in");
    }

    @Test
    void shouldStillRefuseAFormWithoutItsCsrfToken() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        WebSession session = WebSession.signIn(port, worker);
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        assertThat(session.post("/sign-out", Map.of()).statusCode()).isEqualTo(403);
        assertThat(session.post("/sign-out", Map.of("_csrf", "not-the-token")).statusCode()).isEqualTo(403);
        assertThat(session.get("/").statusCode()).as("still signed in").isEqualTo(200);
    }
}
