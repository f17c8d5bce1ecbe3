package org.hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.journey.JourneyBuilder;
import org.hearth.protection.CpPlan;
import org.hearth.protection.InitialConference;
import org.hearth.referral.Referral;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The assessment and CIN plan endpoints, and the former bypass: no endpoint lets a worker authorise an assessment —
 * only a team manager of the worker's team, approving the request, and never the assessment's author.
 */
class AssessmentApiTest extends HearthIntegrationTest {
    @Autowired TestFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    Api api;
    String team;
    String worker;
    String manager;
    UUID child;
    UUID referral;
    final LocalDate today = LocalDate.now();
    final LocalDate referred = today.minusDays(20);

    @BeforeEach
    void setUp() {
        api = new Api(port);
        team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        manager = fixtures.user(Role.TEAM_MANAGER, team);
        child = fixtures.child(LocalDate.of(2014, 5, 1), worker, referred.minusDays(1));
        referral = UUID.randomUUID();
        fixtures.history(child, new Referral(referral, child, null, referred, "5A", "N1", referred, false, null, null));
    }

    static String id(HttpResponse<String> r) {
        return r.body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    static String field(HttpResponse<String> r, String name) {
        return r.body().replaceAll("(?s).*?\"" + name + "\":\"?([^\",}]*)\"?.*", "$1");
    }

    String version() {
        return "\"" + field(api.get("/api/children/" + child, worker), "version") + "\"";
    }

    LocalDate authorised(String assessment) {
        return jdbc.queryForObject("SELECT cina_assessment_auth_date FROM ssd_cin_assessments WHERE cina_assessment_id = ?",
                LocalDate.class, UUID.fromString(assessment));
    }

    String complete(String extra) {
        return "{\"startDate\":\"" + referred.plusDays(1) + "\",\"childSeen\":\"" + referred.plusDays(2) + "\","
                + "\"childsNeedsAndViews\":\"Wants to stay at school\",\"parentingCapacity\":\"Coping with support\","
                + "\"familyAndEnvironment\":\"Overcrowded flat\",\"factors\":[\"3B\"],\"noFurtherAction\":true,"
                + "\"analysis\":\"Needs met with family help\",\"helpOffered\":\"Family hub\"" + extra + "}";
    }

    String started(String user) {
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/assessments", user, complete(""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return id(r);
    }

    String submitted(String user, String assessment) {
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/assessments/" + assessment + "/submit",
                user, "{\"note\":\"Ready\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return field(r, "requestId");
    }

    @Test
    void shouldRefuseOrIgnoreAnAuthorisationFromTheWorkerAtEveryAssessmentEndpoint() {
        String selfAuthorised = ",\"assessmentAuthDate\":\"" + today + "\",\"authorisedOn\":\"" + today + "\"";
        HttpResponse<String> start = api.call("POST", "/api/children/" + child + "/assessments", worker,
                complete(selfAuthorised));
        String assessment;
        if (start.statusCode() == 201) {
            assessment = id(start);
        } else {
            assertThat(start.statusCode()).as(start.body()).isBetween(400, 499);
            assessment = started(worker);
        }
        assertThat(authorised(assessment)).isNull();

        for (String part : new String[] {"needs", "parenting", "family", "factors", "outcome"}) {
            HttpResponse<String> save = api.call("PUT", "/api/children/" + child + "/assessments/" + assessment
                    + "/parts/" + part, worker, complete(selfAuthorised), version());
            assertThat(save.statusCode()).as(part + ": " + save.body()).isIn(200, 400);
            assertThat(authorised(assessment)).as(part).isNull();
        }

        HttpResponse<String> replace = api.call("PUT", "/api/children/" + child + "/assessments/" + assessment, worker,
                "{\"assessmentStartDate\":\"" + referred.plusDays(1) + "\",\"assessmentFactors\":[\"3B\"]"
                        + ",\"assessmentHelpOffered\":\"x\"" + selfAuthorised + "}", version());
        assertThat(replace.statusCode()).as(replace.body()).isEqualTo(405);
        assertThat(authorised(assessment)).isNull();

        String request = submitted(worker, assessment);
        assertThat(authorised(assessment)).as("sending is not authorising").isNull();
        HttpResponse<String> approveOwn = api.call("POST", "/api/approvals/" + request + "/approve", worker, null);
        assertThat(approveOwn.statusCode()).as(approveOwn.body()).isEqualTo(403);
        assertThat(authorised(assessment)).isNull();
    }

    @Test
    void shouldAuthoriseOnlyWhenATeamManagerOfTheWorkersTeamApproves() {
        String assessment = started(worker);
        String request = submitted(worker, assessment);

        String elsewhere = fixtures.user(Role.TEAM_MANAGER, fixtures.team());
        assertThat(api.call("POST", "/api/approvals/" + request + "/approve", elsewhere, null).statusCode()).isEqualTo(403);
        assertThat(authorised(assessment)).isNull();

        HttpResponse<String> noRationale = api.call("POST", "/api/approvals/" + request + "/approve", manager, null, "\"0\"");
        assertThat(noRationale.statusCode()).as(noRationale.body()).isEqualTo(400);
        assertThat(noRationale.body()).contains("rationale");
        assertThat(authorised(assessment)).as("an approval without a rationale is refused").isNull();

        HttpResponse<String> approved = api.call("POST", "/api/approvals/" + request + "/approve", manager,
                "{\"reason\":\"Analysis is sound; the plan follows from it\"}", "\"0\"");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body()).contains("\"status\":\"APPROVED\"").contains("Analysis is sound");
        assertThat(authorised(assessment)).isEqualTo(today);

        HttpResponse<String> again = api.call("PUT", "/api/children/" + child + "/assessments/" + assessment
                + "/parts/family", worker, complete(""), version());
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("can no longer be changed");
    }

    @Test
    void shouldRefuseTheAuthorsOwnApprovalEvenWhenTheyAreATeamManager() {
        fixtures.allocate(child, manager, "SW", referred);
        String assessment = started(manager);
        String request = submitted(manager, assessment);

        HttpResponse<String> own = api.call("POST", "/api/approvals/" + request + "/approve", manager, null);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
        assertThat(own.body()).contains("your own work");
        assertThat(authorised(assessment)).isNull();
    }

    @Test
    void shouldReturnWithAReasonAndLetTheWorkerCarryOn() {
        String assessment = started(worker);
        String request = submitted(worker, assessment);

        HttpResponse<String> waiting = api.call("PUT", "/api/children/" + child + "/assessments/" + assessment
                + "/parts/family", worker, complete(""), version());
        assertThat(waiting.statusCode()).isEqualTo(409);

        HttpResponse<String> noReason = api.call("POST", "/api/approvals/" + request + "/return", manager, "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Enter why you are returning it");

        HttpResponse<String> returned = api.call("POST", "/api/approvals/" + request + "/return", manager,
                "{\"reason\":\"Add the child's views\"}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        assertThat(returned.body()).contains("\"status\":\"RETURNED\"").contains("Add the child's views");
        assertThat(authorised(assessment)).isNull();

        HttpResponse<String> saved = api.call("PUT", "/api/children/" + child + "/assessments/" + assessment
                + "/parts/needs", worker, complete("").replace("Wants to stay at school", "Wants to stay, said alone"),
                version());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    @Test
    void shouldRefuseToSendAnAssessmentWithoutHelpOfferedWhateverTheOutcome() {
        HttpResponse<String> start = api.call("POST", "/api/children/" + child + "/assessments", worker,
                complete("").replace("\"helpOffered\":\"Family hub\"", "\"helpOffered\":\" \""));
        String assessment = id(start);
        HttpResponse<String> sent = api.call("POST", "/api/children/" + child + "/assessments/" + assessment + "/submit",
                worker, null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(422);
        assertThat(sent.body()).contains("whatever the outcome").contains("\"pointer\":\"/helpOffered\"");
    }

    @Test
    void shouldRefuseAnAssessmentWithNoOpenReferralOrBeforeTheReferralAndBadInput() {
        UUID other = fixtures.child(LocalDate.of(2014, 5, 1), worker, referred);
        HttpResponse<String> none = api.call("POST", "/api/children/" + other + "/assessments", worker, complete(""));
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.body()).contains("no open child in need episode");

        HttpResponse<String> early = api.call("POST", "/api/children/" + child + "/assessments", worker,
                "{\"startDate\":\"" + referred.minusDays(3) + "\"}");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("\"dfeRule\":\"1103\"").contains("\"pointer\":\"/startDate\"");

        assertThat(api.call("POST", "/api/children/" + child + "/assessments", worker, null).statusCode()).isEqualTo(400);
        HttpResponse<String> badDate = api.call("POST", "/api/children/" + child + "/assessments", worker,
                "{\"startDate\":\"6/1/2025\"}");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).contains("problem+json"));
        String assessment = started(worker);
        assertThat(api.call("PUT", "/api/children/" + child + "/assessments/" + assessment + "/parts/nonsense", worker,
                complete(""), version()).statusCode()).isEqualTo(404);
        assertThat(api.call("PUT", "/api/children/" + child + "/assessments/" + assessment + "/parts/family", worker,
                complete("")).statusCode()).isEqualTo(428);
    }

    @Test
    void shouldStartAndEndACinPlanButNotWhileACpPlanIsOpen() {
        HttpResponse<String> started = api.call("POST", "/api/children/" + child + "/cin-plans", worker,
                "{\"date\":\"" + referred.plusDays(5) + "\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String plan = field(started, "id");
        HttpResponse<String> second = api.call("POST", "/api/children/" + child + "/cin-plans", worker,
                "{\"date\":\"" + referred.plusDays(6) + "\"}");
        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(second.body()).contains("\"dfeRule\":\"4004\"");
        HttpResponse<String> ended = api.call("POST", "/api/children/" + child + "/cin-plans/" + plan + "/end", worker,
                "{\"date\":\"" + referred.plusDays(7) + "\"}", version());
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);

        Referral r = new Referral(referral, child, null, referred, "5A", "N1", referred, false, null, null);
        // A conference is never held at a weekend (DfE 8875): ten days after the referral, or the Monday after.
        LocalDate conference = referred.plusDays(10);
        while (conference.getDayOfWeek().getValue() > 5) {
            conference = conference.plusDays(1);
        }
        InitialConference icpc = JourneyBuilder.icpc(r, null, conference, true);
        CpPlan cp = JourneyBuilder.cpPlan(r, icpc, null);
        fixtures.history(child, icpc, cp);
        HttpResponse<String> duringCp = api.call("POST", "/api/children/" + child + "/cin-plans", worker,
                "{\"date\":\"" + conference.plusDays(2) + "\"}");
        assertThat(duringCp.statusCode()).isEqualTo(422);
        assertThat(duringCp.body()).contains("\"dfeRule\":\"4001\"");
    }

    @Test
    void shouldDescribeTheTaskEndpointsWithNoAuthorisationAmongTheWorkersAnswers() {
        String doc = api.get("/v3/api-docs", null).body();
        assertThat(doc).contains("/api/children/{childId}/contacts", "/api/children/{childId}/referrals/{referralId}/close",
                "/api/children/{childId}/assessments/{assessmentId}/parts/{part}",
                "/api/children/{childId}/assessments/{assessmentId}/submit", "/api/approvals/{requestId}/approve",
                "/api/approvals/{requestId}/return", "/api/children/{childId}/cin-plans/{planId}/end",
                "/api/children/{childId}/early-help/{episodeId}/end");
        String request = schema(doc, "AssessmentRequest");
        assertThat(request).contains("helpOffered", "noFurtherAction").doesNotContainIgnoringCase("auth");
    }

    /** One named schema of the OpenAPI document, to its closing brace. */
    static String schema(String doc, String name) {
        int start = doc.indexOf("\"" + name + "\":{") + name.length() + 3;
        int depth = 0;
        for (int i = start; i < doc.length(); i++) {
            char c = doc.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return doc.substring(start, i + 1);
            }
        }
        return doc.substring(start);
    }
}
