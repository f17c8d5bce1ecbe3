package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.hearth.access.Role;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15: a double submit recorded two visits. Through the API an Idempotency-Key answers a repeat with the first
 * answer; through the web app a form's one-time token records a resubmit once and shows the saved record.
 */
class IdempotencyTest extends HearthIntegrationTest {
    private final HttpClient http = HttpClient.newHttpClient();
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    String worker;
    UUID child;

    @BeforeEach
    void setUp() {
        String team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        child = fixtures.child(LocalDate.of(2015, 6, 1), worker, LocalDate.now().minusMonths(3));
    }

    @Test
    void shouldReplayTheFirstAnswerToTheSameKeyAndBodyAndRecordTheVisitOnce() {
        String key = UUID.randomUUID().toString();
        String body = visit("Seen at school");
        HttpResponse<String> first = post(worker, "/api/children/" + child + "/visits", body, key);
        HttpResponse<String> second = post(worker, "/api/children/" + child + "/visits", body, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag")).isPresent();
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"))
                .isPresent();
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(visits()).isEqualTo(1);

        // Without a key each request is its own: the client asked for two.
        post(worker, "/api/children/" + child + "/visits", body, null);
        assertThat(visits()).isEqualTo(2);
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBodyInWords() {
        String key = UUID.randomUUID().toString();
        assertThat(post(worker, "/api/children/" + child + "/visits", visit("First"), key).statusCode()).isEqualTo(201);
        HttpResponse<String> other = post(worker, "/api/children/" + child + "/visits", visit("Second"), key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("already used for a different request");
        assertThat(visits()).isEqualTo(1);
    }

    @Test
    void shouldKeepKeysPerUserSoTwoUsersMayChooseTheSameKey() {
        String colleague = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        fixtures.allocate(child, colleague, "SW", LocalDate.now().minusMonths(1));
        String key = "visit-1";
        assertThat(post(worker, "/api/children/" + child + "/visits", visit("Seen"), key).statusCode()).isEqualTo(201);
        HttpResponse<String> theirs = post(colleague, "/api/children/" + child + "/visits", visit("Seen"), key);

        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(visits()).isEqualTo(2);
    }

    @Test
    void shouldNotKeepARefusalSoTheCorrectedRequestMaySendTheSameKey() {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> refused = post(worker, "/api/children/" + child + "/visits",
                "{\"date\":\"2030-01-01\",\"context\":\"CIN\",\"seen\":true}", key);
        assertThat(refused.statusCode()).isEqualTo(422);

        HttpResponse<String> corrected = post(worker, "/api/children/" + child + "/visits", visit("Seen"), key);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        assertThat(visits()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAKeyThatIsNotPlainText() {
        HttpResponse<String> r = post(worker, "/api/children/" + child + "/visits", visit("Seen"), "two words");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Idempotency-Key");
        assertThat(visits()).isZero();
    }

    @Test
    void shouldRecordOnceWhenTwoThreadsSendTheSameKeyAtOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String key = UUID.randomUUID().toString();
            String body = visit("Round " + round);
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> both = List.of(1, 2).stream()
                    .map(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        return post(worker, "/api/children/" + child + "/visits", body, key);
                    })).toList();
            start.countDown();
            HttpResponse<String> a = both.get(0).get();
            HttpResponse<String> b = both.get(1).get();

            assertThat(List.of(a.statusCode(), b.statusCode())).as(a.body() + " / " + b.body()).containsOnly(201);
            assertThat(a.body()).isEqualTo(b.body());
            assertThat(visits()).isEqualTo(round + 1);
        }
    }

    @Test
    void shouldCreateAChildOnceForARepeatedKey() {
        String key = UUID.randomUUID().toString();
        String surname = "Idem" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000);
        String body = "{\"forename\":\"Robin\",\"surname\":\"" + surname + "\",\"dateOfBirth\":\"2016-02-03\","
                + "\"sex\":\"F\"}";
        HttpResponse<String> first = post(worker, "/api/children", body, key);
        HttpResponse<String> second = post(worker, "/api/children", body, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_person WHERE pers_surname = ?", Long.class, surname))
                .isEqualTo(1);
    }

    @Test
    void shouldRecordAFormSentTwiceOnceAndShowTheSavedRecord() {
        WebSession web = WebSession.signIn(port, worker);
        String page = web.get("/children/" + child + "/visits/new").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", WebSession.hidden(page, "_csrf"));
        form.put("formToken", WebSession.hidden(page, "formToken"));
        LocalDate day = LocalDate.now().minusDays(2);
        form.put("visitDate-day", Integer.toString(day.getDayOfMonth()));
        form.put("visitDate-month", Integer.toString(day.getMonthValue()));
        form.put("visitDate-year", Integer.toString(day.getYear()));
        form.put("context", "CIN");
        form.put("seen", "yes");
        form.put("seenAlone", "yes");
        assertThat(form.get("formToken")).isNotBlank();

        HttpResponse<String> first = web.post("/children/" + child + "/visits/new", form);
        HttpResponse<String> again = web.post("/children/" + child + "/visits/new", form);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(first.headers().firstValue("Location").orElseThrow()).contains("/children/" + child + "?saved=visit");
        assertThat(visits()).isEqualTo(1);

        // A fresh page gives a fresh token: the next visit is a new one.
        String next = web.get("/children/" + child + "/visits/new").body();
        assertThat(WebSession.hidden(next, "formToken")).isNotEqualTo(form.get("formToken"));
        form.put("_csrf", WebSession.hidden(next, "_csrf"));
        form.put("formToken", WebSession.hidden(next, "formToken"));
        assertThat(web.post("/children/" + child + "/visits/new", form).statusCode()).isEqualTo(302);
        assertThat(visits()).isEqualTo(2);
    }

    @Test
    void shouldLetAFormRefusedForItsAnswersBeCorrectedAndSentWithTheSameToken() {
        WebSession web = WebSession.signIn(port, worker);
        String page = web.get("/children/" + child + "/visits/new").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", WebSession.hidden(page, "_csrf"));
        form.put("formToken", WebSession.hidden(page, "formToken"));
        form.put("context", "CIN");
        form.put("seen", "yes");
        HttpResponse<String> refused = web.post("/children/" + child + "/visits/new", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Enter the date of the visit");

        LocalDate day = LocalDate.now().minusDays(1);
        form.put("visitDate-day", Integer.toString(day.getDayOfMonth()));
        form.put("visitDate-month", Integer.toString(day.getMonthValue()));
        form.put("visitDate-year", Integer.toString(day.getYear()));
        assertThat(web.post("/children/" + child + "/visits/new", form).statusCode()).isEqualTo(302);
        assertThat(visits()).isEqualTo(1);
    }

    @Test
    void shouldRecordOnceWhenAFormIsDoubleClicked() throws Exception {
        WebSession web = WebSession.signIn(port, worker);
        String page = web.get("/children/" + child + "/visits/new").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", WebSession.hidden(page, "_csrf"));
        form.put("formToken", WebSession.hidden(page, "formToken"));
        LocalDate day = LocalDate.now().minusDays(3);
        form.put("visitDate-day", Integer.toString(day.getDayOfMonth()));
        form.put("visitDate-month", Integer.toString(day.getMonthValue()));
        form.put("visitDate-year", Integer.toString(day.getYear()));
        form.put("context", "CIN");
        form.put("seen", "yes");
        form.put("seenAlone", "no");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> clicks = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return web.post("/children/" + child + "/visits/new", form);
                })).toList();
        start.countDown();
        for (CompletableFuture<HttpResponse<String>> click : clicks) {
            HttpResponse<String> r = click.get();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElseThrow()).contains("?saved=visit");
        }
        assertThat(visits()).isEqualTo(1);
    }

    private long visits() {
        return jdbc.queryForObject("SELECT count(*) FROM visits WHERE visi_person_id = ?", Long.class, child);
    }

    private static String visit(String note) {
        return "{\"date\":\"" + LocalDate.now().minusDays(1) + "\",\"context\":\"CIN\",\"seen\":true,"
                + "\"seenAlone\":false,\"note\":\"" + note + "\"}";
    }

    private HttpResponse<String> post(String user, String path, String body, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
