package org.hearth.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChildRecordApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;

    final HttpClient http = HttpClient.newHttpClient();
    String team;
    String worker;
    UUID child;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        child = fixtures.child(LocalDate.of(2015, 3, 1), worker, LocalDate.of(2024, 1, 1));
    }

    HttpResponse<String> call(String method, String path, String user, String body, String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldServeHealthWithoutSignIn() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("UP");
    }

    @Test
    void shouldLetTheAllocatedWorkerRecordAReferralAndReadItBack() throws Exception {
        HttpResponse<String> created = call("POST", "/api/children/" + child + "/contacts", worker, referral("2025-01-06"), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("ETag")).contains("\"1\"");

        HttpResponse<String> read = call("GET", "/api/children/" + child, worker, null, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"referrals\":[{").contains("\"date\":\"2025-01-06\"")
                .contains("\"source\":{\"code\":\"1A\",\"label\":").contains("\"version\":1")
                .doesNotContain("referralSourceCode");
    }

    @Test
    void shouldRefuseAnAssessmentBeforeItsReferralWithTheDfeRuleCode() throws Exception {
        call("POST", "/api/children/" + child + "/contacts", worker, referral("2025-01-06"), null);
        HttpResponse<String> r = call("POST", "/api/children/" + child + "/assessments", worker,
                "{\"startDate\":\"2025-01-02\",\"factors\":[\"21\"]}", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).contains("problem+json"));
        assertThat(r.body()).contains("\"dfeRule\":\"1103\"").doesNotContain("Exception");
    }

    @Test
    void shouldAnswerMalformedInputWithAProblemNotAServerError() throws Exception {
        HttpResponse<String> badDate = call("POST", "/api/children/" + child + "/contacts", worker,
                "{\"contactDate\":\"06/01/2025\"}", null);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).contains("problem+json"));

        HttpResponse<String> unknownField = call("POST", "/api/children/" + child + "/contacts", worker,
                referral("2025-01-06").replace("contactDate", "contactDat"), null);
        assertThat(unknownField.statusCode()).isEqualTo(422);
        assertThat(unknownField.body()).contains("Enter the date of the contact").contains("\"pointer\":\"/contactDate\"");

        HttpResponse<String> notJson = call("POST", "/api/children/" + child + "/contacts", worker, "{oops", null);
        assertThat(notJson.statusCode()).isEqualTo(400);

        // There is no generic "add a record of any kind": an unknown task, or a kind only an import writes, is not
        // an address at all.
        HttpResponse<String> badKind = call("POST", "/api/children/" + child + "/nonsense", worker, "{}", null);
        assertThat(badKind.statusCode()).isEqualTo(404);
        assertThat(badKind.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).contains("problem+json"));
        HttpResponse<String> returnedRow = call("POST", "/api/children/" + child + "/returned-rows", worker,
                "{\"returnYearEnd\":\"2024-03-31\",\"returnTable\":\"Header\",\"rowKey\":\"\"}", null);
        assertThat(returnedRow.statusCode()).isEqualTo(404);
        HttpResponse<String> generic = call("PUT", "/api/children/" + child + "/referrals/" + java.util.UUID.randomUUID(),
                worker, "{\"referralDate\":\"2025-01-06\"}", "\"1\"");
        assertThat(generic.statusCode()).isIn(404, 405);

        HttpResponse<String> badId = call("GET", "/api/children/not-a-uuid", worker, null, null);
        assertThat(badId.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRefuseAStaleUpdateSayingWhoChangedIt() throws Exception {
        HttpResponse<String> created = call("POST", "/api/children/" + child + "/contacts", worker, referral("2025-01-06"), null);
        String id = created.body().replaceAll(".*\"kind\":\"referrals\",\"id\":\"([0-9a-f-]{36})\".*", "$1");
        HttpResponse<String> first = call("POST", "/api/children/" + child + "/referrals/" + id + "/close", worker,
                "{\"date\":\"2025-02-03\",\"reason\":\"RC7\"}", "\"1\"");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        HttpResponse<String> stale = call("POST", "/api/children/" + child + "/referrals/" + id + "/close", worker,
                "{\"date\":\"2025-02-04\",\"reason\":\"RC1\"}", "\"1\"");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("changed since you opened it").contains(worker);

        HttpResponse<String> read = call("GET", "/api/children/" + child, worker, null, null);
        assertThat(read.body()).contains("\"closureReason\":{\"code\":\"RC7\"");
    }

    @Test
    void shouldChangeTheChildsDetailsKeepingTheLaChildIdAndPointAtTheRequestsOwnFields() throws Exception {
        HttpResponse<String> before = call("GET", "/api/children/" + child, worker, null, null);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        String laId = before.body().replaceAll(".*\"laChildId\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> future = call("PUT", "/api/children/" + child, worker,
                "{\"forename\":\"Ada\",\"surname\":\"Child\",\"sex\":\"F\",\"dateOfBirth\":\"2099-01-01\"}", etag);
        assertThat(future.statusCode()).as(future.body()).isEqualTo(422);
        assertThat(future.body()).contains("\"pointer\":\"/dateOfBirth\"").doesNotContain("\"/dob\"");

        HttpResponse<String> changed = call("PUT", "/api/children/" + child, worker,
                "{\"forename\":\"Ada\",\"surname\":\"Child\",\"sex\":\"F\",\"dateOfBirth\":\"2015-03-01\"}", etag);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        HttpResponse<String> after = call("GET", "/api/children/" + child, worker, null, null);
        assertThat(after.body()).contains("\"forename\":\"Ada\"").contains("\"laChildId\":\"" + laId + "\"");

        HttpResponse<String> noBody = call("PUT", "/api/children/" + child, worker, null,
                changed.headers().firstValue("ETag").orElseThrow());
        assertThat(noBody.statusCode()).isEqualTo(400);
    }

    /** A contact decided as a referral to children's social care, through the front door's task endpoint. */
    static String referral(String on) {
        return "{\"contactDate\":\"" + on + "\",\"source\":\"1A\",\"reason\":\"School worried\",\"decision\":\"REFERRAL\","
                + "\"decisionDate\":\"" + on + "\",\"primaryNeed\":\"N1\"}";
    }
}
