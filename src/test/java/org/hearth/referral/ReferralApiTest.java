package org.hearth.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.journey.JourneyBuilder;
import org.hearth.protection.InitialConference;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The front door's endpoints: a contact and its decision, closing the CIN episode, and family help. */
class ReferralApiTest extends HearthIntegrationTest {
    @Autowired TestFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    Api api;
    String worker;
    UUID child;
    final LocalDate today = LocalDate.now();
    final LocalDate contacted = today.minusDays(30);

    @BeforeEach
    void setUp() {
        api = new Api(port);
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child = fixtures.child(LocalDate.of(2016, 2, 2), worker, contacted.minusDays(1));
    }

    String contact(String decision, LocalDate on) {
        return "{\"contactDate\":\"" + on + "\",\"source\":\"2A\",\"reason\":\"School worried about bruising\","
                + "\"decision\":\"" + decision + "\",\"decisionDate\":\"" + on + "\",\"primaryNeed\":\"N1\"}";
    }

    static String saved(HttpResponse<String> r, String kind) {
        return r.body().replaceAll("(?s).*?\"kind\":\"" + kind + "\",\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    String version() {
        return "\"" + api.get("/api/children/" + child, worker).body()
                .replaceAll("(?s).*?\"version\":(\\d+).*", "$1") + "\"";
    }

    @Test
    void shouldOpenTheCinEpisodeFromAContactAndRefuseASecondWhileItIsOpen() {
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/contacts", worker, contact("REFERRAL", contacted));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).contains("\"kind\":\"contacts\"").contains("\"kind\":\"referrals\"");
        assertThat(jdbc.queryForObject("SELECT cine_referral_date FROM ssd_cin_episodes WHERE cine_person_id = ?",
                LocalDate.class, child)).isEqualTo(contacted);

        HttpResponse<String> again = api.call("POST", "/api/children/" + child + "/contacts", worker,
                contact("REFERRAL", contacted.plusDays(3)));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("\"dfeRule\":\"8815\"").contains("is still open");
        assertThat(api.call("POST", "/api/children/" + child + "/contacts", worker,
                contact("NFA", contacted.plusDays(3))).statusCode()).isEqualTo(201);
    }

    @Test
    void shouldPointAtTheRequestsOwnFieldsAndAnswerBadInputWithAProblem() {
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/contacts", worker,
                "{\"contactDate\":\"" + today.plusDays(2) + "\",\"source\":\"99\",\"decision\":\"REFERRAL\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"pointer\":\"/contactDate\"").contains("\"pointer\":\"/source\"")
                .contains("\"pointer\":\"/reason\"").contains("\"pointer\":\"/decisionDate\"")
                .contains("\"pointer\":\"/primaryNeed\"");
        assertThat(api.call("POST", "/api/children/" + child + "/contacts", worker, null).statusCode()).isEqualTo(400);
        assertThat(api.call("POST", "/api/children/" + child + "/contacts", worker, "{\"contactDate\":\"1/2/2025\"}")
                .statusCode()).isEqualTo(400);
        assertThat(api.call("POST", "/api/children/" + UUID.randomUUID() + "/contacts", worker,
                contact("NFA", contacted)).statusCode()).isIn(403, 404);
    }

    @Test
    void shouldCloseTheEpisodeAndItsCinPlanWithTheVersionRead() {
        String referral = saved(api.call("POST", "/api/children/" + child + "/contacts", worker,
                contact("REFERRAL", contacted)), "referrals");
        assertThat(api.call("POST", "/api/children/" + child + "/cin-plans", worker,
                "{\"date\":\"" + contacted.plusDays(5) + "\"}").statusCode()).isEqualTo(201);

        String close = "{\"date\":\"" + contacted.plusDays(9) + "\",\"reason\":\"RC7\"}";
        assertThat(api.call("POST", "/api/children/" + child + "/referrals/" + referral + "/close", worker, close)
                .statusCode()).isEqualTo(428);
        HttpResponse<String> badReason = api.call("POST", "/api/children/" + child + "/referrals/" + referral + "/close",
                worker, "{\"date\":\"" + contacted.plusDays(9) + "\",\"reason\":\"RC99\"}", version());
        assertThat(badReason.statusCode()).isEqualTo(422);
        assertThat(badReason.body()).contains("\"pointer\":\"/reason\"").contains("\"dfeRule\":\"8640\"");

        HttpResponse<String> closed = api.call("POST", "/api/children/" + child + "/referrals/" + referral + "/close",
                worker, close, version());
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT cinp_cin_plan_end_date FROM ssd_cin_plans WHERE cinp_person_id = ?",
                LocalDate.class, child)).isEqualTo(contacted.plusDays(9));
        HttpResponse<String> twice = api.call("POST", "/api/children/" + child + "/referrals/" + referral + "/close",
                worker, close, version());
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body()).contains("was closed on");
    }

    @Test
    void shouldRefuseClosingTheEpisodeWhileACpPlanIsOpen() {
        String referralId = saved(api.call("POST", "/api/children/" + child + "/contacts", worker,
                contact("REFERRAL", contacted)), "referrals");
        Referral r = new Referral(UUID.fromString(referralId), child, null, contacted, "2A", "N1", contacted, false, null, null);
        InitialConference icpc = JourneyBuilder.icpc(r, null, contacted.plusDays(10), true);
        fixtures.history(child, icpc, JourneyBuilder.cpPlan(r, icpc, null));

        HttpResponse<String> closed = api.call("POST", "/api/children/" + child + "/referrals/" + referralId + "/close",
                worker, "{\"date\":\"" + contacted.plusDays(20) + "\",\"reason\":\"RC7\"}", version());
        assertThat(closed.statusCode()).isEqualTo(422);
        assertThat(closed.body()).contains("\"dfeRule\":\"8565\"").contains("\"pointer\":\"/date\"");
    }

    @Test
    void shouldStartFamilyHelpFromTheContactOrTheApiAndEndIt() {
        HttpResponse<String> decided = api.call("POST", "/api/children/" + child + "/contacts", worker,
                contact("EARLY_HELP", contacted));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
        String episode = saved(decided, "early-help");

        HttpResponse<String> second = api.call("POST", "/api/children/" + child + "/early-help", worker,
                "{\"startDate\":\"" + contacted.plusDays(2) + "\",\"reason\":\"Parenting\"}");
        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(second.body()).contains("is still open");

        HttpResponse<String> ended = api.call("POST", "/api/children/" + child + "/early-help/" + episode + "/end", worker,
                "{\"endDate\":\"" + contacted.plusDays(10) + "\",\"reason\":\"COMPLETED\"}", version());
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        HttpResponse<String> again = api.call("POST", "/api/children/" + child + "/early-help", worker,
                "{\"startDate\":\"" + contacted.plusDays(12) + "\",\"reason\":\"Parenting\",\"organisation\":\"Hub\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        HttpResponse<String> early = api.call("POST", "/api/children/" + child + "/early-help/" + saved(again, "early-help")
                + "/end", worker, "{\"endDate\":\"" + contacted + "\",\"reason\":\"COMPLETED\"}", version());
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("\"pointer\":\"/endDate\"");
    }

    @Test
    void shouldQueueAContactAndDecideItLaterRefusingAStaleVersionAndASecondDecision() {
        HttpResponse<String> queued = api.call("POST", "/api/children/" + child + "/contacts", worker,
                "{\"contactDate\":\"" + contacted + "\",\"source\":\"2A\",\"reason\":\"School worried\","
                        + "\"decision\":\"AWAITING\"}");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(201);
        String contactId = saved(queued, "contacts");
        assertThat(jdbc.queryForObject("SELECT cont_contact_outcome FROM ssd_contacts WHERE cont_contact_id = ?::uuid",
                String.class, contactId)).isNull();

        String body = "{\"decision\":\"REFERRAL\",\"decisionDate\":\"" + today + "\",\"primaryNeed\":\"N1\"}";
        HttpResponse<String> stale = api.call("POST", "/api/children/" + child + "/contacts/" + contactId + "/decision",
                worker, body, "\"0\"");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);

        HttpResponse<String> decided = api.call("POST", "/api/children/" + child + "/contacts/" + contactId + "/decision",
                worker, body, version());
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT cine_contact_id::text FROM ssd_cin_episodes WHERE cine_person_id = ?",
                String.class, child)).isEqualTo(contactId);

        HttpResponse<String> twice = api.call("POST", "/api/children/" + child + "/contacts/" + contactId + "/decision",
                worker, "{\"decision\":\"NFA\",\"decisionDate\":\"" + today + "\"}", version());
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body()).contains("This contact was already decided on");
    }
}
