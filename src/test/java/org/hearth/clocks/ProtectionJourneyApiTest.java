package org.hearth.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Strategy discussion → s47 → ICPC → CP plan through the API, with the clocks and chronology that follow. */
class ProtectionJourneyApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;

    Api api;
    String worker;
    UUID child;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        child = fixtures.child(LocalDate.of(2014, 9, 9), worker, LocalDate.now().minusMonths(1));
    }

    static String id(HttpResponse<String> r) {
        return r.body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    static LocalDate weekday(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    @Test
    void shouldRunTheIcpcClockFromTheStrategyDiscussionAndStopItAtTheConference() {
        LocalDate referral = weekday(LocalDate.now().minusDays(20));
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/contacts", worker,
                "{\"contactDate\":\"" + referral + "\",\"source\":\"5A\",\"reason\":\"Police concern\",\"decision\":"
                        + "\"REFERRAL\",\"decisionDate\":\"" + referral + "\",\"primaryNeed\":\"N1\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        HttpResponse<String> sd = api.call("POST", "/api/children/" + child + "/strategy-discussions", worker,
                "{\"date\":\"" + referral.plusDays(1) + "\",\"agencies\":[\"POLICE\"],\"outcome\":\"S47\"}");
        assertThat(sd.statusCode()).as(sd.body()).isEqualTo(201);
        String s47 = sd.body().replaceAll("(?s).*\"kind\":\"s47-enquiries\",\"id\":\"([0-9a-f-]{36})\".*", "$1");

        HttpResponse<String> clocks = api.get("/api/children/" + child + "/clocks", worker);
        assertThat(clocks.statusCode()).isEqualTo(200);
        assertThat(clocks.body()).contains("\"ruleId\":\"ICPC\"");

        LocalDate saturday = referral.plusDays(1);
        while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
            saturday = saturday.plusDays(1);
        }
        HttpResponse<String> weekend = api.call("POST", "/api/children/" + child + "/initial-conferences", worker,
                "{\"enquiryId\":\"" + s47 + "\",\"date\":\"" + saturday + "\",\"planDecided\":true,\"category\":\"NEG\"}");
        assertThat(weekend.statusCode()).isEqualTo(422);
        assertThat(weekend.body()).contains("\"dfeRule\":\"8875\"");

        LocalDate conference = weekday(referral.plusDays(8));
        HttpResponse<String> both = api.call("POST", "/api/children/" + child + "/initial-conferences", worker,
                "{\"enquiryId\":\"" + s47 + "\",\"date\":\"" + conference + "\",\"planDecided\":true,\"category\":\"NEG\"}");
        assertThat(both.statusCode()).as(both.body()).isEqualTo(201);

        HttpResponse<String> after = api.get("/api/children/" + child + "/clocks", worker);
        assertThat(after.body()).containsPattern("\"ruleId\":\"ICPC\"[^}]*\"completedOn\":\"" + conference + "\"[^}]*\"status\":\"ON_TIME\"");
        assertThat(after.body()).contains("\"ruleId\":\"CP_REVIEW_FIRST\"")
                .contains("\"dueOn\":\"" + conference.plusMonths(3) + "\"");

        HttpResponse<String> caseload = api.get("/api/caseload", worker);
        assertThat(caseload.body()).contains(child.toString()).contains("\"CP\"").contains("CP_REVIEW_FIRST");

        HttpResponse<String> chronology = api.get("/api/children/" + child + "/chronology", worker);
        assertThat(chronology.body()).contains("Strategy discussion").contains("Initial child protection conference")
                .contains("Child protection plan started, category: neglect");
    }

    @Test
    void shouldCreateAChildAllocatedToTheCreatorAndRefuseABadNhsNumber() {
        HttpResponse<String> bad = api.call("POST", "/api/children", worker,
                "{\"forename\":\"Ada\",\"surname\":\"Test\",\"dateOfBirth\":\"2019-04-04\",\"sex\":\"F\",\"nhsNumber\":\"9434765910\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("check digit").contains("\"field\":\"nhsNumber\"");

        String nhs = TestFixtures.nhsNumber(); // unique: a second child with the same number is refused
        HttpResponse<String> ok = api.call("POST", "/api/children", worker,
                "{\"forename\":\"Ada\",\"surname\":\"Test\",\"dateOfBirth\":\"2019-04-04\",\"sex\":\"F\",\"nhsNumber\":\""
                        + nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6) + "\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        String newChild = ok.headers().firstValue("Location").orElseThrow();
        assertThat(api.get(newChild, worker).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/caseload", worker).body()).contains(newChild.substring(newChild.lastIndexOf('/') + 1));
    }

    @Test
    void shouldServeTheOpenApiDocument() {
        HttpResponse<String> doc = api.get("/v3/api-docs", null);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("\"openapi\"").contains("/api/children/{childId}").contains("/api/caseload");
    }
}
