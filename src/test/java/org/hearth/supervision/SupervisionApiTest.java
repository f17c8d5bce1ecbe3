package org.hearth.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.access.Role;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supervision over the API against a real database: recorded with a decision that lands on the child's record as a
 * supervision-decision case note, read back (the wellbeing only by the two of them), agreed by the worker with
 * If-Match, and refused for a stale version, a missing version, another team's worker, a child the manager does not
 * work with (nothing half-saved), a worker, a null body and bad input.
 */
class SupervisionApiTest extends HearthIntegrationTest {
    @Autowired TestFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    String team;
    String manager;
    String otherManager;
    String worker;
    String colleague;
    UUID child;
    UUID otherChild;
    Api api;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        manager = fixtures.user(Role.TEAM_MANAGER, team);
        otherManager = fixtures.user(Role.TEAM_MANAGER, team);
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        colleague = fixtures.user(Role.SOCIAL_WORKER, team);
        child = fixtures.child(LocalDate.of(2015, 6, 1), worker, LocalDate.now().minusMonths(6));
        otherChild = fixtures.child(LocalDate.of(2014, 2, 1), fixtures.user(Role.SOCIAL_WORKER, fixtures.team()),
                LocalDate.now().minusMonths(6));
        api = new Api(port);
    }

    private String body(UUID decisionChild) {
        return "{\"worker\":\"" + worker + "\",\"date\":\"" + LocalDate.now() + "\",\"type\":\"FORMAL\","
                + "\"wellbeing\":\"Finding court work hard\",\"caseload\":\"Fourteen children\","
                + "\"nextDate\":\"" + LocalDate.now().plusMonths(1) + "\","
                + "\"decisions\":[{\"child\":\"" + decisionChild + "\",\"decision\":\"Hold a strategy discussion this week\"}],"
                + "\"actions\":[{\"action\":\"Book the PLO meeting\",\"owner\":\"" + worker + "\",\"due\":\""
                + LocalDate.now().plusDays(7) + "\"}]}";
    }

    private static UUID id(HttpResponse<String> r) {
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return UUID.fromString(m.group(1));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void shouldRecordASupervisionWhoseDecisionLandsOnTheChildsRecordAndLetTheWorkerAgreeIt() {
        HttpResponse<String> created = api.call("POST", "/api/supervisions", manager, body(child));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        UUID id = id(created);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/supervisions/" + id);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");

        String notes = api.get("/api/children/" + child + "/case-notes", worker).body();
        assertThat(notes).contains("\"kind\":\"SUPERVISION_DECISION\"", "Hold a strategy discussion this week",
                "\"seen\":\"Test " + worker);

        assertThat(api.get("/api/supervisions/" + id, worker).body()).contains("Finding court work hard");
        HttpResponse<String> byOther = api.get("/api/supervisions/" + id, otherManager);
        assertThat(byOther.statusCode()).isEqualTo(200);
        assertThat(byOther.body()).doesNotContain("Finding court work hard").doesNotContain("\"wellbeing\"")
                .contains("Fourteen children");
        assertThat(api.get("/api/supervisions/" + id, colleague).statusCode()).isEqualTo(403);

        assertThat(api.call("POST", "/api/supervisions/" + id + "/agreement", worker,
                "{\"comments\":\"Accurate\",\"agree\":true}").statusCode()).as("no If-Match").isEqualTo(428);
        HttpResponse<String> byManager = api.call("POST", "/api/supervisions/" + id + "/agreement", manager,
                "{\"agree\":true}", "\"1\"");
        assertThat(byManager.statusCode()).isEqualTo(403);
        HttpResponse<String> agreed = api.call("POST", "/api/supervisions/" + id + "/agreement", worker,
                "{\"comments\":\"Accurate, and thank you\",\"agree\":true}", "\"1\"");
        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);
        assertThat(agreed.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(agreed.body()).contains("Accurate, and thank you", "\"agreedAt\":\"");

        // The manager's page was opened at version 1: their change is refused, naming who changed it.
        HttpResponse<String> stale = api.call("POST", "/api/supervisions/" + id + "/actions", manager,
                "{\"action\":\"Observe a visit\",\"owner\":\"" + manager + "\",\"due\":\"" + LocalDate.now().plusDays(5)
                        + "\"}", "\"1\"");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).as("names the display name, not the username").contains("Test " + worker + " changed it");
        HttpResponse<String> added = api.call("POST", "/api/supervisions/" + id + "/actions", manager,
                "{\"action\":\"Observe a visit\",\"owner\":\"" + manager + "\",\"due\":\"" + LocalDate.now().plusDays(5)
                        + "\"}", "\"2\"");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        UUID action = UUID.fromString(jdbc.queryForObject("SELECT supa_action_id::text FROM supervision_action WHERE "
                + "supa_session_id = ? AND supa_text = 'Observe a visit'", String.class, id));
        HttpResponse<String> done = api.call("POST", "/api/supervisions/" + id + "/actions/" + action + "/done", manager,
                null, "\"3\"");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("\"done\":\"" + LocalDate.now() + "\"");
    }

    @Test
    void shouldSaveNothingWhenADecisionIsAboutAChildTheManagerDoesNotWorkWith() {
        int notes = count("SELECT count(*) FROM case_notes");
        HttpResponse<String> r = api.call("POST", "/api/supervisions", manager, body(otherChild));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Choose a child whose record you work on for decision 1", "/decision1Child");
        assertThat(count("SELECT count(*) FROM supervision_session WHERE supn_worker = ?", worker)).isZero();
        assertThat(count("SELECT count(*) FROM case_notes")).isEqualTo(notes);
        HttpResponse<String> unknown = api.call("POST", "/api/supervisions", manager, body(UUID.randomUUID()));
        assertThat(unknown.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRefuseSupervisionRecordedByAWorkerOrForAnotherTeamsWorker() {
        assertThat(api.call("POST", "/api/supervisions", worker, body(child).replace(worker + "\",\"date",
                colleague + "\",\"date")).statusCode()).isEqualTo(403);
        String elsewhere = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        assertThat(api.call("POST", "/api/supervisions", manager, body(child).replace("\"worker\":\"" + worker,
                "\"worker\":\"" + elsewhere)).statusCode()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM supervision_session WHERE supn_supervisor IN (?, ?)", manager, worker))
                .isZero();
    }

    @Test
    void shouldAnswerBadInputInWords() {
        assertThat(api.call("POST", "/api/supervisions", manager, null).statusCode()).isEqualTo(400);
        HttpResponse<String> future = api.call("POST", "/api/supervisions", manager, "{\"worker\":\"" + worker
                + "\",\"date\":\"" + LocalDate.now().plusDays(3) + "\",\"type\":\"NAP\",\"caseload\":\""
                + "x".repeat(20_001) + "\"}");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("the date must be today or before", "Select the kind of supervision from the list",
                "20,000 characters or fewer").doesNotContain("Exception");
        assertThat(api.get("/api/supervisions/" + UUID.randomUUID(), manager).statusCode()).isEqualTo(404);
    }
}
