package org.hearth.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15 (High): allocation handed out access. Through the API, only a team manager allocates, within their team, a
 * Hearth user of a known role; the record and the audit say who allocated whom.
 */
class ReallocationApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    String team;
    String worker;
    String manager;
    String stranger;
    UUID child;
    Api api;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        manager = fixtures.user(Role.TEAM_MANAGER, team);
        stranger = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child = fixtures.child(LocalDate.of(2015, 6, 1), worker, LocalDate.now().minusMonths(3));
        api = new Api(port);
    }

    String version() {
        return api.get("/api/children/" + child, manager).headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void shouldRefuseAWorkerMakingAStrangerAFriendOrAnythingElseOfTheChild() {
        for (String role : new String[] {"FRIEND", "EHW", "sw", "SW"}) {
            HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/allocations", worker,
                    "{\"professionalId\":\"" + stranger + "\",\"professionalRoleId\":\"" + role + "\",\"role\":\""
                            + role + "\",\"worker\":\"" + stranger + "\",\"date\":\"" + LocalDate.now() + "\"}");
            assertThat(r.statusCode()).as(role + ": " + r.body()).isEqualTo(422);
        }
        HttpResponse<String> sw = api.call("POST", "/api/children/" + child + "/allocations/social-worker", worker,
                "{\"worker\":\"" + stranger + "\",\"date\":\"" + LocalDate.now() + "\",\"reason\":\"LEFTRL\"}", version());
        assertThat(sw.statusCode()).as(sw.body()).isEqualTo(422);
        assertThat(sw.body()).contains("Only the allocated worker's team manager can change a child's social worker");

        String own = jdbc.queryForObject("SELECT invo_involvements_id::text FROM ssd_involvements WHERE invo_person_id = ?",
                String.class, child);
        HttpResponse<String> handOver = api.call("PUT", "/api/children/" + child + "/allocations/" + own, worker,
                "{\"professionalId\":\"" + stranger + "\",\"professionalRoleId\":\"Sw\",\"involvementStartDate\":\""
                        + LocalDate.now().minusMonths(3) + "\"}", version());
        assertThat(handOver.statusCode()).as(handOver.body()).isEqualTo(405);

        assertThat(api.get("/api/children/" + child, stranger).statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_involvements WHERE invo_person_id = ?", Long.class,
                child)).isEqualTo(1);
    }

    @Test
    void shouldLetTheTeamManagerChangeTheSocialWorkerWithinTheTeamAndSayWhoAllocated() {
        String next = fixtures.user(Role.SOCIAL_WORKER, team);
        HttpResponse<String> outside = api.call("POST", "/api/children/" + child + "/allocations/social-worker",
                manager, "{\"worker\":\"" + stranger + "\",\"date\":\"" + LocalDate.now() + "\",\"reason\":\"LEFTRL\"}",
                version());
        assertThat(outside.statusCode()).as(outside.body()).isEqualTo(422);
        assertThat(outside.body()).contains("Select the new social worker from your team").contains("/worker");

        HttpResponse<String> unknown = api.call("POST", "/api/children/" + child + "/allocations/social-worker",
                manager, "{\"worker\":\"chris.kelly.nobody\",\"date\":\"" + LocalDate.now() + "\"}", version());
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.body()).contains("There is no Hearth user");

        HttpResponse<String> changed = api.call("POST", "/api/children/" + child + "/allocations/social-worker",
                manager, "{\"worker\":\"" + next + "\",\"date\":\"" + LocalDate.now() + "\",\"reason\":\"LEFTRL\"}",
                version());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT invo_allocated_by FROM ssd_involvements WHERE invo_person_id = ? "
                + "AND invo_professional_id = ?", String.class, child, next)).isEqualTo(manager);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? "
                + "AND action = 'WRITE' AND outcome = 'ALLOWED' AND part = 'allocations'", Long.class, manager, child))
                .isEqualTo(1);
        assertThat(api.get("/api/children/" + child, next).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldLetTheManagerAllocateAnIroWhoCanThenReadTheRecord() {
        String iro = fixtures.user(Role.IRO, fixtures.team());
        assertThat(api.get("/api/children/" + child, iro).statusCode()).isEqualTo(403);
        HttpResponse<String> byWorker = api.call("POST", "/api/children/" + child + "/allocations/iro", worker,
                "{\"worker\":\"" + iro + "\",\"date\":\"" + LocalDate.now() + "\"}");
        assertThat(byWorker.statusCode()).as(byWorker.body()).isEqualTo(422);
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/allocations/iro", manager,
                "{\"worker\":\"" + iro + "\",\"date\":\"" + LocalDate.now() + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(api.get("/api/children/" + child, iro).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswerANullBodyAndABadDateWith400() {
        assertThat(api.call("POST", "/api/children/" + child + "/allocations/iro", manager, "null").statusCode())
                .isEqualTo(400);
        assertThat(api.call("POST", "/api/children/" + child + "/allocations/iro", manager,
                "{\"worker\":\"x\",\"date\":\"2026-02-30\"}").statusCode()).isEqualTo(400);
    }
}
