package org.hearth.carers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.care.CeaseCare;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The carer's own API (/api/carer) against real PostgreSQL: the children placed with them now and what they need to
 * know, a request and a log through the same commands as the pages, and the refusals — another child, someone who is
 * not a carer, a future date, a null body — and the carer's access ending with the placement.
 */
class CarerApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JourneyService journeys;
    @Autowired
    UserDirectory users;

    final LocalDate start = LocalDate.now().minusDays(30);
    String worker;
    String carer;
    UUID child;
    Api api;

    @BeforeEach
    void setUp() {
        PlacedWithCarer placed = PlacedWithCarer.make(fixtures, journeys, users, "FOSTER", start);
        worker = placed.worker();
        carer = placed.carer();
        child = placed.child();
        api = new Api(port);
    }

    HttpResponse<String> post(String path, String body) {
        return api.call("POST", "/api/carer" + path, carer, body);
    }

    int logs() {
        return jdbc.queryForObject("SELECT count(*) FROM carer_logs WHERE clog_person_id = ?", Integer.class, child);
    }

    @Test
    void shouldListTheCarersChildrenAndLetThemAskAndLogThroughTheCommands() {
        HttpResponse<String> mine = api.get("/api/carer/children", carer);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains(child.toString(), "\"dateOfBirth\":\"2014-06-01\"");
        HttpResponse<String> one = api.get("/api/carer/children/" + child, carer);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.headers().firstValue("ETag")).isPresent();
        assertThat(one.body()).contains("\"decision\":\"HAIRCUT\"", "\"mine\":true");
        HttpResponse<String> asked = post("/children/" + child + "/decision-requests",
                "{\"decision\":\"SLEEPOVER\",\"asked\":\"A sleepover at a friend's on Saturday\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        assertThat(api.get("/api/carer/children/" + child + "/decision-requests", carer).body())
                .contains("A sleepover at a friend's on Saturday").doesNotContain("\"answer\"");
        HttpResponse<String> logged = post("/children/" + child + "/logs", "{\"date\":\"" + LocalDate.now()
                + "\",\"mood\":\"HAPPY\",\"whatHappened\":\"Went swimming\"}");
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        assertThat(api.get("/api/carer/children/" + child + "/logs", carer).body()).contains("Went swimming",
                "\"moodLabel\":\"Happy\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? AND part = "
                + "'carer-logs' AND outcome = 'ALLOWED'", Integer.class, carer, child)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldRefuseAnotherChildSomeoneWhoIsNotACarerAFutureDateAndANullBody() {
        UUID other = fixtures.child(LocalDate.of(2013, 1, 1), worker, LocalDate.now().minusYears(1));
        assertThat(api.get("/api/carer/children/" + other, carer).statusCode()).isEqualTo(403);
        assertThat(post("/children/" + other + "/logs", "{\"date\":\"" + LocalDate.now()
                + "\",\"whatHappened\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? AND outcome "
                + "= 'DENIED'", Integer.class, carer, other)).isGreaterThanOrEqualTo(2);
        HttpResponse<String> notCarer = api.get("/api/carer/children", worker);
        assertThat(notCarer.statusCode()).isEqualTo(403);
        assertThat(notCarer.body()).contains("This is the space for carers");
        HttpResponse<String> future = post("/children/" + child + "/logs", "{\"date\":\"" + LocalDate.now().plusDays(1)
                + "\",\"whatHappened\":\"Tomorrow\"}");
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("\"pointer\":\"/date\"", "today or in the past");
        assertThat(post("/children/" + child + "/logs", null).statusCode()).isEqualTo(400);
        HttpResponse<String> huge = post("/children/" + child + "/logs", "{\"date\":\"" + LocalDate.now()
                + "\",\"whatHappened\":\"" + "x".repeat(20 * 1024 * 1024) + "\"}");
        assertThat(huge.statusCode()).isBetween(400, 499);
        assertThat(logs()).isZero();
    }

    @Test
    void shouldRefuseTheCarerOnceThePlacementHasEnded() {
        assertThat(api.get("/api/carer/children/" + child, carer).statusCode()).isEqualTo(200);
        Actor sw = users.find(worker).orElseThrow();
        ChildJourney j = journeys.read(sw, child, "placements", "test");
        journeys.execute(sw, child, j.version(), new CeaseCare(LocalDate.now().minusDays(1), "E4A"), "test");
        assertThat(api.get("/api/carer/children", carer).body()).doesNotContain(child.toString());
        HttpResponse<String> after = api.get("/api/carer/children/" + child, carer);
        assertThat(after.statusCode()).isEqualTo(403);
        assertThat(after.body()).doesNotContain("2014-06-01");
        assertThat(post("/children/" + child + "/logs", "{\"date\":\"" + LocalDate.now().minusDays(2)
                + "\",\"whatHappened\":\"Before they left\"}").statusCode()).isEqualTo(403);
        assertThat(post("/children/" + child + "/decision-requests", "{\"decision\":\"SLEEPOVER\",\"asked\":\"?\"}")
                .statusCode()).isEqualTo(403);
        assertThat(logs()).isZero();
    }
}
