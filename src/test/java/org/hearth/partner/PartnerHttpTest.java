package org.hearth.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.assessment.CinPlan;
import org.hearth.assessment.CinPlanOutcome;
import org.hearth.protection.ProtectionAction;
import org.hearth.protection.StrategyDiscussion;
import org.hearth.referral.Referral;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A partner through the real HTTP API and web pages (issue 10's "bad input gets a clear refusal and changes nothing"):
 * a school sees the plan's actions for the school and not the others; consent withdrawn while a partner has the
 * child's page and an edit form open refuses their next read and their submitted update with the reason, changing
 * nothing; so does a sharing decision whose end date has passed; and a share with an unknown organisation is refused
 * in words, saving nothing.
 */
class PartnerHttpTest extends HearthIntegrationTest {
    static final AtomicInteger SEQ = new AtomicInteger();
    static final String UK = "d MMMM yyyy";
    @Autowired TestFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDirectory users;
    @Autowired PasswordEncoder encoder;

    Api api;
    String worker;
    UUID child;
    UUID plan;
    UUID outcome;
    UUID referral;
    String school;
    String teacher;
    String otherSchool;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child = fixtures.child(LocalDate.now().minusYears(9), worker, LocalDate.now().minusMonths(3));
        referral = UUID.randomUUID();
        plan = UUID.randomUUID();
        outcome = UUID.randomUUID();
        LocalDate referred = LocalDate.now().minusMonths(2);
        fixtures.history(child, new Referral(referral, child, null, referred, "5A", "N1", referred, false, null, null),
                new CinPlan(plan, child, referral, referred.plusDays(20), null),
                new CinPlanOutcome(outcome, child, plan, referred.plusDays(20), "Attends school every day"));
        school = organisation("SCHOOL");
        teacher = partner(school);
        otherSchool = organisation("SCHOOL");
    }

    String organisation(String type) {
        String id = "HTTP-" + type + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        jdbc.update("INSERT INTO organisation (organisation_id, name, type, urn) VALUES (?, ?, ?, ?)", id,
                "Test school " + id, type, "SCHOOL".equals(type) ? Integer.toString(400_000 + SEQ.incrementAndGet()
                        + (int) (System.nanoTime() % 50_000)) : null);
        return id;
    }

    String partner(String organisation) {
        String u = "http-partner-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        users.addPartnerUser(u, "Partner " + u, Role.PARTNER, organisation, encoder.encode(TestFixtures.PASSWORD));
        return u;
    }

    String etag() {
        return api.get("/api/children/" + child + "/cin-plans/" + plan, worker).headers().firstValue("ETag")
                .orElseThrow();
    }

    HttpResponse<String> action(String what, String organisationId) {
        return api.call("POST", "/api/children/" + child + "/cin-plans/" + plan + "/actions", worker,
                "{\"outcomeId\":\"" + outcome + "\",\"who\":\"Someone\",\"what\":\"" + what + "\",\"byWhen\":\""
                        + LocalDate.now().plusDays(14) + "\"" + (organisationId == null ? ""
                        : ",\"organisationId\":\"" + organisationId + "\"") + "}", etag());
    }

    /** Shares the child with the school, for education, on the family's consent; returns the decision's id. */
    String share(LocalDate endsOn) {
        HttpResponse<String> shared = api.call("POST", "/api/children/" + child + "/sharing", worker,
                "{\"organisationId\":\"" + school + "\",\"purpose\":\"EDUCATION\",\"lawfulBasis\":\"CONSENT\","
                        + "\"consentSought\":true,\"consentGiven\":true,\"endsOn\":\"" + endsOn + "\",\"parts\":[\"cin-plans\","
                        + "\"cp-plans\",\"allocations\",\"cin-plan-actions\",\"protection-actions\",\"involvements\"]}");
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(201);
        return shared.body().replaceAll("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, child);
    }

    @Test
    void shouldShowASchoolOnlyThePlansActionsForTheSchool() {
        HttpResponse<String> unknown = action("Walk to school together", "NO-SUCH-ORGANISATION");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.body()).contains("/organisationId").contains("Select the partner organisation");
        assertThat(count("SELECT count(*) FROM cin_plan_actions WHERE cpac_person_id = ?")).isZero();

        assertThat(action("School tracks attendance daily", school).statusCode()).isEqualTo(201);
        assertThat(action("Other school shares the transition plan", otherSchool).statusCode()).isEqualTo(201);
        assertThat(action("Mother walks Sam to school", null).statusCode()).isEqualTo(201);
        assertThat(api.get("/api/children/" + child + "/cin-plans/" + plan, worker).body())
                .contains("School tracks attendance daily").contains("Other school shares the transition plan")
                .contains("Mother walks Sam to school").contains("\"organisationId\":\"" + school + "\"");
        share(LocalDate.now().plusMonths(2));

        HttpResponse<String> seen = api.get("/api/partner/children/" + child, teacher);
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        assertThat(seen.body()).contains("School tracks attendance daily")
                .doesNotContain("Other school shares the transition plan").doesNotContain("Mother walks Sam to school")
                .contains("Child in need plan status").contains("The lead practitioner and social worker");
        // The plan's own page is the council's, not the school's; the school's view is its own.
        HttpResponse<String> page = WebSession.signIn(port, teacher).get("/partner/children/" + child);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("School tracks attendance daily")
                .doesNotContain("Other school shares the transition plan").doesNotContain("Mother walks Sam to school");
        HttpResponse<String> planApi = api.get("/api/children/" + child + "/cin-plans/" + plan, teacher);
        assertThat(planApi.body()).doesNotContain("Other school shares the transition plan")
                .doesNotContain("Mother walks Sam to school");
    }

    @Test
    void shouldRefuseThePartnersNextReadAndUpdateOnceConsentIsWithdrawnAndChangeNothing() {
        HttpResponse<String> involved = api.call("POST", "/api/children/" + child + "/involvements", worker,
                "{\"organisationId\":\"" + school + "\",\"involvementKind\":\"EDUCATION\",\"practitionerName\":\"Ms Head\","
                        + "\"phone\":\"01632 960001\",\"since\":\"" + LocalDate.now().minusMonths(1) + "\"}");
        assertThat(involved.statusCode()).as(involved.body()).isEqualTo(201);
        String involvement = involved.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String sharing = share(LocalDate.now().plusMonths(2));

        WebSession teacherSession = WebSession.signIn(port, teacher);
        assertThat(teacherSession.get("/partner/children/" + child).statusCode()).isEqualTo(200);
        HttpResponse<String> form = teacherSession.get("/children/" + child + "/involvements/" + involvement + "/edit");
        assertThat(form.statusCode()).as("the partner opens the edit form").isEqualTo(200);
        String csrf = WebSession.hidden(form.body(), "_csrf");
        String version = WebSession.hidden(form.body(), "version");
        String token = WebSession.hidden(form.body(), "formToken");

        HttpResponse<String> withdrawn = api.call("POST", "/api/children/" + child + "/sharing/" + sharing
                + "/consent-withdrawn", worker, "{\"withdrawnOn\":\"" + LocalDate.now() + "\",\"version\":0}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        String why = "Sharing with your organisation ended on " + LocalDate.now().format(
                java.time.format.DateTimeFormatter.ofPattern(UK, java.util.Locale.UK)) + " because consent was withdrawn";

        HttpResponse<String> read = teacherSession.get("/partner/children/" + child);
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.body()).contains(why);
        HttpResponse<String> apiRead = api.get("/api/partner/children/" + child, teacher);
        assertThat(apiRead.statusCode()).isEqualTo(403);
        assertThat(apiRead.body()).contains(why);
        HttpResponse<String> update = teacherSession.post("/children/" + child + "/involvements/" + involvement
                + "/edit", Map.of("_csrf", csrf, "version", version, "formToken", token == null ? "" : token,
                "practitionerName", "Mr Changed", "phone", "01632 960002"));
        assertThat(update.statusCode()).isEqualTo(403);
        assertThat(update.body()).contains(why);
        HttpResponse<String> apiUpdate = api.call("POST", "/api/children/" + child + "/involvements/" + involvement,
                teacher, "{\"practitionerName\":\"Mr Changed\",\"phone\":\"01632 960002\"}", "\"" + version + "\"");
        assertThat(apiUpdate.statusCode()).isEqualTo(403);
        assertThat(apiUpdate.body()).contains(why);
        assertThat(jdbc.queryForObject("SELECT agin_practitioner_name FROM agency_involvements WHERE agin_person_id = ?",
                String.class, child)).isEqualTo("Ms Head");
        assertThat(count("SELECT count(*) FROM audit_entry WHERE person_id = ? AND outcome = 'DENIED' AND detail LIKE "
                + "'%consent was withdrawn%'")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void shouldRefuseThePartnerOnceTheEndDateHasPassedAndSayWhen() {
        share(LocalDate.now().plusDays(5));
        assertThat(api.get("/api/partner/children/" + child, teacher).statusCode()).isEqualTo(200);
        // Ten days on: the decision was recorded ten days ago and its end date, five days later, has passed. The clock
        // moves the dates of what was recorded (the decision and the assignment it materialised as); nothing is mocked.
        jdbc.update("UPDATE sharing_decision SET starts_on = starts_on - 10, ends_on = ends_on - 10, "
                + "recorded_at = recorded_at - interval '10 days' WHERE person_id = ?", child);
        jdbc.update("UPDATE role_assignment SET valid_from = valid_from - interval '10 days', valid_to = valid_to - "
                + "interval '10 days' WHERE source = 'sharing_decision' AND scope_id = ?", child.toString());
        String why = "Sharing with your organisation ended on " + LocalDate.now().minusDays(5).format(
                java.time.format.DateTimeFormatter.ofPattern(UK, java.util.Locale.UK)) + ", the end date the council set";
        HttpResponse<String> read = api.get("/api/partner/children/" + child, teacher);
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.body()).contains(why);
        HttpResponse<String> page = WebSession.signIn(port, teacher).get("/partner/children/" + child);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains(why);
        assertThat(api.get("/api/partner", teacher).body()).doesNotContain(child.toString());
    }

    @Test
    void shouldRefuseAShareWithAnUnknownOrganisationInWordsAndSaveNothing() {
        HttpResponse<String> unknown = api.call("POST", "/api/children/" + child + "/sharing", worker,
                "{\"organisationId\":\"NO-SUCH-ORGANISATION\",\"purpose\":\"EDUCATION\",\"lawfulBasis\":\"CA2004_S10\","
                        + "\"consentSought\":false,\"endsOn\":\"" + LocalDate.now().plusMonths(1) + "\"}");
        assertThat(unknown.statusCode()).isIn(400, 422);
        assertThat(unknown.body()).contains("/organisation").contains("There is no organisation with that id in Hearth");
        HttpResponse<String> nobody = api.call("POST", "/api/children/" + child + "/sharing", worker, null);
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM sharing_decision WHERE person_id = ?")).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM role_assignment WHERE scope_id = ? AND role = 'SHARING'",
                Integer.class, child.toString())).isZero();
    }

    @Test
    void shouldLetTheSchoolMarkOnlyItsOwnActionDoneThroughThePartnerApi() {
        UUID discussion = UUID.randomUUID();
        UUID ours = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        LocalDate held = LocalDate.now().minusDays(2);
        fixtures.history(child, new StrategyDiscussion(discussion, child, referral, held, "CIN", null, null),
                new ProtectionAction(ours, child, discussion, null, "SCHOOL", school, "Ms Head",
                        "Share the attendance record", held, held.plusDays(7), "NOT_STARTED", null),
                new ProtectionAction(theirs, child, discussion, null, "SCHOOL", otherSchool, "Mr Other",
                        "Share the previous school's file", held, held.plusDays(7), "NOT_STARTED", null));
        share(LocalDate.now().plusMonths(2));
        HttpResponse<String> view = api.get("/api/partner/children/" + child, teacher);
        assertThat(view.body()).contains("Share the attendance record").doesNotContain("previous school's file");
        String version = "\"" + view.body().replaceAll("(?s).*\"version\":(\\d+).*", "$1") + "\"";
        assertThat(api.get("/api/partner", teacher).body()).contains("Share the attendance record")
                .doesNotContain("previous school's file");

        HttpResponse<String> notOurs = api.call("POST", "/api/partner/children/" + child + "/actions/" + theirs
                + "/done", teacher, "{\"note\":\"Sent\"}", version);
        assertThat(notOurs.statusCode()).isEqualTo(422);
        assertThat(notOurs.body()).contains("you can mark only your own organisation's actions done");
        HttpResponse<String> noNote = api.call("POST", "/api/partner/children/" + child + "/actions/" + ours
                + "/done", teacher, "{\"note\":\" \"}", version);
        assertThat(noNote.statusCode()).isEqualTo(422);
        assertThat(noNote.body()).contains("/note");
        assertThat(api.call("POST", "/api/partner/children/" + child + "/actions/" + ours + "/done", teacher,
                "{\"note\":\"Sent\"}", "\"999\"").statusCode()).as("a stale version").isEqualTo(409);
        HttpResponse<String> done = api.call("POST", "/api/partner/children/" + child + "/actions/" + ours
                + "/done", teacher, "{\"note\":\"Sent to the social worker by secure email\"}", version);
        assertThat(done.statusCode()).as(done.body()).isBetween(200, 201);
        assertThat(jdbc.queryForObject("SELECT prac_status FROM protection_actions WHERE prac_action_id = ?",
                String.class, theirs)).isEqualTo("NOT_STARTED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chronology_entry WHERE chro_person_id = ? AND chro_summary "
                + "LIKE 'Test school %: Share the attendance record done'", Integer.class, child)).isEqualTo(1);
        assertThat(api.call("POST", "/api/partner/children/" + child + "/actions/" + ours + "/done", worker,
                "{\"note\":\"x\"}", version).statusCode()).as("council staff use the council's pages").isEqualTo(403);
    }
}
