package org.hearth.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.icpc;
import static org.hearth.journey.JourneyBuilder.referral;
import static org.hearth.journey.JourneyBuilder.s47;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.journey.JourneyBuilder;
import org.hearth.referral.Referral;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Child protection's substance over the API, on PostgreSQL: a strategy discussion with each agency's participant by
 * organisation and actions per agency; a plan's outcomes and actions; core groups. And the refusals: another child's
 * plan or action, a stale version, a core group before the initial conference, bad input — each refused with nothing
 * saved.
 */
class CpPlanWorkApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String worker;
    UUID child;
    UUID otherChild;
    LocalDate today = LocalDate.now();
    Referral referral;
    String police;
    String trust;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        child = fixtures.child(LocalDate.of(2015, 3, 3), worker, today.minusMonths(6));
        otherChild = fixtures.child(LocalDate.of(2016, 4, 4), worker, today.minusMonths(6));
        referral = referral(ProtectionApiTest.weekdayBefore(today.minusDays(60)));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        police = "POL-" + suffix;
        trust = "NHS-" + suffix;
        jdbc.update("INSERT INTO organisation (organisation_id, name, type) VALUES (?, 'Example Valley Police', "
                + "'POLICE_FORCE')", police);
        jdbc.update("INSERT INTO organisation (organisation_id, name, type, ods_code) VALUES (?, 'Example Valley "
                + "Hospitals NHS Trust', 'NHS_TRUST', ?)", trust, suffix);
    }

    String base(UUID who) {
        return "/api/children/" + who;
    }

    String version(UUID who) {
        return api.get(base(who), worker).headers().firstValue("ETag").orElseThrow();
    }

    Integer count(String sql, UUID who) {
        return jdbc.queryForObject(sql, Integer.class, who);
    }

    /** A child on a plan since a conference 20 days ago: the plan's id. */
    UUID onPlan(UUID who, LocalDate conference) {
        Referral own = referral(referral.referralDate());
        S47Enquiry enquiry = s47(own, null, own.referralDate().plusDays(1));
        InitialConference icpc = icpc(own, enquiry, conference, true);
        CpPlan plan = JourneyBuilder.cpPlan(own, icpc, null);
        fixtures.history(who, own, enquiry, icpc, plan);
        return plan.id();
    }

    @Test
    void shouldRecordAStrategyDiscussionWithPoliceAndHealthByOrganisationAndActionsPerAgency() {
        fixtures.history(child, referral);
        String body = "{\"date\":\"" + referral.referralDate().plusDays(1) + "\",\"outcome\":\"S47\","
                + "\"minutes\":\"Bruising reported by school; joint enquiry agreed.\",\"participants\":["
                + "{\"organisationId\":\"" + police + "\",\"name\":\"DC Sam Rowe\",\"role\":\"Detective constable\"},"
                + "{\"organisationId\":\"" + trust + "\",\"name\":\"Jo Hart\",\"role\":\"Named nurse\"},"
                + "{\"agency\":\"SOCIAL_CARE\",\"name\":\"Alex Kay\",\"role\":\"Social worker\"}],"
                + "\"actions\":[{\"organisationId\":\"" + police + "\",\"owner\":\"DC Sam Rowe\",\"action\":\"Police "
                + "checks on the adults\",\"dueDate\":\"" + today.plusDays(3) + "\"},{\"organisationId\":\"" + trust
                + "\",\"owner\":\"Jo Hart\",\"action\":\"Child protection medical\",\"dueDate\":\"" + today.plusDays(1)
                + "\"}]}";
        HttpResponse<String> r = api.call("POST", base(child) + "/strategy-discussions", worker, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(jdbc.queryForList("SELECT prat_agency FROM protection_attendees WHERE prat_person_id = ? "
                + "ORDER BY prat_agency", String.class, child)).containsExactly("HEALTH", "POLICE", "SOCIAL_CARE");
        assertThat(jdbc.queryForObject("SELECT prat_organisation_id FROM protection_attendees WHERE prat_person_id = ? "
                + "AND prat_agency = 'POLICE'", String.class, child)).isEqualTo(police);
        assertThat(count("SELECT count(*) FROM protection_actions WHERE prac_person_id = ?", child)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM ssd_s47_enquiry s JOIN strategy_discussions d ON "
                + "d.stra_strategy_discussion_id = s.s47e_strategy_discussion_id WHERE s.s47e_person_id = ?", child))
                .as("the enquiry refers to the discussion that started it").isEqualTo(1);

        HttpResponse<String> record = api.get(base(child), worker);
        assertThat(record.body()).contains("\"meetingParticipants\"").contains("DC Sam Rowe")
                .contains("\"agencies\":\"Example Valley Police, Example Valley Hospitals NHS Trust, Children's social care\"")
                .contains("Police checks on the adults").contains("\"label\":\"Not started\"");
    }

    @Test
    void shouldRefuseAStrategyDiscussionWithoutHealthUnlessItSaysWhyAndAnUnknownOrganisation() {
        fixtures.history(child, referral);
        String date = "\"date\":\"" + referral.referralDate().plusDays(1) + "\",\"outcome\":\"NFA\"";
        HttpResponse<String> noHealth = api.call("POST", base(child) + "/strategy-discussions", worker, "{" + date
                + ",\"participants\":[{\"organisationId\":\"" + police + "\",\"name\":\"DC Rowe\",\"role\":\"DC\"}]}");
        assertThat(noHealth.statusCode()).isEqualTo(422);
        assertThat(noHealth.body()).contains("say why health did not").contains("\"pointer\":\"/policeOrHealthAbsentBecause\"");

        HttpResponse<String> unknown = api.call("POST", base(child) + "/strategy-discussions", worker, "{" + date
                + ",\"participants\":[{\"organisationId\":\"NO-SUCH-ORG\",\"name\":\"X\",\"role\":\"Y\"}],"
                + "\"policeOrHealthAbsentBecause\":\"Out of hours\"}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("Participant 1: select the organisation or agency they came for");
        assertThat(count("SELECT count(*) FROM strategy_discussions WHERE stra_person_id = ?", child)).isZero();
        assertThat(count("SELECT count(*) FROM protection_attendees WHERE prat_person_id = ?", child)).isZero();

        HttpResponse<String> withReason = api.call("POST", base(child) + "/strategy-discussions", worker, "{" + date
                + ",\"participants\":[{\"organisationId\":\"" + police + "\",\"name\":\"DC Rowe\",\"role\":\"DC\"}],"
                + "\"policeOrHealthAbsentBecause\":\"The GP surgery was closed; health sent written information.\"}");
        assertThat(withReason.statusCode()).as(withReason.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT stra_absence_reason FROM strategy_discussions WHERE stra_person_id = ?",
                String.class, child)).startsWith("The GP surgery was closed");
    }

    @Test
    void shouldAddOutcomesAndRecordCoreGroupsAndRefuseAnotherChildsPlanOrActions() {
        UUID plan = onPlan(child, ProtectionApiTest.weekdayBefore(today.minusDays(20)));
        UUID otherPlan = onPlan(otherChild, ProtectionApiTest.weekdayBefore(today.minusDays(20)));
        HttpResponse<String> outcome = api.call("POST", base(child) + "/cp-plans/" + plan + "/outcomes", worker,
                "{\"date\":\"" + today + "\",\"outcome\":\"Ella attends nursery every day\",\"actions\":[{\"agency\":"
                        + "\"SOCIAL_CARE\",\"owner\":\"Alex Kay\",\"action\":\"Arrange a nursery place\",\"dueDate\":\""
                        + today.plusDays(14) + "\"}]}");
        assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(201);
        UUID action = jdbc.queryForObject("SELECT prac_action_id FROM protection_actions WHERE prac_person_id = ?",
                UUID.class, child);

        // The other child's plan, through this child's record: not on this record, nothing saved.
        HttpResponse<String> wrongPlan = api.call("POST", base(child) + "/cp-plans/" + otherPlan + "/core-groups",
                worker, "{\"date\":\"" + today + "\",\"participants\":[{\"agency\":\"FAMILY\",\"name\":\"Kim\","
                        + "\"role\":\"Mother\"}]}");
        assertThat(wrongPlan.statusCode()).isEqualTo(422);
        assertThat(wrongPlan.body()).contains("not on this child's record");
        // This child's action, through the other child's record.
        HttpResponse<String> wrongAction = api.call("POST", base(otherChild) + "/cp-plans/" + otherPlan + "/core-groups",
                worker, "{\"date\":\"" + today + "\",\"participants\":[{\"agency\":\"FAMILY\",\"name\":\"Kim\","
                        + "\"role\":\"Mother\"}],\"actions\":[{\"actionId\":\"" + action + "\",\"status\":\"DONE\"}]}",
                version(otherChild));
        assertThat(wrongAction.statusCode()).isEqualTo(422);
        assertThat(wrongAction.body()).contains("not one of this child protection plan's actions");
        assertThat(count("SELECT count(*) FROM core_groups WHERE cogr_person_id = ?", otherChild)).isZero();
        assertThat(jdbc.queryForObject("SELECT prac_status FROM protection_actions WHERE prac_action_id = ?",
                String.class, action)).isEqualTo("NOT_STARTED");

        String group = "{\"date\":\"" + today + "\",\"progress\":\"Nursery place found.\",\"participants\":["
                + "{\"agency\":\"FAMILY\",\"name\":\"Kim Brown\",\"role\":\"Mother\"},{\"agency\":\"HEALTH\",\"name\":"
                + "\"Dr Iqbal\",\"role\":\"GP\",\"attended\":false}],\"actions\":[{\"actionId\":\"" + action
                + "\",\"status\":\"DONE\",\"progress\":\"Starts Monday\"}]}";
        HttpResponse<String> unversioned = api.call("POST", base(child) + "/cp-plans/" + plan + "/core-groups", worker,
                group);
        assertThat(unversioned.statusCode()).as("changing an action needs the version read").isEqualTo(428);
        String seen = version(child);
        HttpResponse<String> meanwhile = api.call("POST", base(child) + "/cp-plans/" + plan + "/outcomes", worker,
                "{\"date\":\"" + today + "\",\"outcome\":\"Mum's health is managed\",\"actions\":[{\"agency\":"
                        + "\"HEALTH\",\"owner\":\"Dr Iqbal\",\"action\":\"Medication review\",\"dueDate\":\""
                        + today.plusDays(7) + "\"}]}");
        assertThat(meanwhile.statusCode()).isEqualTo(201);
        HttpResponse<String> stale = api.call("POST", base(child) + "/cp-plans/" + plan + "/core-groups", worker,
                group, seen);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM core_groups WHERE cogr_person_id = ?", child)).isZero();

        HttpResponse<String> met = api.call("POST", base(child) + "/cp-plans/" + plan + "/core-groups", worker, group,
                version(child));
        assertThat(met.statusCode()).as(met.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT prac_status FROM protection_actions WHERE prac_action_id = ?",
                String.class, action)).isEqualTo("DONE");
        assertThat(jdbc.queryForList("SELECT prat_attended FROM protection_attendees WHERE prat_person_id = ? AND "
                + "prat_meeting_kind = 'core-groups' ORDER BY prat_attendee_name", Boolean.class, child))
                .as("Dr Iqbal sent apologies; Kim Brown came").containsExactly(false, true);
        HttpResponse<String> clocks = api.get(base(child) + "/clocks", worker);
        assertThat(clocks.body()).contains("\"ruleId\":\"CORE_GROUP_FIRST\"");
    }

    @Test
    void shouldRefuseACoreGroupBeforeTheInitialConferenceAndBadInput() {
        LocalDate conference = ProtectionApiTest.weekdayBefore(today.minusDays(10));
        UUID plan = onPlan(child, conference);
        HttpResponse<String> early = api.call("POST", base(child) + "/cp-plans/" + plan + "/core-groups", worker,
                "{\"date\":\"" + conference.minusDays(1) + "\",\"participants\":[{\"agency\":\"FAMILY\",\"name\":"
                        + "\"Kim\",\"role\":\"Mother\"}]}");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("A core group meets after the initial child protection conference")
                .contains("\"pointer\":\"/date\"");
        HttpResponse<String> huge = api.call("POST", base(child) + "/cp-plans/" + plan + "/core-groups", worker,
                "{\"date\":\"" + today.plusDays(1) + "\",\"progress\":\"" + "x".repeat(10_001) + "\",\"participants\":[]}");
        assertThat(huge.statusCode()).isEqualTo(422);
        assertThat(huge.body()).contains("must be today or in the past").contains("10,000 characters or fewer")
                .contains("Add the people who came to the core group");
        HttpResponse<String> noBody = api.call("POST", base(child) + "/cp-plans/" + plan + "/core-groups", worker, "");
        assertThat(noBody.statusCode()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM core_groups WHERE cogr_person_id = ?", child)).isZero();
        assertThat(count("SELECT count(*) FROM protection_attendees WHERE prat_person_id = ?", child)).isZero();
    }
}
