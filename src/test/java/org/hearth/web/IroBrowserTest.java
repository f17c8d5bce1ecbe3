package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyService;
import org.hearth.protection.CpPlan;
import org.hearth.protection.InitialConference;
import org.hearth.protection.S47Enquiry;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.hearth.care.CareStage;
import org.hearth.protection.ProtectionStage;
import org.hearth.referral.ReferralStage;

/**
 * The IRO's day in a real headless Chromium: My reviews, a looked-after review with the child's participation and
 * views, a child protection review conference, a challenge raised and escalated and closed; axe on every page.
 */
class IroBrowserTest extends BrowserTest {
    @Autowired
    JourneyService journeys;
    @Autowired
    UserDirectory users;

    String worker;
    String iro;
    UUID lookedAfter;
    UUID protectedChild;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        String team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        iro = fixtures.user(Role.IRO, fixtures.team());
        Actor sw = users.find(worker).orElseThrow();

        lookedAfter = fixtures.child(LocalDate.of(2013, 4, 9), worker, today.minusMonths(4));
        fixtures.allocate(lookedAfter, iro, "IRO", today.minusMonths(4));
        LocalDate start = today.minusDays(40);
        fixtures.history(lookedAfter, new CarePeriod(null, lookedAfter, start, null, null, "N1"),
                new LegalStatus(null, lookedAfter, "C2", start, null),
                new Placement(null, lookedAfter, start, null, "U6", "PR1", "LS1 4AP", null, null, null));

        protectedChild = fixtures.child(LocalDate.of(2016, 8, 1), worker, today.minusMonths(4));
        fixtures.allocate(protectedChild, iro, "IRO", today.minusMonths(4));
        LocalDate icpc = weekdayOnOrBefore(today.minusDays(60));
        Referral referral = new Referral(null, protectedChild, null, icpc.minusDays(20), "1A", "N1", icpc.minusDays(19),
                false, null, null);
        UUID referralId = journeys.record(sw, protectedChild, null, List.of(JourneyChange.of(ReferralStage.REFERRALS, referral)),
                "test set-up").records().get(0).id();
        UUID s47 = journeys.record(sw, protectedChild, null, List.of(JourneyChange.of(ProtectionStage.S47_ENQUIRIES,
                new S47Enquiry(null, protectedChild, referralId, null, icpc.minusDays(15), icpc.minusDays(5), true))),
                "test set-up").records().get(0).id();
        journeys.record(sw, protectedChild, null, List.of(
                JourneyChange.of(ProtectionStage.INITIAL_CONFERENCES, new InitialConference(null, protectedChild, s47, referralId,
                        icpc, true)),
                JourneyChange.of(ProtectionStage.CP_PLANS, new CpPlan(null, protectedChild, referralId, null, icpc, null, "NEG",
                        "NEG", null))), "test set-up");

    }

    @Test
    void shouldLetTheIroSeeTheirReviewsRecordALookedAfterReviewAndRaiseEscalateAndCloseAChallenge() {
        signIn(iro);
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("My reviews")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My reviews"))).isVisible();
        assertThat(page.locator("main")).containsText("2 children whose reviews you chair");
        assertThat(page.locator("tbody tr").first()).containsText("Looked-after review");
        assertThat(page.locator("tbody tr").first()).containsText("Overdue");
        assertThat(page.locator("main")).containsText("Child protection review");
        assertThat(page.locator("main")).containsText("You have no open challenges");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "iro-my-reviews");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Child").setExact(true)).click();
        assertThat(page.locator("th[aria-sort=ascending]")).hasText("Child");
        Browser.assertAccessible(page);

        // The looked-after review: it starts from the record (due date, placement); errors name the DfE rule
        page.navigate(url("/children/" + lookedAfter + "/care-reviews/new"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Looked-after review"))).isVisible();
        assertThat(page.locator(".govuk-summary-list")).containsText("Overdue");
        assertThat(page.locator(".govuk-summary-list")).containsText("(U6)");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "iro-care-review");

        page.getByLabel("Child under 4 at the time of the review (PN0)").check();
        save("Save review");
        assertThat(page.locator(".govuk-error-summary")).containsText("PN0 is for a child under 4");
        assertThat(page.locator(".govuk-error-summary")).containsText("(DfE rule 440)");
        assertThat(page.locator("#decisions-error")).containsText("Enter what the review decided");
        assertThat(page).hasTitle(Pattern.compile("^Error: Looked-after review"));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "iro-care-review-errors");

        page.getByLabel("Child attends and speaks for themself (PN1)").check();
        page.getByLabel("The child's views, in their own words").fill("I like my foster carers.\nI want to see my brother more.");
        page.getByLabel("What the review decided").fill("Family time with brother weekly from next month.");
        save("Save review");
        assertThat(page.getByText("Looked-after review recorded")).isVisible();
        assertThat(page.locator("#iro")).containsText("I want to see my brother more.");
        assertThat(page.locator("#iro")).containsText("Looked-after review, " + uk(today));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "iro-child-record-after-review");

        // The challenge: raised, escalated (out of order refused first), then closed
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Raise a challenge")).click();
        Browser.assertAccessible(page);
        save("Raise challenge");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select what the challenge is about");
        assertThat(page.locator("#detail-error")).containsText("Enter what you are challenging and why");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "iro-challenge-new-errors");
        fillDate("raisedOn", today.minusDays(7));
        page.getByLabel("Family time and contact").check();
        page.getByLabel("What are you challenging, and why?").fill("Family time with his brother has not happened for "
                + "three months, against the care plan.");
        save("Raise challenge");
        assertThat(page.getByText("Challenge raised")).isVisible();
        assertThat(page.locator("main")).containsText("Open: Informal resolution");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "iro-challenge");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Escalate")).click();
        assertThat(page.getByLabel("Team manager")).isChecked();
        Browser.assertAccessible(page);
        page.getByLabel("Director of children's services").check();
        fillDate("escalatedOn", today.minusDays(8));
        save("Save escalation");
        assertThat(page.locator(".govuk-error-summary")).containsText("Stages are taken in order");
        assertThat(page.locator(".govuk-error-summary")).containsText("cannot be before the challenge was raised on");
        assertThat(page.locator("#escalatedTo-error")).containsText("Enter who the challenge was escalated to");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "iro-challenge-escalate-errors");
        page.getByLabel("Team manager").check();
        fillDate("escalatedOn", today.minusDays(2));
        page.getByLabel("Who did you escalate it to?").fill("Sam Team-Manager, Court team");
        page.getByLabel("Why are you escalating it?").fill("No reply to the informal request in 5 working days.");
        save("Save escalation");
        assertThat(page.getByText("Escalation recorded")).isVisible();
        assertThat(page.locator("main")).containsText("Open: Team manager");
        assertThat(page.locator(".moj-timeline")).containsText("To: Sam Team-Manager, Court team");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "iro-challenge-escalated");

        page.navigate(url("/reviews"));
        assertThat(page.locator("#challenges ~ table")).containsText("Family time and contact");
        assertThat(page.locator("#challenges ~ table")).containsText("Team manager");
        assertThat(page.locator("main")).containsText("I want to see my brother more.");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "iro-my-reviews-after");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Family time and contact")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the outcome")).click();
        Browser.assertAccessible(page);
        page.getByLabel("Resolved", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Summary of the outcome").fill("Weekly family time restarted.");
        save("Save outcome");
        assertThat(page.getByText("Outcome recorded")).isVisible();
        assertThat(page.locator(".govuk-summary-list")).containsText("Resolved");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Escalate"))).hasCount(0);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "iro-challenge-resolved");

        // A tampered escalation of the closed challenge is refused in words, never a 500
        String closed = page.url().replaceAll("\\?.*$", "");
        page.navigate(closed + "/escalate");
        page.locator("input[name=escalatedTo]").fill("Anyone");
        page.locator("textarea[name=reason]").fill("Because");
        save("Save escalation");
        assertThat(page.locator(".govuk-error-summary")).containsText("so it cannot be escalated");
        Browser.assertAccessible(page);
    }

    @Test
    void shouldRecordAChildProtectionReviewThatEndsThePlan() {
        signIn(iro);
        page.navigate(url("/children/" + protectedChild));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a review conference")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Child protection review conference"))).isVisible();
        assertThat(page.locator(".govuk-summary-list")).containsText("Neglect");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "iro-cp-review");

        page.getByLabel("The child protection plan ends").check();
        save("Save review");
        assertThat(page.locator("#endReason-error")).containsText("Select why the child protection plan ends");
        assertThat(page.locator("#views-error")).containsText("Enter the child's views");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "iro-cp-review-errors");

        page.getByLabel("The child is no longer at continuing risk of significant harm").check();
        page.getByLabel("The child's views, in their own words").fill("Home feels calmer now. I want Nan to keep visiting.");
        save("Save review");
        assertThat(page.getByText("Child protection review recorded and the plan ended")).isVisible();
        assertThat(page.locator("#iro")).containsText("Home feels calmer now.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a review conference")))
                .hasCount(0);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "iro-child-record-after-cp-review");
        assertThat(jdbc.queryForObject("SELECT cppr_cp_review_plan_end_reason FROM ssd_cp_reviews WHERE cppr_person_id = ?",
                String.class, protectedChild)).isEqualTo("NO_LONGER_AT_RISK");
    }

    @Test
    void shouldKeepADraftOfTheReviewAsTheIroTypesSoAClosedTabLosesNothing() {
        signIn(iro);
        page.navigate(url("/children/" + lookedAfter + "/care-reviews/new"));
        page.getByLabel("Child attends and speaks for themself (PN1)").check();
        page.getByLabel("The child's views, in their own words").fill("I want my own room.");
        assertThat(page.locator(".hearth-draft-status")).containsText("Draft saved");
        page.close();

        page = context.newPage();
        page.navigate(url("/children/" + lookedAfter + "/care-reviews/new"));
        assertThat(page.getByLabel("The child's views, in their own words")).hasValue("I want my own room.");
        assertThat(page.getByLabel("Child attends and speaks for themself (PN1)")).isChecked();
        page.getByLabel("What the review decided").fill("Carers to ask about a bigger room.");
        save("Save review");
        assertThat(page.getByText("Looked-after review recorded")).isVisible();
        page.navigate(url("/children/" + lookedAfter + "/care-reviews/new"));
        assertThat(page.getByLabel("The child's views, in their own words")).hasValue("");
    }

    @Test
    void shouldShowTheSocialWorkerTheChallengeLogButNotLetThemRaiseOne() {
        signIn(worker);
        page.navigate(url("/children/" + lookedAfter));
        assertThat(page.locator("#iro")).containsText("No challenges recorded");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Raise a challenge"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.NAVIGATION).getByText("My reviews")).hasCount(0);
        Response r = page.navigate(url("/children/" + lookedAfter + "/challenges/new"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(page.locator("main")).containsText("only the IRO who chairs this child's reviews");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "iro-challenge-refused-to-worker");
    }

    @Test
    void shouldRefuseAWorkerWithNoRelationshipTheChallengeLogAndAuditIt() {
        String stranger = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        signIn(stranger);
        Response r = page.navigate(url("/children/" + lookedAfter + "/challenges/new"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(page.locator("main")).containsText("no working relationship");
        Browser.assertAccessible(page);
        List<Map<String, Object>> audit = jdbc.queryForList("SELECT outcome, part FROM audit_entry WHERE actor = ? "
                + "AND person_id = ?", stranger, lookedAfter);
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.get("outcome")).isEqualTo("DENIED");
            assertThat(e.get("part")).isEqualTo("iro-challenges");
        });
    }
}
