package org.hearth.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.protection.AgreedAction;
import org.hearth.protection.MarkAgencyActionDone;
import org.hearth.protection.Participant;
import org.hearth.protection.ProtectionAction;
import org.hearth.protection.ProtectionStage;
import org.hearth.protection.RecordStrategyDiscussion;
import org.hearth.record.api.ChildRecordV1Mapper;
import org.hearth.record.api.RecordV1;
import org.hearth.referral.Referral;
import org.hearth.sharing.ShareWithOrganisation;
import org.hearth.sharing.SharedParts;
import org.hearth.sharing.Sharing;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The record API's actions (issue 10), against real PostgreSQL: each strategy discussion action says which
 * organisation owns it (id and name) and, once that organisation marked it done, the day and who (the organisation's
 * name as it was); a partner's view of the record still holds only their own organisation's actions.
 */
class RecordApiAgencyActionsTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JourneyService journeys;
    @Autowired
    UserDirectory users;
    @Autowired
    Sharing sharing;

    @Test
    void shouldGiveEachActionItsOwningOrganisationAndWhenAndByWhomItWasDoneButAPartnerOnlyTheirOwn() throws Exception {
        LocalDate today = LocalDate.now();
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String police = fixtures.partnerUser("Example Valley Police", "POLICE_FORCE", "Priya Officer");
        String health = fixtures.partnerUser("Example Valley Hospitals", "NHS_TRUST", "Jo Hart");
        String policeOrg = organisationOf(police);
        String healthOrg = organisationOf(health);
        UUID child = fixtures.child(today.minusYears(8), worker, today.minusDays(30));
        fixtures.history(child, new Referral(null, child, null, today.minusDays(5), "1A", "N1", null, false, null,
                null));
        Actor sw = users.find(worker).orElseThrow();
        ChildJourney j = journeys.read(sw, child, "strategy-discussions", "test");
        journeys.execute(sw, child, j.version(), new RecordStrategyDiscussion(today.minusDays(2), List.of(
                new Participant("POLICE", policeOrg, "Example Valley Police", "DC Sam Rowe", "Detective", true),
                new Participant("HEALTH", healthOrg, "Example Valley Hospitals", "Jo Hart", "Named nurse", true)),
                "S47", null, null, List.of(
                new AgreedAction("POLICE", policeOrg, "DC Sam Rowe", "Police checks on the adults", today.plusDays(1)),
                new AgreedAction("HEALTH", healthOrg, "Jo Hart", "Child protection medical", today.plusDays(6)))),
                "test");
        for (String[] org : new String[][] {{policeOrg, "POLICE_FORCE"}, {healthOrg, "NHS_TRUST"}}) {
            sharing.share(sw, child, new ShareWithOrganisation(org[0], "SAFEGUARDING_ENQUIRY", "CA1989_S47", false, null,
                    new LinkedHashSet<>(SharedParts.defaults(org[1], "SAFEGUARDING_ENQUIRY")), today.plusMonths(1)));
        }
        Actor officer = users.find(police).orElseThrow();
        ChildJourney seen = journeys.read(officer, child, "protection-actions", "test: the police's action");
        UUID policeAction = seen.all(ProtectionStage.ACTIONS).get(0).id();
        journeys.execute(officer, child, seen.version(), new MarkAgencyActionDone(policeAction,
                "Checks complete: no convictions recorded", "Example Valley Police"), "test: done");

        HttpResponse<String> read = new Api(port).call("GET", "/api/children/" + child, worker, null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode actions = new ObjectMapper().readTree(read.body()).path("records").path("protectionActions");
        assertThat(actions.size()).isEqualTo(2);
        JsonNode byPolice = find(actions, "Police checks on the adults");
        assertThat(byPolice.path("organisationId").asString()).isEqualTo(policeOrg);
        assertThat(byPolice.path("organisationName").asString()).isEqualTo("Example Valley Police");
        assertThat(byPolice.path("done").asString()).isEqualTo(today.toString());
        assertThat(byPolice.path("doneBy").asString()).isEqualTo("Example Valley Police");
        JsonNode byHealth = find(actions, "Child protection medical");
        assertThat(byHealth.path("organisationName").asString()).isEqualTo("Example Valley Hospitals");
        assertThat(byHealth.path("done").isMissingNode() || byHealth.path("done").isNull()).isTrue();
        assertThat(byHealth.path("doneBy").isMissingNode() || byHealth.path("doneBy").isNull()).isTrue();

        // A partner: the record API stays closed to them, and their view of the record (shown in the API's shape)
        // holds their own organisation's action only, never the other agency's
        assertThat(new Api(port).call("GET", "/api/children/" + child, health, null).statusCode()).isEqualTo(403);
        ChildJourney trusts = journeys.read(users.find(health).orElseThrow(), child, "protection-actions", "test");
        RecordV1.ChildRecord asTheTrustSeesIt = ChildRecordV1Mapper.of(trusts, id -> id);
        assertThat(asTheTrustSeesIt.records().protectionActions()).extracting(RecordV1.ProtectionAction::action)
                .containsExactly("Child protection medical");
        assertThat(trusts.all(ProtectionStage.ACTIONS)).extracting(ProtectionAction::organisationId)
                .containsOnly(healthOrg);
    }

    @Test
    void shouldDocumentTheOwningOrganisationAndTheDoneDateAndByInTheApisSchema() {
        JsonNode docs = new ObjectMapper().readTree(new Api(port).get("/v3/api-docs", null).body());
        JsonNode properties = docs.at("/components/schemas/ProtectionAction/properties");
        assertThat(properties.path("organisationId").path("description").asString()).contains("organisation that owns");
        assertThat(properties.path("organisationName").path("description").asString()).contains("name");
        assertThat(properties.path("done").path("description").asString()).contains("marked the action done");
        assertThat(properties.path("doneBy").path("description").asString()).contains("Who marked it done");
    }

    private String organisationOf(String username) {
        return jdbc.queryForObject("SELECT organisation_id FROM hearth_user WHERE username = ?", String.class, username);
    }

    private static JsonNode find(JsonNode actions, String action) {
        for (JsonNode a : actions) {
            if (action.equals(a.path("action").asString())) {
                return a;
            }
        }
        throw new AssertionError("no action " + action + " in " + actions);
    }
}
