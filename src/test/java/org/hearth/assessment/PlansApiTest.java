package org.hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.referral.Referral;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 13 §3 through the API against PostgreSQL: the family help plan and the child in need plan's substance, and
 * their refusals — another child's plan id, a stale version, an action for a closed plan, a null body — with nothing
 * half-saved; and the step-down (RC9) and step-up (a referral ends family help) without a new referral.
 */
class PlansApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    static JsonNode json(HttpResponse<String> r) {
        return new ObjectMapper().readTree(r.body());
    }

    static String etag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow();
    }

    static UUID saved(HttpResponse<String> r) {
        return UUID.fromString(json(r).at("/saved/0/id").asString());
    }

    @Test
    void shouldRecordACinPlansSubstanceAndRefuseAnotherChildsPlanAStaleVersionAndAClosedPlan() {
        String team = fixtures.team();
        String worker = fixtures.user(Role.SOCIAL_WORKER, team);
        String familyHelpWorker = fixtures.user(Role.EARLY_HELP_WORKER, team);
        LocalDate today = LocalDate.now();
        UUID child = fixtures.child(LocalDate.of(2015, 6, 1), worker, today.minusMonths(3));
        UUID other = fixtures.child(LocalDate.of(2016, 6, 1), worker, today.minusMonths(3));
        fixtures.allocate(child, familyHelpWorker, "EHW", today.minusMonths(1));
        Referral referral = new Referral(UUID.randomUUID(), child, null, today.minusMonths(2), "1A", "N1",
                today.minusMonths(2), false, null, null);
        CinPlan plan = new CinPlan(UUID.randomUUID(), child, referral.id(), today.minusMonths(1), null);
        fixtures.history(child, referral, plan);
        Referral otherReferral = new Referral(UUID.randomUUID(), other, null, today.minusMonths(2), "1A", "N1",
                today.minusMonths(2), false, null, null);
        CinPlan othersPlan = new CinPlan(UUID.randomUUID(), other, otherReferral.id(), today.minusMonths(1), null);
        fixtures.history(other, otherReferral, othersPlan);
        Api api = new Api(port);
        String base = "/api/children/" + child;

        HttpResponse<String> outcome = api.call("POST", base + "/cin-plans/" + plan.id() + "/outcomes", worker,
                "{\"outcome\":\"Sam is safe at home\"}");
        assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(201);
        UUID outcomeId = saved(outcome);

        // Another child's plan, through this child's URL: not found on this child's record, nothing saved.
        HttpResponse<String> theirs = api.call("POST", base + "/cin-plans/" + othersPlan.id() + "/outcomes", worker,
                "{\"outcome\":\"x\"}");
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(422);
        assertThat(theirs.body()).contains("There is no such child in need plan on this child's record");
        assertThat(api.get(base + "/cin-plans/" + othersPlan.id(), worker).statusCode()).isEqualTo(404);

        // A stale version is refused with 409, saying who changed what.
        HttpResponse<String> stale = api.call("POST", base + "/cin-plans/" + plan.id() + "/actions", worker,
                "{\"outcomeId\":\"" + outcomeId + "\",\"who\":\"School nurse\",\"what\":\"Weekly check-in\",\"byWhen\":\""
                        + today.plusMonths(1) + "\"}", "\"0\"");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.body()).contains("changed the child in need plan outcome");
        HttpResponse<String> action = api.call("POST", base + "/cin-plans/" + plan.id() + "/actions", worker,
                "{\"outcomeId\":\"" + outcomeId + "\",\"who\":\"School nurse\",\"what\":\"Weekly check-in\",\"byWhen\":\""
                        + today.plusMonths(1) + "\"}", etag(outcome));
        assertThat(action.statusCode()).as(action.body()).isEqualTo(201);
        UUID actionId = saved(action);
        HttpResponse<String> review = api.call("POST", base + "/cin-plans/" + plan.id() + "/reviews", worker,
                "{\"date\":\"" + today + "\",\"attendees\":[\"Sam Test, social worker\",\"Mum\"],\"childAttended\":false,"
                        + "\"progress\":{\"" + outcomeId + "\":\"GOOD_PROGRESS\"},\"nextReviewDate\":\""
                        + today.plusMonths(3) + "\"}", etag(action));
        assertThat(review.statusCode()).as(review.body()).isEqualTo(201);
        HttpResponse<String> badReview = api.call("POST", base + "/cin-plans/" + plan.id() + "/reviews", worker,
                "{\"date\":\"" + today + "\",\"attendees\":[],\"progress\":{}}");
        assertThat(badReview.statusCode()).isEqualTo(422);
        assertThat(badReview.body()).contains("/attendees").contains("/childAttended").contains("/nextReviewDate");
        assertThat(api.call("POST", base + "/cin-plans/" + plan.id() + "/outcomes", worker, "null").statusCode())
                .isEqualTo(400);
        assertThat(api.call("POST", base + "/cin-plans/" + plan.id() + "/outcomes", worker,
                "{\"outcome\":\"" + "x".repeat(1_001) + "\"}").statusCode()).isEqualTo(422);

        JsonNode read = json(api.get(base + "/cin-plans/" + plan.id(), worker));
        assertThat(read.at("/outcomes/0/actions/0/who").asString()).isEqualTo("School nurse");
        assertThat(read.at("/reviews/0/attendees/1").asString()).isEqualTo("Mum");
        assertThat(read.at("/reviews/0/progress/0/progress").asString()).isEqualTo("Good progress");
        // A family help worker does not read or write a child in need plan's substance.
        assertThat(api.get(base + "/cin-plans/" + plan.id(), familyHelpWorker).statusCode()).isEqualTo(403);

        // The plan ends; an action for the closed plan is refused, and marking its action done too.
        HttpResponse<String> current = api.get(base + "/cin-plans/" + plan.id(), worker);
        HttpResponse<String> ended = api.call("POST", base + "/cin-plans/" + plan.id() + "/end", worker,
                "{\"date\":\"" + today + "\"}", etag(current));
        assertThat(ended.statusCode()).as(ended.body()).isIn(200, 201);
        HttpResponse<String> late = api.call("POST", base + "/cin-plans/" + plan.id() + "/actions", worker,
                "{\"outcomeId\":\"" + outcomeId + "\",\"who\":\"x\",\"what\":\"y\",\"byWhen\":\"" + today + "\"}");
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(late.body()).contains("This child in need plan ended on");
        assertThat(api.call("POST", base + "/cin-plan-actions/" + actionId + "/done", worker,
                "{\"date\":\"" + today + "\"}", etag(ended)).statusCode()).isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cin_plan_actions WHERE cpac_person_id = ?", Long.class,
                child)).isEqualTo(1L);
        // The follow-up is refused before a year has passed.
        HttpResponse<String> early = api.call("POST", base + "/cin-plans/" + plan.id() + "/follow-up", worker,
                "{\"date\":\"" + today + "\",\"answer\":\"BETTER_OFF\",\"evidence\":\"Doing well\"}");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("The follow-up is a year after the plan ended");

        // Issue 13 §7: a family help visit needs a family help episode; this child has none.
        HttpResponse<String> visit = api.call("POST", base + "/visits", worker, "{\"date\":\"" + today
                + "\",\"context\":\"EH\",\"seen\":true}");
        assertThat(visit.statusCode()).isEqualTo(422);
        assertThat(visit.body()).contains("A family help visit needs a family help episode open on the day of the visit");
    }

    @Test
    void shouldRecordAFamilyHelpPlanAndStepUpAndDownWithoutANewReferral() {
        String team = fixtures.team();
        String worker = fixtures.user(Role.SOCIAL_WORKER, team);
        String familyHelpWorker = fixtures.user(Role.EARLY_HELP_WORKER, team);
        LocalDate today = LocalDate.now();
        UUID child = fixtures.child(LocalDate.of(2015, 6, 1), worker, today.minusMonths(6));
        fixtures.allocate(child, familyHelpWorker, "EHW", today.minusMonths(6));
        EarlyHelpEpisode episode = new EarlyHelpEpisode(UUID.randomUUID(), child, today.minusMonths(2), null,
                "Parenting support", null, null, null);
        fixtures.history(child, episode);
        Api api = new Api(port);
        String base = "/api/children/" + child;

        HttpResponse<String> plan = api.call("POST", base + "/family-help-plans", familyHelpWorker,
                "{\"startDate\":\"" + today.minusMonths(1) + "\",\"leadName\":\"Priya Shah\",\"leadAgency\":"
                        + "\"Northgate Family Hub\",\"leadContact\":\"01632 960123\"}");
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        UUID planId = saved(plan);
        HttpResponse<String> goal = api.call("POST", base + "/family-help-plans/" + planId + "/goals", familyHelpWorker,
                "{\"goal\":\"Ada gets to school on time\"}");
        UUID goalId = saved(goal);
        HttpResponse<String> early = api.call("POST", base + "/family-help-plans/" + planId + "/actions",
                familyHelpWorker, "{\"goalId\":\"" + goalId + "\",\"action\":\"Routine chart\",\"owner\":\"Mum\","
                        + "\"dueDate\":\"" + today.minusMonths(2) + "\"}");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("The action cannot be due before the plan started").contains("/dueDate");
        HttpResponse<String> action = api.call("POST", base + "/family-help-plans/" + planId + "/actions",
                familyHelpWorker, "{\"goalId\":\"" + goalId + "\",\"action\":\"Routine chart\",\"owner\":\"Mum\","
                        + "\"dueDate\":\"" + today.plusWeeks(2) + "\"}");
        assertThat(action.statusCode()).as(action.body()).isEqualTo(201);
        assertThat(api.call("POST", base + "/family-help-actions/" + saved(action) + "/done", familyHelpWorker,
                "{\"date\":\"" + today + "\"}", "\"1\"").statusCode()).isEqualTo(409);
        HttpResponse<String> review = api.call("POST", base + "/family-help-plans/" + planId + "/reviews",
                familyHelpWorker, "{\"date\":\"" + today + "\",\"progress\":{\"" + goalId + "\":\"SOME_PROGRESS\"},"
                        + "\"nextReviewDate\":\"" + today.plusMonths(2) + "\"}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(201);
        JsonNode plans = json(api.get(base + "/family-help-plans", familyHelpWorker));
        assertThat(plans.at("/plans/0/leadAgency").asString()).isEqualTo("Northgate Family Hub");
        assertThat(plans.at("/plans/0/goals/0/actions/0/owner").asString()).isEqualTo("Mum");
        assertThat(plans.at("/plans/0/reviews/0/progress/0/progress").asString()).isEqualTo("Some progress");

        // Step-up: a referral while family help is open asks the worker's choice; ending it ends the plan too.
        String contact = "{\"contactDate\":\"" + today + "\",\"source\":\"1A\",\"reason\":\"Worried\",\"decision\":"
                + "\"REFERRAL\",\"decisionDate\":\"" + today + "\",\"primaryNeed\":\"N1\"";
        HttpResponse<String> unasked = api.call("POST", base + "/contacts", worker, contact + "}");
        assertThat(unasked.statusCode()).isEqualTo(422);
        assertThat(unasked.body()).contains("/familyHelp");
        HttpResponse<String> referred = api.call("POST", base + "/contacts", worker,
                contact + ",\"familyHelp\":\"END\"}", etag(review));
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT earl_episode_end_reason FROM ssd_early_help_episodes WHERE "
                + "earl_episode_id = ?", String.class, episode.id())).isEqualTo("STEP_UP");
        assertThat(jdbc.queryForObject("SELECT fhpl_plan_end_date FROM family_help_plans WHERE fhpl_plan_id = ?",
                LocalDate.class, planId)).isEqualTo(today);

        // Step-down: the episode closes with RC9 after an assessment; family help opens with no new referral.
        UUID referralId = jdbc.queryForObject("SELECT cine_referral_id FROM ssd_cin_episodes WHERE cine_person_id = ?",
                UUID.class, child);
        fixtures.history(child, new Assessment(UUID.randomUUID(), child, referralId, today, today, today,
                java.util.List.of("21"), false, null));
        long referrals = jdbc.queryForObject("SELECT count(*) FROM ssd_cin_episodes WHERE cine_person_id = ?",
                Long.class, child);
        HttpResponse<String> before = api.get("/api/children/" + child, worker);
        HttpResponse<String> closed = api.call("POST", base + "/referrals/" + referralId + "/close", worker,
                "{\"date\":\"" + today + "\",\"reason\":\"RC9\"}", etag(before));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_early_help_episodes WHERE earl_person_id = ? AND "
                + "earl_episode_end_date IS NULL", Long.class, child)).isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_cin_episodes WHERE cine_person_id = ?", Long.class,
                child)).isEqualTo(referrals);
    }
}
