package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.access.Role;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Pages in a row do not each write the session's row; the session still works and still belongs to its user. */
class SessionWritesTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String user) throws Exception {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/sign-in").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestFixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> r = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private long lastAccess(String user) {
        return jdbc.queryForObject("SELECT last_access_time FROM spring_session WHERE principal_name = ?", Long.class,
                user);
    }

    @Test
    void shouldNotWriteTheSessionOnEveryPage() throws Exception {
        String user = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        signIn(user);
        assertThat(get("/").statusCode()).isEqualTo(200);
        long touched = lastAccess(user);
        Thread.sleep(20); // a later page at a later millisecond: written, its time would differ

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> page = get("/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("My work");
        }

        assertThat(lastAccess(user)).isEqualTo(touched);
    }

    @Test
    void shouldStillWriteTheSessionOnceItsStoredTouchIsThirtySecondsOld() throws Exception {
        String user = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        signIn(user);
        long old = System.currentTimeMillis() - 31_000;
        jdbc.update("UPDATE spring_session SET last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000 "
                + "WHERE principal_name = ?", old, old, user);

        assertThat(get("/").statusCode()).isEqualTo(200);

        assertThat(lastAccess(user)).isGreaterThan(old + 30_000);
    }
}
