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

        jdbc.update("UPDATE role_assignment SET valid_to = now() - interval '1 minute' WHERE holder_id = ? AND grant_type = 'SPECIFIC'", colleague);
        assertThat(api.get("/api/children/" + child, colleague).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldSaveNothingWhenAChangeBreaksARuleButAuditTheAttempt() {
        long before = jdbc.queryForObject("SELECT count(*) FROM ssd_cin_plans WHERE cinp_person_id = ?", Long.class, child);
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/contacts", worker,
                "{\"contactDate\":\"2025-02-03\",\"source\":\"1A\",\"reason\":\"School worried\",\"decision\":"
                        + "\"REFERRAL\",\"decisionDate\":\"2025-02-03\",\"primaryNeed\":\"N99\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"pointer\":\"/primaryNeed\"");
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

    // ── Views: a read returns only what the user's role assignments open ─────────────────────────────────────

    UUID cpPlan(UUID childId) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO ssd_cp_plans (cppl_cp_plan_id, cppl_person_id, cppl_cp_plan_start_date, "
                + "cppl_cp_plan_initial_category) VALUES (?, ?, ?, 'NEGLECT')", id, childId,
                java.sql.Date.valueOf(LocalDate.now().minusMonths(1)));
        return id;
    }

    UUID address(UUID childId, String line, boolean doNotDisclose) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO ssd_address (addr_table_id, addr_person_id, addr_address_type, addr_address_line, "
                + "addr_address_postcode, addr_address_start_date, addr_do_not_disclose) VALUES (?, ?, 'HOME', ?, 'AB1 2CD', ?, ?)",
                id, childId, line, java.sql.Date.valueOf(LocalDate.now().minusMonths(1)), doNotDisclose);
        return id;
    }

    @Test
    void shouldShowAFamilyHelpWorkerTheFamilyHelpPartsButNoChildProtectionDetail() {
        String ehw = fixtures.user(Role.EARLY_HELP_WORKER, fixtures.team());
        fixtures.allocate(child, ehw, "EHW", LocalDate.now().minusDays(5));
        cpPlan(child);
        address(child, "1 Family Street", false);

        HttpResponse<String> r = api.get("/api/children/" + child, ehw);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("1 Family Street").doesNotContain("cpPlans").doesNotContain("NEGLECT")
                .doesNotContain("allocations");
        assertThat(api.get("/api/children/" + child, worker).body()).contains("cpPlans");
        HttpResponse<String> write = api.call("POST", "/api/children/" + child + "/strategy-discussions", ehw,
                "{\"date\":\"" + LocalDate.now() + "\",\"participants\":[{\"agency\":\"POLICE\",\"name\":\"DC Sam Rowe\",\"role\":\"Detective constable\"},{\"agency\":\"HEALTH\",\"name\":\"Jo Hart\",\"role\":\"Health visitor\"}],\"outcome\":\"S47\"}");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(audit(ehw)).extracting(e -> e.get("outcome")).containsExactly("ALLOWED", "DENIED");
    }

    void chronologyEntry(UUID childId, String kind, String summary, UUID recordId) {
        jdbc.update("INSERT INTO chronology_entry (chro_person_id, chro_event_date, chro_kind, chro_summary, "
                + "chro_record_id, chro_recorded_by) VALUES (?, ?, ?, ?, ?, ?)", childId,
                java.sql.Date.valueOf(LocalDate.now().minusDays(10)), kind, summary, recordId, worker);
    }

    @Test
    void shouldGiveAFamilyHelpWorkerAndAPersonalAdviserTheChronologyFilteredByTheirViewAsThePageDoes() {
        String ehw = fixtures.user(Role.EARLY_HELP_WORKER, fixtures.team());
        fixtures.allocate(child, ehw, "EHW", LocalDate.now().minusDays(5));
        String pa = fixtures.user(Role.PERSONAL_ADVISER, fixtures.team());
        fixtures.allocate(child, pa, "PA", LocalDate.now().minusDays(5));
        chronologyEntry(child, "cp-plans", "Child protection plan started (category NEGLECT)", cpPlan(child));
        chronologyEntry(child, "addresses", "Moved to 1 Family Street", address(child, "1 Family Street", false));

        for (String user : new String[] {ehw, pa}) {
            HttpResponse<String> r = api.get("/api/children/" + child + "/chronology", user);
            assertThat(r.statusCode()).as(user + ": " + r.body()).isEqualTo(200);
            assertThat(r.body()).contains("Moved to 1 Family Street").doesNotContain("Child protection plan");
        }
        assertThat(api.get("/api/children/" + child + "/chronology", worker).body())
                .contains("Moved to 1 Family Street").contains("Child protection plan started");
        assertThat(api.get("/api/children/" + child + "/chronology", fixtures.user(Role.SOCIAL_WORKER,
                fixtures.team())).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldHideADoNotDiscloseAddressFromEveryViewButTheAllocatedWorkersAndManagers() {
        address(child, "Refuge, 9 Hidden Lane", true);
        address(child, "2 Open Road", false);
        String iro = fixtures.user(Role.IRO, fixtures.team());
        fixtures.allocate(child, iro, "IRO", LocalDate.now().minusDays(10));
        api.call("POST", "/api/children/" + child + "/break-glass", stranger,
                "{\"reason\":\"Police report child missing out of hours\"}");

        assertThat(api.get("/api/children/" + child, worker).body()).contains("Hidden Lane").contains("Open Road");
        assertThat(api.get("/api/children/" + child, manager).body()).contains("Hidden Lane");
        assertThat(api.get("/api/children/" + child, iro).body()).doesNotContain("Hidden Lane").contains("Open Road");
        assertThat(api.get("/api/children/" + child, stranger).body()).doesNotContain("Hidden Lane").contains("Open Road");
    }

    @Test
    void shouldAuditTheRoleTheAssignmentAndThePartsDisclosedOncePerRequest() {
        api.get("/api/children/" + child + "?purpose=prep", worker);
        UUID allocation = jdbc.queryForObject("SELECT assignment_id FROM role_assignment WHERE holder_id = ? "
                + "AND scope_id = ?", UUID.class, worker, child.toString());

        List<Map<String, Object>> entries = jdbc.queryForList("SELECT actor_role, assignment_id, disclosed, basis "
                + "FROM audit_entry WHERE person_id = ? AND actor = ?", child, worker);

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.get("actor_role")).isEqualTo("SOCIAL_WORKER");
            assertThat(e.get("assignment_id")).isEqualTo(allocation);
            assertThat(e.get("disclosed")).isEqualTo("*");
            assertThat(e.get("basis")).isEqualTo("ALLOCATED_WORKER");
        });
    }

    @Test
    void shouldReadThroughAGrantOnlyThePartsGranted() {
        String colleague = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        cpPlan(child);
        address(child, "3 Granted Road", false);
        HttpResponse<String> granted = api.call("POST", "/api/children/" + child + "/grants", manager,
                "{\"username\":\"" + colleague + "\",\"reason\":\"Covering the visit this week\",\"days\":2,"
                        + "\"parts\":[\"addresses\"]}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);

        HttpResponse<String> r = api.get("/api/children/" + child, colleague);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("3 Granted Road").doesNotContain("cpPlans");
        assertThat(jdbc.queryForObject("SELECT disclosed FROM audit_entry WHERE actor = ? AND person_id = ? "
                + "AND action = 'READ'", String.class, colleague, child)).isEqualTo("addresses,person");
        // The chronology follows the same view, as on the child's page: the entries about what was granted.
        HttpResponse<String> chronology = api.get("/api/children/" + child + "/chronology", colleague);
        assertThat(chronology.statusCode()).isEqualTo(200);
        assertThat(chronology.body()).doesNotContain("cp-plans");
    }

    @Test
    void shouldRefuseAGrantOfAPartHearthDoesNotKnow() {
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/grants", manager,
                "{\"username\":\"" + worker + "\",\"reason\":\"Covering the visit this week\",\"parts\":[\"diaries\"]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(audit(manager)).extracting(e -> e.get("outcome")).containsExactly("REFUSED");
    }

    @Test
    void shouldLetAnExclusionBeatAnAllocationAndBreakGlass() {
        jdbc.update("INSERT INTO role_assignment (assignment_id, holder_id, role, scope_kind, scope_id, grant_type, "
                + "valid_from, reason, granted_by) VALUES (?, ?, 'EXCLUDED', 'CHILD', ?, 'EXCLUDED', now() - interval '1 day', "
                + "'Related to the family', ?)", UUID.randomUUID(), worker, child.toString(), manager);

        HttpResponse<String> r = api.get("/api/children/" + child, worker);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("conflict of interest");
        assertThat(audit(worker)).singleElement().satisfies(e -> assertThat(e.get("basis")).isEqualTo("EXCLUDED"));
        HttpResponse<String> bg = api.call("POST", "/api/children/" + child + "/break-glass", worker,
                "{\"reason\":\"Police report child missing out of hours\"}");
        assertThat(bg.statusCode()).isEqualTo(403);
    }

    @Test
    void shouldEndAccessWhenAnOpenAllocationIsEnded() {
        jdbc.update("UPDATE ssd_involvements SET invo_involvement_end_date = current_date - 1 WHERE invo_person_id = ? "
                + "AND invo_professional_id = ?", child, worker);
        assertThat(api.get("/api/children/" + child, worker).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/children/" + child, manager).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldNotLetTheIroServiceManagerWriteToAChildTheirIroChairs() {
        String iroService = fixtures.team();
        String iro = fixtures.user(Role.IRO, iroService);
        String iroManager = fixtures.user(Role.TEAM_MANAGER, iroService);
        fixtures.allocate(child, iro, "IRO", LocalDate.now().minusDays(10));

        assertThat(api.get("/api/children/" + child, iroManager).statusCode()).isEqualTo(200);
        HttpResponse<String> write = api.call("POST", "/api/children/" + child + "/visits", iroManager,
                "{\"visitDate\":\"" + LocalDate.now() + "\",\"visitContext\":\"CIN\",\"visitSeen\":true}");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(api.call("POST", "/api/children/" + child + "/grants", iroManager,
                "{\"username\":\"" + stranger + "\",\"reason\":\"Covering duty this week\"}").statusCode()).isEqualTo(403);
        assertThat(audit(iroManager)).extracting(e -> e.get("basis")).containsExactly("IRO_SERVICE_MANAGER",
                "IRO_SERVICE_MANAGER", "IRO_SERVICE_MANAGER");
    }

    @Test
    void shouldAuditANonManagersGrantAttemptEvenWhenTheRequestIsAlsoBad() {
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/grants", worker, "{\"reason\":\"x\"}");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(audit(worker)).singleElement().satisfies(e -> {
            assertThat(e.get("outcome")).isEqualTo("DENIED");
            assertThat(e.get("part")).isEqualTo("access");
        });
    }

    @Test
    void shouldRefuseAPurposeThatIsNotTextWith400AndAuditTheRefusal() {
        HttpResponse<String> r = api.get("/api/children/" + child + "?purpose=%00", worker);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("purpose");
        assertThat(audit(worker)).singleElement().satisfies(e -> {
            assertThat(e.get("outcome")).isEqualTo("DENIED");
            assertThat(e.get("purpose")).isNull();
        });
    }

    @Test
    void shouldRefuseAnAnalystCreatingAChildBeforeSayingWhetherTheLaIdExists() {
        String analyst = fixtures.user(Role.DATA_ANALYST, null);
        String legacyId = jdbc.queryForObject("SELECT pers_legacy_id FROM ssd_person WHERE pers_person_id = ?",
                String.class, child);
        HttpResponse<String> r = api.call("POST", "/api/children", analyst, "{\"laChildId\":\"" + legacyId
                + "\",\"forename\":\"Any\",\"surname\":\"One\",\"sex\":\"F\","
                + "\"dateOfBirth\":\"2016-05-05\"}");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND action = 'CREATE' "
                + "AND outcome = 'DENIED'", Long.class, analyst)).isEqualTo(1);
    }

    @Test
    void shouldNeverLetAManagerReviewTheirOwnBreakGlass() {
        UUID otherChild = fixtures.child(LocalDate.of(2015, 1, 1), stranger, LocalDate.now().minusMonths(1));
        HttpResponse<String> bg = api.call("POST", "/api/children/" + otherChild + "/break-glass", manager,
                "{\"reason\":\"Police report child missing out of hours\"}");
        assertThat(bg.statusCode()).isEqualTo(200);
        String grantId = jdbc.queryForObject("SELECT assignment_id::text FROM role_assignment WHERE holder_id = ? "
                + "AND grant_type = 'BREAK_GLASS'", String.class, manager);

        HttpResponse<String> own = api.call("POST", "/api/access/break-glass/" + grantId + "/reviewed", manager, "");

        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("your own break-glass");
        assertThat(jdbc.queryForObject("SELECT reviewed_at IS NULL FROM role_assignment WHERE assignment_id = ?::uuid",
                Boolean.class, grantId)).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND action = 'REVIEW_BREAK_GLASS' "
                + "AND outcome = 'DENIED'", Long.class, manager)).isEqualTo(1);
        assertThat(api.get("/api/access/break-glass", manager).body()).doesNotContain(grantId);
    }

    @Test
    void shouldShowAManagerOnlyTheBreakGlassUsesOnTheirOwnTeamsChildren() {
        String otherTeam = fixtures.team();
        String otherManager = fixtures.user(Role.TEAM_MANAGER, otherTeam);
        api.call("POST", "/api/children/" + child + "/break-glass", stranger,
                "{\"reason\":\"Police report child missing out of hours\"}");
        String grantId = jdbc.queryForObject("SELECT assignment_id::text FROM role_assignment WHERE holder_id = ? "
                + "AND grant_type = 'BREAK_GLASS'", String.class, stranger);

        assertThat(api.get("/api/access/break-glass", otherManager).body()).doesNotContain(grantId);
        assertThat(api.call("POST", "/api/access/break-glass/" + grantId + "/reviewed", otherManager, "").statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/access/break-glass", manager).body()).contains(grantId);
        assertThat(api.call("POST", "/api/access/break-glass/" + grantId + "/reviewed", manager, "").statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldOpenNothingThroughAnAllocationInARoleHearthDoesNotKnow() {
        String otherTeam = fixtures.team();
        String friend = fixtures.user(Role.SOCIAL_WORKER, otherTeam);
        String friendsManager = fixtures.user(Role.TEAM_MANAGER, otherTeam);
        fixtures.allocate(child, friend, "FRIEND", LocalDate.now().minusDays(1));
        String lower = fixtures.user(Role.SOCIAL_WORKER, otherTeam);
        fixtures.allocate(child, lower, "sw", LocalDate.now().minusDays(1));

        assertThat(api.get("/api/children/" + child, friend).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/children/" + child, lower).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/children/" + child, friendsManager).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseBreakGlassToAnAnalystAndAuditItEvenWithNoReason() {
        String analyst = fixtures.user(Role.DATA_ANALYST, null);
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/break-glass", analyst, "{\"reason\":\"\"}");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(audit(analyst)).singleElement().satisfies(e -> assertThat(e.get("outcome")).isEqualTo("DENIED"));
    }

    @Test
    void shouldRefuseAReasonThatIsNotTextWith400NotAFailure() {
        HttpResponse<String> bg = api.call("POST", "/api/children/" + child + "/break-glass", stranger,
                "{\"reason\":\"Police report child missing \\u0000 tonight\"}");
        assertThat(bg.statusCode()).as(bg.body()).isEqualTo(400);
        HttpResponse<String> grant = api.call("POST", "/api/children/" + child + "/grants", manager,
                "{\"username\":\"" + stranger + "\",\"reason\":\"Covering duty \\u0000 this week\"}");
        assertThat(grant.statusCode()).as(grant.body()).isEqualTo(400);
    }

    @Test
    void shouldMoveAManagersAccessWithTheirTeam() {
        String newTeam = fixtures.team();
        assertThat(api.get("/api/children/" + child, manager).statusCode()).isEqualTo(200);

        jdbc.update("UPDATE hearth_user SET team_id = ? WHERE username = ?", newTeam, manager);

        assertThat(api.get("/api/children/" + child, manager).statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM role_assignment WHERE holder_id = ? AND scope_kind = 'TEAM' "
                + "AND valid_to IS NULL", Long.class, manager)).isEqualTo(1);
    }

    @Test
    void shouldKeepAnAddressOrPersonFlaggedThroughTheApiFromTheIro() {
        String iro = fixtures.user(Role.IRO, fixtures.team());
        fixtures.allocate(child, iro, "IRO", LocalDate.now().minusDays(10));
        HttpResponse<String> added = api.call("POST", "/api/children/" + child + "/addresses", worker,
                "{\"type\":\"HOME\",\"line\":\"Refuge, 4 Quiet Close\",\"postcode\":\"AB1 2CD\","
                        + "\"from\":\"" + LocalDate.now().minusDays(3) + "\",\"doNotDisclose\":true}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT addr_do_not_disclose FROM ssd_address WHERE addr_person_id = ?",
                Boolean.class, child)).isTrue();

        HttpResponse<String> person = api.call("POST", "/api/children/" + child + "/people-who-matter", worker,
                "{\"name\":\"Aunt Rosalind\",\"kind\":\"PERSON\",\"relationship\":\"Aunt\","
                        + "\"from\":\"" + LocalDate.now().minusDays(3) + "\",\"doNotDisclose\":true}");
        assertThat(person.statusCode()).as(person.body()).isEqualTo(201);

        assertThat(api.get("/api/children/" + child, worker).body()).contains("Quiet Close").contains("Aunt Rosalind");
        assertThat(api.get("/api/children/" + child, iro).body()).doesNotContain("Quiet Close")
                .doesNotContain("Aunt Rosalind");
    }
}
