package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Password guessing against the running application: the API's HTTP Basic and the sign-in form. */
class SignInLockoutTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> caseload(String user, String password) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/caseload"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> outcomes(String user) {
        return jdbc.queryForList("SELECT outcome FROM audit_entry WHERE action = 'SIGN_IN' AND actor = ? ORDER BY seq",
                String.class, user);
    }

    @Test
    void shouldRefuseTheRightPasswordAfter500WrongOnesWhileLocked() {
        String user = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        for (int i = 0; i < 500; i++) {
            assertThat(caseload(user, "guess-" + i).statusCode()).isIn(401, 429);
        }

        HttpResponse<String> right = caseload(user, TestFixtures.PASSWORD);

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(right.body()).contains("Too many failed sign-ins").contains("Try again in");
        List<String> outcomes = outcomes(user);
        assertThat(outcomes).hasSize(501);
        assertThat(outcomes.subList(0, 5)).containsOnly("DENIED");
        // Only the failures between locks had their password checked (more than 5 only if a lock ran out mid-test).
        assertThat(outcomes.stream().filter("DENIED"::equals).count()).isBetween(5L, 8L);
        assertThat(outcomes.get(500)).isEqualTo("LOCKED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'SIGN_IN' AND actor = ? "
                + "AND (detail LIKE '%guess-%' OR detail LIKE ?)", Integer.class, user, "%" + TestFixtures.PASSWORD + "%"))
                .isZero();
    }

    @Test
    void shouldTakeAboutAsLongForAnUnknownUsernameAsForAKnownOne() {
        String known = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        caseload(known, TestFixtures.PASSWORD); // warm up the path
        List<Long> knownNanos = new ArrayList<>();
        List<Long> unknownNanos = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // under the lock: 4 failures are free
            knownNanos.add(time(known, "wrong-" + i));
            unknownNanos.add(time("nobody-" + known + "-" + i, "wrong"));
        }
        double ratio = (double) median(knownNanos) / median(unknownNanos);
        assertThat(ratio).as("known %s ns vs unknown %s ns", knownNanos, unknownNanos).isBetween(1 / 3.0, 3.0);
    }

    private long time(String user, String password) {
        long t0 = System.nanoTime();
        assertThat(caseload(user, password).statusCode()).isEqualTo(401);
        return System.nanoTime() - t0;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void shouldTellSomeoneSigningInWithTheFormToWaitAndAuditASuccess() throws Exception {
        String user = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String location = null;
        for (int i = 0; i < 6; i++) {
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=wrong&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            location = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
                    .headers().firstValue("Location").orElseThrow();
            if (i < 4) {
                assertThat(location).isEqualTo("/sign-in?error");
            }
        }
        assertThat(location).startsWith("/sign-in?error=locked&minutes=");
        String shown = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + location)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(shown).contains("too many wrong passwords").contains("try again in");

        String other = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        WebSession.signIn(port, other);
        assertThat(outcomes(other)).containsExactly("ALLOWED");
    }
}
