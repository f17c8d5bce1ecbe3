package org.hearth.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.icpc;
import static org.hearth.journey.JourneyBuilder.referral;
import static org.hearth.journey.JourneyBuilder.s47;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
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
 * Child protection's task-shaped endpoints: each runs the command the web form runs. The former bypass — ending a
 * CP plan with no review conference or no reason — is refused through every endpoint that could do it.
 */
class ProtectionApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String worker;
    String iro;
    UUID child;
    LocalDate today = LocalDate.now();
    Referral referral;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        iro = fixtures.user(Role.IRO, team);
        child = fixtures.child(LocalDate.of(2014, 9, 9), worker, today.minusMonths(6));
        fixtures.allocate(child, iro, "IRO", today.minusMonths(6));
        referral = referral(weekdayBefore(today.minusDays(60)));
    }

    static LocalDate weekdayBefore(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    String base() {
        return "/api/children/" + child;
    }

    String version() {
        return api.get(base(), worker).headers().firstValue("ETag").orElseThrow();
    }

    /** A child on a plan since a conference 40 days ago: its plan's id. */
    UUID onPlan() {
        S47Enquiry enquiry = s47(referral, null, referral.referralDate().plusDays(1));
        InitialConference conference = icpc(referral, enquiry, weekdayBefore(today.minusDays(40)), true);
        CpPlan plan = JourneyBuilder.cpPlan(referral, conference, null);
        fixtures.history(child, referral, enquiry, conference, plan);
        return plan.id();
    }

    Integer count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, child);
    }

    @Test
    void shouldRecordAStrategyDiscussionThatStartsAnEnquiryAndRefuseOneFromTheIro() {
        fixtures.history(child, referral);
        String body = "{\"date\":\"" + referral.referralDate().plusDays(1) + "\",\"participants\":[{\"agency\":\"POLICE\",\"name\":\"DC Sam Rowe\",\"role\":\"Detective constable\"},{\"agency\":\"HEALTH\",\"name\":\"Jo Hart\",\"role\":\"Health visitor\"}],"
                + "\"outcome\":\"S47\"}";
        HttpResponse<String> byIro = api.call("POST", base() + "/strategy-discussions", iro, body);
        // The IRO's view does not open strategy discussions to change, so the seam refuses before the command (which
        // refuses an IRO too: ProtectionCommandsTest).
        assertThat(byIro.statusCode()).isEqualTo(403);

        HttpResponse<String> r = api.call("POST", base() + "/strategy-discussions", worker, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).contains("\"kind\":\"strategy-discussions\"").contains("\"kind\":\"s47-enquiries\"");
        assertThat(count("SELECT count(*) FROM ssd_s47_enquiry WHERE s47e_person_id = ?")).isEqualTo(1);

        HttpResponse<String> incomplete = api.call("POST", base() + "/strategy-discussions", worker,
                "{\"date\":\"" + today.plusDays(1) + "\",\"participants\":[],\"outcome\":\"NFA\"}");
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.body()).contains("\"pointer\":\"/date\"").contains("\"pointer\":\"/participants\"");
    }

    @Test
    void shouldRecordTheEnquirysOutcomeAndTheConferenceWithThePlanItDecides() {
        S47Enquiry enquiry = s47(referral, null, referral.referralDate().plusDays(1));
        fixtures.history(child, referral, enquiry);
        HttpResponse<String> outcome = api.call("POST", base() + "/s47-enquiries/" + enquiry.id() + "/outcome", worker,
                "{\"endDate\":\"" + referral.referralDate().plusDays(10) + "\",\"conferenceRequired\":true}", version());
        assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(200);
        assertThat(outcome.headers().firstValue("ETag")).isPresent();

        LocalDate held = weekdayBefore(referral.referralDate().plusDays(14));
        HttpResponse<String> noCategory = api.call("POST", base() + "/initial-conferences", iro,
                "{\"enquiryId\":\"" + enquiry.id() + "\",\"date\":\"" + held + "\",\"planDecided\":true}");
        assertThat(noCategory.statusCode()).isEqualTo(422);
        assertThat(noCategory.body()).contains("\"pointer\":\"/category\"");

        HttpResponse<String> conference = api.call("POST", base() + "/initial-conferences", iro,
                "{\"enquiryId\":\"" + enquiry.id() + "\",\"date\":\"" + held + "\",\"planDecided\":true,\"category\":\"PHY\"}");
        assertThat(conference.statusCode()).as(conference.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT cppl_cp_plan_start_date FROM ssd_cp_plans WHERE cppl_person_id = ?",
                LocalDate.class, child)).isEqualTo(held);
    }

    @Test
    void shouldRefuseToEndACpPlanWithoutAReviewConferenceOrAReasonThroughEveryEndpoint() {
        UUID plan = onPlan();
        String planPath = base() + "/cp-plans/" + plan;

        HttpResponse<String> put = api.call("PUT", planPath, worker,
                "{\"cpPlanEndDate\":\"" + today + "\",\"cpPlanInitialCategory\":\"NEG\"}", version());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.body()).contains("ends only at a review conference, with a reason");

        HttpResponse<String> noReason = api.call("POST", planPath + "/end", iro,
                "{\"reviewDate\":\"" + today + "\",\"childViews\":\"I am fine.\"}", version());
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("Select why the child protection plan ends").contains("\"pointer\":\"/reason\"");

        HttpResponse<String> noReview = api.call("POST", planPath + "/end", iro,
                "{\"reason\":\"NO_LONGER_AT_RISK\",\"childViews\":\"I am fine.\"}", version());
        assertThat(noReview.statusCode()).isEqualTo(422);
        assertThat(noReview.body()).contains("Enter the date of the review conference")
                .contains("\"pointer\":\"/reviewDate\"");

        HttpResponse<String> continuing = api.call("POST", planPath + "/reviews", iro,
                "{\"date\":\"" + today + "\",\"childViews\":\"I am fine.\",\"endDate\":\"" + today + "\"}", version());
        assertThat(continuing.statusCode()).as(continuing.body()).isEqualTo(201);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_cp_plans WHERE cppl_person_id = ? "
                + "AND cppl_cp_plan_end_date IS NULL", Integer.class, child)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM ssd_cp_reviews WHERE cppr_person_id = ? "
                + "AND cppr_cp_review_plan_end_reason IS NOT NULL")).isZero();
    }

    @Test
    void shouldEndThePlanAtTheReviewConferenceWithItsReasonAndNeedTheVersionRead() {
        UUID plan = onPlan();
        String body = "{\"reviewDate\":\"" + today + "\",\"reason\":\"MOVED_LA\",\"childViews\":\"New school soon.\"}";
        HttpResponse<String> unversioned = api.call("POST", base() + "/cp-plans/" + plan + "/end", iro, body);
        assertThat(unversioned.statusCode()).isEqualTo(428);

        HttpResponse<String> ended = api.call("POST", base() + "/cp-plans/" + plan + "/end", iro, body, version());
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(201);
        assertThat(ended.body()).contains("\"kind\":\"cp-reviews\"").contains("\"kind\":\"cp-plans\"");
        assertThat(jdbc.queryForObject("SELECT cppl_cp_plan_end_date FROM ssd_cp_plans WHERE cppl_person_id = ?",
                LocalDate.class, child)).isEqualTo(today);
        assertThat(jdbc.queryForObject("SELECT cppr_cp_review_plan_end_reason FROM ssd_cp_reviews WHERE cppr_person_id = ? "
                + "AND cppr_cp_review_date = ?", String.class, child, today)).isEqualTo("MOVED_LA");

        HttpResponse<String> again = api.call("POST", base() + "/cp-plans/" + plan + "/end", iro, body, version());
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("already ended");
    }

    @Test
    void shouldDescribeTheTaskEndpointsInTheOpenApiDocument() {
        HttpResponse<String> doc = api.get("/v3/api-docs", null);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("/api/children/{childId}/strategy-discussions",
                "/api/children/{childId}/s47-enquiries/{enquiryId}/outcome", "/api/children/{childId}/initial-conferences",
                "/api/children/{childId}/cp-plans/{planId}/reviews", "/api/children/{childId}/cp-plans/{planId}/end",
                "EndPlanRequest", "Child protection");
    }

    @Test
    void shouldAnswerAMissingBodyABadDateAndAnUnknownPlanWithAProblem() {
        UUID plan = onPlan();
        HttpResponse<String> empty = api.call("POST", base() + "/cp-plans/" + plan + "/end", iro, "");
        assertThat(empty.statusCode()).isEqualTo(400);
        HttpResponse<String> badDate = api.call("POST", base() + "/cp-plans/" + plan + "/end", iro,
                "{\"reviewDate\":\"2026-02-31\",\"reason\":\"MOVED_LA\"}", version());
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("\"status\":400");
        HttpResponse<String> unknown = api.call("POST", base() + "/cp-plans/" + UUID.randomUUID() + "/end", iro,
                "{\"reviewDate\":\"" + today + "\",\"reason\":\"MOVED_LA\",\"childViews\":\"x\"}", version());
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("not on this child's record");
        HttpResponse<String> badId = api.call("POST", base() + "/cp-plans/not-an-id/end", iro, "{}");
        assertThat(badId.statusCode()).isBetween(400, 404);
    }
}
