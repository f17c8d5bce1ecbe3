package org.hearth.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.referral.Contact;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The agencies' endpoints against the real database: bad input (unknown organisation, a request already answered,
 * another organisation's request or referral, consent withdrawn mid-request) is refused clearly and changes nothing.
 */
class AgenciesApiTest extends HearthIntegrationTest {
    static final AtomicInteger SEQ = new AtomicInteger();
    @Autowired TestFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDirectory users;
    @Autowired PasswordEncoder encoder;

    Api api;
    String worker;
    UUID child;
    String trust;
    String nurse;
    String otherNurse;
    String school;
    String teacher;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child = fixtures.child(LocalDate.now().minusYears(8), worker, LocalDate.now().minusMonths(2));
        trust = organisation("NHS_TRUST", null);
        nurse = partner(Role.HEALTH_PARTNER, trust);
        otherNurse = partner(Role.HEALTH_PARTNER, organisation("NHS_TRUST", null));
        school = organisation("SCHOOL", Integer.toString(200_000 + SEQ.incrementAndGet() * 7 + (int) (System.nanoTime() % 1000)));
        teacher = partner(Role.PARTNER, school);
    }

    String organisation(String type, String urn) {
        String id = "API-" + type + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        jdbc.update("INSERT INTO organisation (organisation_id, name, type, urn) VALUES (?, ?, ?, ?)", id,
                "Test " + type + " " + id, type, urn);
        return id;
    }

    String partner(Role role, String organisation) {
        String u = "api-partner-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        users.addPartnerUser(u, "Partner " + u, role, organisation, encoder.encode(TestFixtures.PASSWORD));
        return u;
    }

    String version() {
        return "\"" + api.get("/api/children/" + child + "/involvements", worker).body()
                .replaceAll("(?s).*\"version\":(\\d+).*", "$1") + "\"";
    }

    int rows(String table, String column) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + column + " = ?", Integer.class, child);
    }

    @Test
    void shouldRecordUpdateAndEndAnInvolvementAndRefuseAnUnknownOrganisation() {
        HttpResponse<String> unknown = api.call("POST", "/api/children/" + child + "/involvements", worker,
                "{\"organisationId\":\"NO-SUCH-ORG\",\"involvementKind\":\"EDUCATION\",\"practitionerName\":\"Ms Head\","
                        + "\"phone\":\"01632 960001\",\"since\":\"" + LocalDate.now().minusMonths(1) + "\"}");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.body()).contains("There is no organisation with that id in Hearth").contains("/organisationId");
        assertThat(rows("agency_involvements", "agin_person_id")).isZero();

        HttpResponse<String> made = api.call("POST", "/api/children/" + child + "/involvements", worker,
                "{\"organisationId\":\"" + school + "\",\"involvementKind\":\"EDUCATION\",\"practitionerName\":\"Ms Head\","
                        + "\"phone\":\"01632 960001\",\"since\":\"" + LocalDate.now().minusMonths(1) + "\",\"lastContact\":\""
                        + LocalDate.now().minusDays(21) + "\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String id = made.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        HttpResponse<String> read = api.get("/api/children/" + child + "/involvements", worker);
        assertThat(read.body()).contains("\"recency\":\"last contact 3 weeks ago\"");

        HttpResponse<String> stale = api.call("POST", "/api/children/" + child + "/involvements/" + id + "/end", worker,
                "{\"endDate\":\"" + LocalDate.now() + "\",\"reason\":\"Moved school\"}", "\"0\"");
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> ended = api.call("POST", "/api/children/" + child + "/involvements/" + id + "/end", worker,
                "{\"endDate\":\"" + LocalDate.now() + "\",\"reason\":\"Moved school\"}", version());
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT agin_end_reason FROM agency_involvements WHERE agin_person_id = ?",
                String.class, child)).isEqualTo("Moved school");
    }

    @Test
    void shouldLetOnlyTheOrganisationAskedAnswerOnceAndRefuseEverythingElse() {
        UUID contact = UUID.randomUUID();
        fixtures.history(child, new Contact(contact, child, LocalDate.now(), "3E", null, null, "Burn on the hand"));
        HttpResponse<String> unknown = api.call("POST", "/api/children/" + child + "/contacts/" + contact
                + "/information-requests", worker, "{\"organisationId\":\"NOPE\",\"question\":\"Known?\",\"hours\":4}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("/organisationId");
        HttpResponse<String> asked = api.call("POST", "/api/children/" + child + "/contacts/" + contact
                + "/information-requests", worker, "{\"organisationId\":\"" + trust + "\",\"question\":\"Known?\",\"hours\":4}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String id = asked.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");

        assertThat(api.get("/api/information-requests", nurse).body()).contains(id).contains("\"rag\":\"GREEN\"")
                .doesNotContain("Test Child");
        assertThat(api.get("/api/information-requests", otherNurse).body()).doesNotContain(id);
        assertThat(api.get("/api/information-requests/" + id, otherNurse).statusCode()).isEqualTo(403);
        HttpResponse<String> theirs = api.call("POST", "/api/information-requests/" + id + "/answer", otherNurse,
                "{\"answer\":\"Not ours\"}");
        assertThat(theirs.statusCode()).isEqualTo(403);
        assertThat(theirs.body()).contains("sent to another organisation");
        assertThat(api.call("POST", "/api/information-requests/" + id + "/answer", worker, "{\"answer\":\"x\"}")
                .statusCode()).isEqualTo(403);
        assertThat(api.call("POST", "/api/information-requests/" + id + "/answer", nurse, null).statusCode())
                .isEqualTo(422);

        HttpResponse<String> read = api.get("/api/information-requests/" + id, nurse);
        assertThat(read.body()).contains("\"childName\":\"Test Child\"").contains("\"question\":\"Known?\"")
                .doesNotContain("Burn on the hand");
        assertThat(api.call("POST", "/api/information-requests/" + id + "/answer", nurse,
                "{\"answer\":\"Seen in May for a scald\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> again = api.call("POST", "/api/information-requests/" + id + "/answer", nurse,
                "{\"answer\":\"Something else\"}");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("already answered");
        assertThat(jdbc.queryForObject("SELECT inrq_answer FROM information_requests WHERE inrq_request_id = ?::uuid",
                String.class, id)).isEqualTo("Seen in May for a scald");
        // The request's view never opens the child's record
        assertThat(api.get("/api/children/" + child, nurse).statusCode()).isEqualTo(403);
    }

    String referral(String consent, String why) {
        return "{\"referrerName\":\"Pat Teacher\",\"referrerRole\":\"DSL\",\"referrerPhone\":\"01632 960001\","
                + "\"referrerEmail\":\"pat@example.org\",\"childFirstName\":\"Ria\",\"childLastName\":\"Apitest\","
                + "\"concern\":\"Hungry every morning\",\"consent\":\"" + consent + "\""
                + (why == null ? "" : ",\"consentReason\":\"" + why + "\"") + "}";
    }

    @Test
    void shouldRefuseABadReferralAndTakingInOneWhoseConsentWasWithdrawn() {
        HttpResponse<String> bad = api.call("POST", "/api/partner-referrals", teacher, referral("REFUSED", null));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("/consentReason");
        assertThat(api.call("POST", "/api/partner-referrals", worker, referral("GIVEN", null)).statusCode())
                .isEqualTo(403);
        assertThat(api.call("POST", "/api/partner-referrals", teacher, null).statusCode()).isEqualTo(400);

        HttpResponse<String> made = api.call("POST", "/api/partner-referrals", teacher, referral("GIVEN", null));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String id = made.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(made.body()).contains("Received: waiting for the front door");
        String otherTeacher = partner(Role.PARTNER, organisation("SCHOOL", Integer.toString(300_000
                + SEQ.incrementAndGet() * 7 + (int) (System.nanoTime() % 1000))));
        assertThat(api.get("/api/partner-referrals/" + id, otherTeacher).statusCode()).isEqualTo(404);
        assertThat(api.call("POST", "/api/partner-referrals/" + id + "/withdraw-consent", otherTeacher, null)
                .statusCode()).isEqualTo(404);

        assertThat(api.call("POST", "/api/partner-referrals/" + id + "/withdraw-consent", teacher, null).statusCode())
                .isEqualTo(204);
        HttpResponse<String> accept = api.call("POST", "/api/front-door/partner-referrals/" + id + "/accept", worker,
                "{\"childId\":\"" + child + "\"}");
        assertThat(accept.statusCode()).isEqualTo(409);
        assertThat(accept.body()).contains("withdrew the family's consent");
        assertThat(rows("ssd_contacts", "cont_person_id")).isZero();
        assertThat(api.call("POST", "/api/front-door/partner-referrals/" + id + "/accept", teacher, "{}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void shouldTakeAReferralInOnTheChosenRecordOnceAndReturnTheDecision() {
        HttpResponse<String> made = api.call("POST", "/api/partner-referrals", teacher, referral("GIVEN", null));
        String id = made.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        HttpResponse<String> accept = api.call("POST", "/api/front-door/partner-referrals/" + id + "/accept", worker,
                "{\"childId\":\"" + child + "\"}");
        assertThat(accept.statusCode()).as(accept.body()).isEqualTo(201);
        String contact = accept.body().replaceAll("(?s).*\"contactId\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(api.call("POST", "/api/front-door/partner-referrals/" + id + "/accept", worker,
                "{\"childId\":\"" + child + "\"}").statusCode()).isEqualTo(409);
        assertThat(api.call("POST", "/api/partner-referrals/" + id + "/withdraw-consent", teacher, null).statusCode())
                .isEqualTo(409);
        assertThat(api.get("/api/partner-referrals/" + id, teacher).body()).contains("\"outcome\":\"CONTACT\"");

        HttpResponse<String> decided = api.call("POST", "/api/children/" + child + "/contacts/" + contact + "/decision",
                worker, "{\"decision\":\"EARLY_HELP\",\"decisionDate\":\"" + LocalDate.now() + "\",\"reasons\":\"Family "
                        + "help worker will visit this week\"}", version());
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
        assertThat(api.get("/api/partner-referrals/" + id, teacher).body()).contains("\"outcome\":\"EARLY_HELP\"")
                .contains("\"status\":\"Family help offered\"").contains("Family help worker will visit this week");
    }

    @Test
    void shouldBaseFamilyHelpOnTheSchoolsAssessmentAndRefuseItWithoutFamilyHelp() {
        String body = "{\"organisationId\":\"" + school + "\",\"assessmentKind\":\"EARLY_HELP\",\"assessmentDate\":\""
                + LocalDate.now().minusDays(5) + "\",\"summary\":\"Needs: routines and attendance\"}";
        HttpResponse<String> refused = api.call("POST", "/api/children/" + child + "/partner-assessments", worker, body);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("no family help open");
        fixtures.history(child, new EarlyHelpEpisode(null, child, LocalDate.now().minusDays(2), null, "Parenting",
                null, null, null));
        HttpResponse<String> accepted = api.call("POST", "/api/children/" + child + "/partner-assessments", worker, body);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(api.get("/api/children/" + child + "/involvements", worker).body()).contains("Help based on Test "
                + "SCHOOL " + school + "'s early help assessment of");
    }
}
