package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.CinPlan;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §3 in a real headless Chromium with axe at 375, 768 and 1280 px: a child in need plan given outcomes and
 * actions and reviewed, the 12-month "better off?" follow-up prompted for a plan that ended over a year ago and
 * answered; a family help plan with goals, actions and a review; and the RC9 step-down opening family help.
 */
class PlansBrowserTest extends BrowserTest {
    static final int[] WIDTHS = {375, 768, 1280};

    UUID namedChild(String worker, String forename) {
        UUID child = fixtures.child(LocalDate.of(2015, 6, 1), worker, LocalDate.now().minusYears(3));
        jdbc.update("UPDATE ssd_person SET pers_forename = ?, pers_surname = 'Okafor' WHERE pers_person_id = ?",
                Browser.uniqueName(forename, child), child);
        return child;
    }

    /** axe-clean at every width, then back to the desktop width. */
    void assertAccessibleAtEveryWidth() {
        for (int width : WIDTHS) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
        }
    }

    void link(String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
    }

    @Test
    void shouldReviewACinPlanAndPromptItsFollowUpAYearAfterItEnded() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        LocalDate today = LocalDate.now();
        UUID child = namedChild(worker, "Temi");
        Referral referral = new Referral(UUID.randomUUID(), child, null, today.minusMonths(3), "1A", "N1",
                today.minusMonths(3), false, null, null);
        CinPlan plan = new CinPlan(UUID.randomUUID(), child, referral.id(), today.minusMonths(2), null);
        fixtures.history(child, referral, plan);

        signIn(worker);
        page.navigate(url("/children/" + child));
        link("Child in need plan");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Child in need plan"))).isVisible();
        assertAccessibleAtEveryWidth();

        save("Add outcome");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the outcome");
        assertThat(page.locator("#outcomeText-error")).containsText("Enter the outcome");
        Browser.assertAccessible(page);
        page.getByLabel("Add an outcome").fill("Temi is safe and settled at home");
        save("Add outcome");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Outcome added");

        page.getByLabel("Temi is safe and settled at home").check();
        page.getByLabel("Who will do it?").fill("Jo Bloggs, school nurse");
        page.getByLabel("What will they do?").fill("Weekly check-in at school");
        fillDate("actionByWhen", plan.cinPlanStartDate().minusDays(1));
        save("Add action");
        assertThat(page.locator(".govuk-error-summary")).containsText("The action cannot be due before the plan started");
        page.getByLabel("Temi is safe and settled at home").check();
        page.getByLabel("Who will do it?").fill("Jo Bloggs, school nurse");
        page.getByLabel("What will they do?").fill("Weekly check-in at school");
        fillDate("actionByWhen", today.plusMonths(1));
        save("Add action");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Action added");
        assertThat(page.locator("tbody")).containsText("Weekly check-in at school");
        page.locator("tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Weekly check-in at school")).locator("button").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Action marked as done");
        assertThat(page.locator("main")).containsText("Done " + today.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)));
        assertAccessibleAtEveryWidth();
        Browser.screenshot(page, "cin-plan");

        link("Record a review meeting");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Child in need plan review meeting"))).isVisible();
        assertAccessibleAtEveryWidth();
        save("Record the review");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the progress towards the outcome");
        Browser.assertAccessible(page);
        page.getByLabel("Who attended?").fill("Sam Test, social worker\nMum\nJo Bloggs, school nurse");
        page.locator("#childAttended").check();
        page.getByLabel("Good progress").check();
        page.getByLabel("What was decided (optional)").fill("Carry on; step down if the next review is as good");
        save("Record the review");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Child in need plan review recorded");
        assertThat(page.locator("main")).containsText("Review meeting on " + uk(today));
        assertThat(page.locator("main")).containsText("Jo Bloggs, school nurse");
        assertThat(page.locator("main")).containsText("Good progress");

        // A plan that ended fourteen months ago: the follow-up is prompted on the child's record and My work.
        UUID former = namedChild(worker, "Femi");
        Referral old = new Referral(UUID.randomUUID(), former, null, today.minusYears(2), "1A", "N1",
                today.minusYears(2), false, "RC7", today.minusMonths(14));
        CinPlan ended = new CinPlan(UUID.randomUUID(), former, old.id(), today.minusYears(2).plusWeeks(6),
                today.minusMonths(14));
        fixtures.history(former, old, ended);
        page.navigate(url("/children/" + former));
        assertThat(page.locator("main")).containsText("Is the child better off? A year after the child in need plan");
        link("Is the child better off? Record the follow-up a year after the child in need plan");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Is the child better off?"))).isVisible();
        assertAccessibleAtEveryWidth();
        save("Record the follow-up");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select whether the child is better off");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the evidence for the answer");
        page.getByLabel("Better off").check();
        page.getByLabel("What is the evidence?").fill("Attending school every day; no new contacts in a year");
        save("Record the follow-up");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Follow-up recorded");
        assertThat(page.locator("main")).containsText("Better off (recorded " + uk(today) + ")");
        assertAccessibleAtEveryWidth();
        page.navigate(url("/children/" + former));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Is the child better off? Record the follow-up a year after the child in need plan"))).hasCount(0);
    }

    @Test
    void shouldMakeAFamilyHelpPlanWithGoalsActionsAndAReviewAndStepDownFromCin() {
        String team = fixtures.team();
        String worker = fixtures.user(Role.SOCIAL_WORKER, team);
        String familyHelpWorker = fixtures.user(Role.EARLY_HELP_WORKER, team);
        LocalDate today = LocalDate.now();
        UUID child = namedChild(worker, "Ada");
        fixtures.allocate(child, familyHelpWorker, "EHW", today.minusMonths(2));
        fixtures.history(child, new EarlyHelpEpisode(UUID.randomUUID(), child, today.minusMonths(1), null,
                "Parenting support", null, null, null));

        signIn(familyHelpWorker);
        page.navigate(url("/children/" + child));
        link("Make a family help plan");
        assertAccessibleAtEveryWidth();
        save("Start the plan");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the lead practitioner's name");
        Browser.assertAccessible(page);
        page.getByLabel("Name").fill("Priya Shah");
        page.getByLabel("Agency").fill("Northgate Family Hub");
        page.getByLabel("How to contact them").fill("01632 960123");
        save("Start the plan");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Family help plan started");
        page.getByLabel("Add a goal").fill("Ada gets to school on time every day");
        save("Add goal");
        page.getByLabel("Ada gets to school on time every day").check();
        page.getByLabel("What is to be done?").fill("Make a morning routine chart together");
        page.getByLabel("Who will do it?").fill("Mum, with Priya");
        fillDate("actionDueDate", today.plusWeeks(2));
        save("Add action");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Action added");
        assertThat(page.locator("main")).containsText("Make a morning routine chart together");
        assertThat(page.locator("main")).containsText("Not done");
        assertAccessibleAtEveryWidth();
        Browser.screenshot(page, "family-help-plan");
        link("Review the plan");
        assertAccessibleAtEveryWidth();
        page.getByLabel("Some progress").check();
        save("Record the review");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Family help plan review recorded");
        assertThat(page.locator("main")).containsText("Review on " + uk(today));
        assertThat(page.locator("main")).containsText("Some progress");

        // Step-down: a child in need episode closed with RC9 after assessment opens family help, no new referral.
        UUID steppedDown = namedChild(worker, "Bola");
        Referral referral = new Referral(UUID.randomUUID(), steppedDown, null, today.minusMonths(2), "1A", "N1",
                today.minusMonths(2), false, null, null);
        fixtures.history(steppedDown, referral, new Assessment(UUID.randomUUID(), steppedDown, referral.id(),
                today.minusMonths(2), today.minusMonths(2), today.minusMonths(1), java.util.List.of("21"), false, null));
        signInAfresh(worker);
        page.navigate(url("/children/" + steppedDown + "/referrals/" + referral.id() + "/close"));
        fillDate("date", today);
        page.getByLabel("Closed after assessment, referred to early help (RC9)").check();
        save("Close episode");
        assertThat(page.locator(".hearth-identity")).containsText("Family help");
        link("Make a family help plan");
        assertThat(page.locator("main")).containsText("Family help has been open since " + uk(today));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_cin_episodes WHERE cine_person_id = ?", Long.class,
                steppedDown)).isEqualTo(1L);
    }
}
