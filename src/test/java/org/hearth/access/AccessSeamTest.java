package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AccessSeamTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String team;
    String worker;
    String manager;
    String stranger;
    UUID child;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        manager = fixtures.user(Role.TEAM_MANAGER, team);
        stranger = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child = fixtures.child(LocalDate.of(2016, 5, 5), worker, LocalDate.now().minusMonths(2));
    }

    List<Map<String, Object>> audit(String actor) {
        return jdbc.queryForList("SELECT action, outcome, basis, part, purpose, detail FROM audit_entry "
                + "WHERE person_id = ? AND actor = ? ORDER BY seq", child, actor);
    }

    @Test
    void shouldRefuseAWorkerWithNoRelationshipAndAuditTheRefusal() {
        HttpResponse<String> r = api.get("/api/children/" + child + "?purpose=curious", stranger);

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("no working relationship").doesNotContain("Test Child");
        assertThat(audit(stranger)).singleElement().satisfies(e -> {
            assertThat(e.get("outcome")).isEqualTo("DENIED");
            assertThat(e.get("action")).isEqualTo("READ");
            assertThat(e.get("purpose")).isEqualTo("curious");
        });
    }

    @Test
    void shouldLetTheAllocatedWorkerReadAndAuditThePurpose() {
        assertThat(api.get("/api/children/" + child + "?purpose=home%20visit%20prep", worker).statusCode()).isEqualTo(200);
        assertThat(audit(worker)).singleElement().satisfies(e -> {
            assertThat(e.get("outcome")).isEqualTo("ALLOWED");
            assertThat(e.get("basis")).isEqualTo("ALLOCATED_WORKER");
            assertThat(e.get("purpose")).isEqualTo("home visit prep");
        });
    }

    @Test
    void shouldLetTheAllocatedWorkersTeamManagerReadButNotAnotherTeamsManager() {
        String otherManager = fixtures.user(Role.TEAM_MANAGER, fixtures.team());
        assertThat(api.get("/api/children/" + child, manager).statusCode()).isEqualTo(200);
        assertThat(audit(manager).get(0).get("basis")).isEqualTo("TEAM_MANAGER");
        assertThat(api.get("/api/children/" + child, otherManager).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldLetTheChildsIroReadAndNoOtherIro() {
        String iro = fixtures.user(Role.IRO, fixtures.team());
        String otherIro = fixtures.user(Role.IRO, fixtures.team());
        fixtures.allocate(child, iro, "IRO", LocalDate.now().minusDays(10));
        assertThat(api.get("/api/children/" + child, iro).statusCode()).isEqualTo(200);
        assertThat(audit(iro).get(0).get("basis")).isEqualTo("IRO");
        assertThat(api.get("/api/children/" + child, otherIro).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldEndAccessWhenTheAllocationEnds() {
        String former = fixtures.user(Role.SOCIAL_WORKER, team);
        jdbc.update("INSERT INTO ssd_involvements (invo_involvements_id, invo_person_id, invo_professional_id, "
                        + "invo_professional_role_id, invo_involvement_start_date, invo_involvement_end_date) VALUES (?, ?, ?, 'SW', ?, ?)",
                UUID.randomUUID(), child, former, java.sql.Date.valueOf(LocalDate.now().minusYears(1)),
                java.sql.Date.valueOf(LocalDate.now().minusMonths(3)));
        assertThat(api.get("/api/children/" + child, former).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldNeverShowAChildsRecordToAnAnalystOrAdministrator() {
        String analyst = fixtures.user(Role.DATA_ANALYST, null);
        String admin = fixtures.user(Role.ADMINISTRATOR, null);
        HttpResponse<String> r = api.get("/api/children/" + child, analyst);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("de-identified and aggregate");
        assertThat(api.get("/api/children/" + child, admin).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRequireATypedReasonForBreakGlass() {
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/break-glass", stranger, "{\"reason\":\"need\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("at least 10 characters");
        assertThat(api.get("/api/children/" + child, stranger).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldAllowBreakGlassReadOnlyAndFlagItToManagers() {
        HttpResponse<String> bg = api.call("POST", "/api/children/" + child + "/break-glass", stranger,
                "{\"reason\":\"Police report child missing out of hours; need contacts\"}");
        assertThat(bg.statusCode()).as(bg.body()).isEqualTo(200);

        assertThat(api.get("/api/children/" + child, stranger).statusCode()).isEqualTo(200);
        assertThat(audit(stranger)).extracting(e -> e.get("basis")).contains("BREAK_GLASS");

        HttpResponse<String> write = api.call("POST", "/api/children/" + child + "/visits", stranger,
                "{\"date\":\"" + LocalDate.now() + "\",\"context\":\"CIN\",\"seen\":true}");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("read only");

        HttpResponse<String> flags = api.get("/api/access/break-glass", manager);
        assertThat(flags.statusCode()).isEqualTo(200);
        assertThat(flags.body()).contains(stranger).contains("Police report child missing");
        assertThat(api.get("/api/access/break-glass", worker).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldAllowReadThroughATeamManagersTimeLimitedGrant() {
        String colleague = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        assertThat(api.get("/api/children/" + child, colleague).statusCode()).isEqualTo(403);

        HttpResponse<String> refused = api.call("POST", "/api/children/" + child + "/grants", worker,
                "{\"username\":\"" + colleague + "\",\"reason\":\"Covering duty this week\",\"days\":5}");
        assertThat(refused.statusCode()).isEqualTo(403);

        HttpResponse<String> granted = api.call("POST", "/api/children/" + child + "/grants", manager,
                "{\"username\":\"" + colleague + "\",\"reason\":\"Covering duty this week\",\"days\":5}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        assertThat(api.get("/api/children/" + child, colleague).statusCode()).isEqualTo(200);
        assertThat(audit(colleague)).extracting(e -> e.get("basis")).contains("GRANT");

        jdbc.update("UPDATE access_grant SET expires_at = now() - interval '1 minute' WHERE username = ?", colleague);
        assertThat(api.get("/api/children/" + child, colleague).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldSaveNothingWhenAChangeBreaksARuleButAuditTheAttempt() {
        long before = jdbc.queryForObject("SELECT count(*) FROM ssd_cin_plans WHERE cinp_person_id = ?", Long.class, child);
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/changes", worker,
                "{\"changes\":[{\"kind\":\"referrals\",\"record\":{\"referralDate\":\"2025-02-03\"}},"
                        + "{\"kind\":\"cin-plans\",\"record\":{\"cinPlanStartDate\":\"2025-02-01\"}}]}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"dfeRule\":\"4015\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_cin_episodes WHERE cine_person_id = ?", Long.class, child)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_cin_plans WHERE cinp_person_id = ?", Long.class, child)).isEqualTo(before);
        assertThat(audit(worker)).extracting(e -> e.get("outcome")).containsExactly("REFUSED");
    }

    @Test
    void shouldRefuseAnUnauthenticatedCallWithAProblem() {
        HttpResponse<String> r = api.get("/api/children/" + child, null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("Sign in");
    }
}
