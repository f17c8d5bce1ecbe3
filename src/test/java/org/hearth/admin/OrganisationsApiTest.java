package org.hearth.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.access.Role;
import org.hearth.protection.S47Enquiry;
import org.hearth.referral.Referral;
import org.hearth.sharing.SharedParts;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The partner organisations admin API against a real database: an administrator registers an organisation, adds a
 * user who then signs in, disables, enables and gives them a new password, and closes the organisation (its sharing
 * decision ended, its user refused). Bad input (unknown type, bad URN, duplicate, stale or missing version, null
 * body, a 20 MB field) gets a clear 4xx and saves nothing; everyone but the council's administrators is refused.
 */
class OrganisationsApiTest extends HearthIntegrationTest {
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 400_000));
    private static final String BASE = "/api/admin/organisations";

    @Autowired TestFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    Api api;
    String admin;
    String worker;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = fixtures.user(Role.ADMINISTRATOR, fixtures.team());
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
    }

    /** A URN no other test has: 6 digits. */
    static String urn() {
        return Integer.toString(500_000 + SEQ.incrementAndGet() % 400_000);
    }

    static String school(String name, String urn) {
        return "{\"name\":\"" + name + "\",\"type\":\"SCHOOL\",\"urn\":\"" + urn + "\",\"address\":\"1 River Lane, "
                + "Leeds\",\"email\":\"office@riverside.example.org\",\"phone\":\"0113 496 0000\"}";
    }

    private int organisations() {
        return jdbc.queryForObject("SELECT count(*) FROM organisation", Integer.class);
    }

    private static String field(HttpResponse<String> r, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> basic(String user, String password, String path) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8))).GET().build();
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldRegisterASchoolAddAUserWhoSignsInAndManageTheirAccount() {
        String urn = urn();
        String name = "Riverside Primary School " + urn;
        HttpResponse<String> created = api.call("POST", BASE, admin, school(name, urn));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(BASE + "/URN-" + urn);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(created.body()).contains("\"typeLabel\":\"School or academy\"", "\"status\":\"Open\"",
                "\"childrenShared\":0");
        String id = "URN-" + urn;

        assertThat(api.get(BASE + "?type=SCHOOL", admin).body()).contains(name);
        assertThat(api.get(BASE + "?type=POLICE_FORCE", admin).body()).doesNotContain(name);

        String username = "j.smith." + urn;
        HttpResponse<String> user = api.call("POST", BASE + "/" + id + "/users", admin, "{\"username\":\"" + username
                + "\",\"displayName\":\"Jo Smith\",\"email\":\"jo.smith@riverside.example.org\",\"role\":\"PARTNER\","
                + "\"password\":\"riverside-initial-1\"}");
        assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
        assertThat(user.body()).doesNotContain("riverside-initial-1").doesNotContain("$2a$").contains("\"hasPassword\":true");
        assertThat(api.get(BASE + "/" + id + "/users", admin).body()).contains(username)
                .doesNotContain("password_hash").doesNotContain("$2a$");
        assertThat(basic(username, "riverside-initial-1", "/api/partner").statusCode()).isEqualTo(200);

        HttpResponse<String> noVersion = api.call("POST", BASE + "/" + id + "/users/" + username + "/disable", admin, null);
        assertThat(noVersion.statusCode()).isEqualTo(428);
        HttpResponse<String> disabled = api.call("POST", BASE + "/" + id + "/users/" + username + "/disable", admin,
                null, "\"0\"");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(basic(username, "riverside-initial-1", "/api/partner").statusCode()).isEqualTo(401);
        assertThat(api.call("POST", BASE + "/" + id + "/users/" + username + "/enable", admin, null, "\"0\"")
                .statusCode()).as("stale").isEqualTo(409);
        assertThat(api.call("POST", BASE + "/" + id + "/users/" + username + "/enable", admin, null, "\"1\"")
                .statusCode()).isEqualTo(200);
        assertThat(basic(username, "riverside-initial-1", "/api/partner").statusCode()).isEqualTo(200);

        HttpResponse<String> shortPassword = api.call("POST", BASE + "/" + id + "/users/" + username + "/password",
                admin, "{\"password\":\"short\"}", "\"2\"");
        assertThat(shortPassword.statusCode()).isEqualTo(422);
        assertThat(shortPassword.body()).contains("\"pointer\":\"/password\"");
        assertThat(api.call("POST", BASE + "/" + id + "/users/" + username + "/password", admin,
                "{\"password\":\"riverside-second-2\"}", "\"2\"").statusCode()).isEqualTo(200);
        assertThat(basic(username, "riverside-initial-1", "/api/partner").statusCode()).isEqualTo(401);
        assertThat(basic(username, "riverside-second-2", "/api/partner").statusCode()).isEqualTo(200);

        HttpResponse<String> changed = api.call("PUT", BASE + "/" + id, admin, school(name, urn)
                .replace("1 River Lane", "2 River Lane"), "\"0\"");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).hasValue("\"1\"");
        HttpResponse<String> stale = api.call("PUT", BASE + "/" + id, admin, school(name, urn), "\"0\"");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone changed " + name + " since you opened it");

        Integer audited = jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND part = "
                + "'organisations' AND outcome = 'ALLOWED' AND action IN ('CREATE', 'UPDATE')", Integer.class, admin);
        assertThat(audited).as("register, add, disable, enable, password, change").isEqualTo(6);
    }

    @Test
    void shouldRefuseBadInputInWordsPointingAtTheFieldAndSaveNothing() {
        int before = organisations();
        HttpResponse<String> unknownType = api.call("POST", BASE, admin,
                "{\"name\":\"Moon Base\",\"type\":\"SPACE_AGENCY\"}");
        assertThat(unknownType.statusCode()).isEqualTo(422);
        assertThat(unknownType.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(unknownType.body()).contains("\"pointer\":\"/type\"", "Choose a type of organisation from the list");

        HttpResponse<String> badUrn = api.call("POST", BASE, admin, school("Bad Urn School", "12AB5"));
        assertThat(badUrn.statusCode()).isEqualTo(422);
        assertThat(badUrn.body()).contains("\"pointer\":\"/urn\"", "A school's URN is 6 digits");

        String urn = urn();
        assertThat(api.call("POST", BASE, admin, school("Duplicate School " + urn, urn)).statusCode()).isEqualTo(201);
        HttpResponse<String> sameName = api.call("POST", BASE, admin, school("duplicate school " + urn, urn()));
        assertThat(sameName.statusCode()).isEqualTo(422);
        assertThat(sameName.body()).contains("\"pointer\":\"/name\"", "Duplicate School " + urn + " is already in Hearth");
        HttpResponse<String> sameUrn = api.call("POST", BASE, admin, school("Another School " + urn, urn));
        assertThat(sameUrn.statusCode()).isEqualTo(422);
        assertThat(sameUrn.body()).contains("\"pointer\":\"/urn\"", "URN " + urn + " is already");

        HttpResponse<String> nullBody = api.call("POST", BASE, admin, null);
        assertThat(nullBody.statusCode()).isEqualTo(400);
        assertThat(nullBody.body()).contains("Send the organisation as JSON");
        assertThat(api.call("POST", BASE, admin, "{\"name\":").statusCode()).isEqualTo(400);

        HttpResponse<String> huge = api.call("POST", BASE, admin, school("x".repeat(20 * 1024 * 1024), urn()));
        assertThat(huge.statusCode()).isEqualTo(413);
        HttpResponse<String> long201 = api.call("POST", BASE, admin, school("y".repeat(500_000), urn()));
        assertThat(long201.statusCode()).isEqualTo(422);
        assertThat(long201.body()).contains("\"pointer\":\"/name\"", "200 characters or fewer");

        assertThat(organisations()).as("only the first duplicate school was saved").isEqualTo(before + 1);
        assertThat(api.get(BASE + "/NO-SUCH-ORG", admin).statusCode()).isEqualTo(404);
        HttpResponse<String> noIfMatch = api.call("PUT", BASE + "/URN-" + urn, admin, school("Duplicate School " + urn, urn));
        assertThat(noIfMatch.statusCode()).isEqualTo(428);
        assertThat(api.call("PUT", BASE + "/URN-" + urn, admin, null, "\"0\"").statusCode()).isEqualTo(400);
        HttpResponse<String> badUser = api.call("POST", BASE + "/URN-" + urn + "/users", admin, "{\"username\":\"" + worker
                + "\",\"displayName\":\"Someone\",\"email\":\"x\",\"role\":\"HEALTH_PARTNER\",\"password\":\"long enough pass\"}");
        assertThat(badUser.statusCode()).isEqualTo(422);
        assertThat(badUser.body()).contains("\"pointer\":\"/username\"", "\"pointer\":\"/email\"", "\"pointer\":\"/role\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hearth_user WHERE organisation_id = ?", Integer.class,
                "URN-" + urn)).isZero();
    }

    @Test
    void shouldRefuseEveryoneButTheCouncilsAdministratorsPartnersIncluded() {
        String police = fixtures.partnerUser("Example Valley Police", "POLICE_FORCE", "Priya Demo");
        for (String user : new String[] {worker, police, fixtures.user(Role.TEAM_MANAGER, fixtures.team()),
                fixtures.user(Role.DATA_ANALYST, fixtures.team())}) {
            HttpResponse<String> listed = api.get(BASE, user);
            assertThat(listed.statusCode()).as(user).isEqualTo(403);
            assertThat(listed.body()).contains("managed by the council's administrators");
            assertThat(api.call("POST", BASE, user, school("Sneaky School", urn())).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(api.get(BASE, null).statusCode()).isEqualTo(401);
        String docs = api.get("/v3/api-docs", null).body();
        assertThat(docs).as("documented like the other APIs").contains("\"/api/admin/organisations\"",
                "\"/api/admin/organisations/{id}/users\"", "\"/api/admin/organisations/{id}/close\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND part = 'organisations' "
                + "AND outcome = 'DENIED'", Integer.class, worker)).isEqualTo(2);
    }

    @Test
    void shouldCloseAnOrganisationEndingItsSharingThroughTheSharingRulesAndRefusingItsUsers() {
        String code = String.format("%02d", SEQ.incrementAndGet() % 100);
        jdbc.update("UPDATE organisation SET police_force_code = NULL WHERE police_force_code = ?", code);
        HttpResponse<String> created = api.call("POST", BASE, admin, "{\"name\":\"Closing Valley Police " + code
                + " " + UUID.randomUUID() + "\",\"type\":\"POLICE_FORCE\",\"policeForceCode\":\"" + code + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = field(created, "id");
        String officer = "officer." + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.call("POST", BASE + "/" + id + "/users", admin, "{\"username\":\"" + officer + "\",\"displayName\":"
                + "\"Sam Officer\",\"email\":\"sam@police.example.org\",\"role\":\"PARTNER\",\"password\":"
                + "\"officer-password-1\"}").statusCode()).isEqualTo(201);

        UUID child = fixtures.child(LocalDate.of(2013, 4, 2), worker, LocalDate.now().minusMonths(2));
        UUID referral = UUID.randomUUID();
        LocalDate referred = LocalDate.now().minusDays(10);
        fixtures.history(child, new Referral(referral, child, null, referred, "5A", "N1", referred, false, null, null),
                new S47Enquiry(null, child, referral, null, LocalDate.now().minusDays(5), null, null, null));
        String part = SharedParts.defaults("POLICE_FORCE", "SAFEGUARDING_ENQUIRY").stream()
                .filter(p -> !p.equals("person")).findFirst().orElseThrow();
        HttpResponse<String> shared = api.call("POST", "/api/children/" + child + "/sharing", worker,
                "{\"organisationId\":\"" + id + "\",\"purpose\":\"SAFEGUARDING_ENQUIRY\",\"lawfulBasis\":\"CA1989_S47\","
                        + "\"consentSought\":false,\"parts\":[\"" + part + "\"],\"endsOn\":\""
                        + LocalDate.now().plusMonths(1) + "\"}");
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(201);
        assertThat(api.get(BASE + "/" + id, admin).body()).contains("\"childrenShared\":1");
        HttpResponse<String> ending = api.get(BASE + "/" + id + "/sharing", admin);
        assertThat(ending.body()).contains("Safeguarding enquiry", "Children Act 1989 section 47")
                .doesNotContain(child.toString()).doesNotContain("Test Child");
        assertThat(basic(officer, "officer-password-1", "/api/partner").body()).contains(child.toString());

        HttpResponse<String> noReason = api.call("POST", BASE + "/" + id + "/close", admin, "{\"reason\":\" \"}", "\"0\"");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"pointer\":\"/reason\"");
        assertThat(api.call("POST", BASE + "/" + id + "/close", admin, null, "\"0\"").statusCode()).isEqualTo(400);
        assertThat(api.call("POST", BASE + "/" + id + "/close", admin, "{\"reason\":\"Merged\"}", "\"7\"").statusCode())
                .isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sharing_decision WHERE organisation_id = ? AND ended_on "
                + "IS NULL", Integer.class, id)).as("nothing ended by a refused close").isEqualTo(1);

        HttpResponse<String> closed = api.call("POST", BASE + "/" + id + "/close", admin,
                "{\"reason\":\"Merged into the regional force\"}", "\"0\"");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(closed.body()).contains("\"sharingDecisionsEnded\":1", "\"status\":\"Closed\"", "\"childrenShared\":0");
        assertThat(jdbc.queryForObject("SELECT ended_reason FROM sharing_decision WHERE organisation_id = ?",
                String.class, id)).isEqualTo("The organisation was closed: Merged into the regional force");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM role_assignment WHERE holder_kind = 'ORGANISATION' AND "
                + "holder_id = ? AND (valid_to IS NULL OR valid_to > now())", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? AND part = "
                + "'sharing'", Integer.class, admin, child)).as("on the child's trail").isEqualTo(1);
        assertThat(basic(officer, "officer-password-1", "/api/partner").statusCode()).isEqualTo(401);
        HttpResponse<String> enableClosed = api.call("POST", BASE + "/" + id + "/users/" + officer + "/enable", admin,
                null, "\"0\"");
        assertThat(enableClosed.statusCode()).isEqualTo(422);
        assertThat(enableClosed.body()).contains("is closed: its users cannot sign in");
        HttpResponse<String> shareAgain = api.call("POST", "/api/children/" + child + "/sharing", worker,
                "{\"organisationId\":\"" + id + "\",\"purpose\":\"SAFEGUARDING_ENQUIRY\",\"lawfulBasis\":\"CA1989_S47\","
                        + "\"consentSought\":false,\"parts\":[\"" + part + "\"],\"endsOn\":\""
                        + LocalDate.now().plusMonths(1) + "\"}");
        assertThat(shareAgain.statusCode()).as("a closed organisation is shared with no more").isEqualTo(422);
        assertThat(api.call("PUT", BASE + "/" + id, admin, "{\"name\":\"Reopened\",\"type\":\"POLICE_FORCE\","
                + "\"policeForceCode\":\"" + code + "\"}", "\"1\"").statusCode()).isEqualTo(422);
    }
}
