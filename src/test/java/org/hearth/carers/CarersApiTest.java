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
 * Carers over HTTP against real PostgreSQL: the link mirrored as the carer's access (and ended with the placement), a
 * request and its answer, and the attacks — another child, a page of the record, a decision that is the carer's own, a
 * null body, a huge field, a future date, a stale version.
 */
class CarersApiTest extends HearthIntegrationTest {
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
        PlacedWithCarer placed = PlacedWithCarer.make(fixtures, journeys, users, "KINSHIP", start);
        worker = placed.worker();
        carer = placed.carer();
        child = placed.child();
        api = new Api(port);
    }

    HttpResponse<String> post(UUID id, String path, String user, String body) {
        return api.call("POST", "/api/children/" + id + path, user, body);
    }

    @Test
    void shouldMirrorTheLinkAsTheCarersAccessAndEndItWithThePlacement() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM role_assignment WHERE holder_id = ? AND role = 'CARER' AND "
                + "scope_id = ? AND valid_to IS NULL", Integer.class, carer, child.toString())).isEqualTo(1);
        assertThat(api.get("/api/children/" + child + "/delegated-authority", carer).statusCode()).isEqualTo(200);
        Actor sw = users.find(worker).orElseThrow();
        ChildJourney j = journeys.read(sw, child, "placements", "test");
        journeys.execute(sw, child, j.version(), new CeaseCare(LocalDate.now().minusDays(1), "E4A"), "test");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM placement_carers WHERE pcar_person_id = ? AND "
                + "pcar_link_end_date = ?", Integer.class, child, java.sql.Date.valueOf(LocalDate.now().minusDays(1))))
                .isEqualTo(1);
        assertThat(api.get("/api/children/" + child + "/delegated-authority", carer).statusCode()).isEqualTo(403);
        assertThat(post(child, "/carer-logs", carer, "{\"date\":\"" + LocalDate.now().minusDays(2)
                + "\",\"whatHappened\":\"Before the move\"}").statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND outcome = 'DENIED'",
                Integer.class, carer)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldLetTheCarerAskAndTheSocialWorkerAnswerOnce() {
        HttpResponse<String> asked = post(child, "/decision-requests", carer,
                "{\"decision\":\"SLEEPOVER\",\"asked\":\"Saturday at Amy's?\"}");
        assertThat(asked.statusCode()).isEqualTo(201);
        String id = asked.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(post(child, "/decision-requests/" + id + "/answer", carer,
                "{\"answer\":\"AGREED\",\"reason\":\"Me\"}").statusCode()).isEqualTo(403);
        assertThat(post(child, "/decision-requests/" + id + "/answer", worker,
                "{\"answer\":\"AGREED\",\"reason\":\"Known family\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> again = post(child, "/decision-requests/" + id + "/answer", worker,
                "{\"answer\":\"REFUSED\",\"reason\":\"No\"}");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("already been answered");
        assertThat(api.get("/api/children/" + child + "/decision-requests", carer).body())
                .contains("\"answer\":\"AGREED\"", "Known family");
    }

    @Test
    void shouldRefuseTheCarerAnotherChildThePagesOfTheRecordTheirOwnDecisionAndBadInput() {
        UUID other = fixtures.child(LocalDate.of(2013, 1, 1), worker, LocalDate.now().minusYears(1));
        assertThat(api.get("/api/children/" + other + "/delegated-authority", carer).statusCode()).isEqualTo(403);
        assertThat(post(other, "/decision-requests", carer, "{\"decision\":\"SLEEPOVER\",\"asked\":\"?\"}").statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/children/" + child, carer).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/children/" + child + "/case-notes", carer).statusCode()).isEqualTo(403);
        HttpResponse<String> own = post(child, "/decision-requests", carer, "{\"decision\":\"HAIRCUT\",\"asked\":\"?\"}");
        assertThat(own.statusCode()).isEqualTo(422);
        assertThat(own.body()).contains("\"pointer\":\"/decision\"", "yourself");
        assertThat(post(child, "/decision-requests", carer, null).statusCode()).isEqualTo(400);
        HttpResponse<String> huge = post(child, "/carer-logs", carer, "{\"date\":\"" + LocalDate.now()
                + "\",\"whatHappened\":\"" + "x".repeat(10_001) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(422);
        assertThat(huge.body()).contains("\"pointer\":\"/whatHappened\"");
        HttpResponse<String> future = post(child, "/carer-logs", carer, "{\"date\":\"" + LocalDate.now().plusDays(1)
                + "\",\"whatHappened\":\"Tomorrow\"}");
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("\"pointer\":\"/date\"");
        HttpResponse<String> stale = api.call("POST", "/api/children/" + child + "/carer-logs", carer,
                "{\"date\":\"" + LocalDate.now() + "\",\"whatHappened\":\"Fine\"}", "\"0\"");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM carer_logs WHERE clog_person_id = ?", Integer.class, child))
                .isZero();
    }
}
