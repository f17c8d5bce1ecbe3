package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.supervision.SupervisionRules;
import org.hearth.supervision.Supervisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Supervision (issue 13 §3): a team manager records a supervision with a case decision; the decision appears in the
 * child's chronology; the worker agrees the record; a worker overdue supervision shows on the manager's task list.
 * Real headless Chromium, axe at 375, 768 and 1280 px on each new page.
 */
class SupervisionBrowserTest extends BrowserTest {
    @Autowired UserDirectory users;
    @Autowired Supervisions supervisions;

    Actor manager;
    Actor worker;
    Actor late;
    UUID child;
    String childName;

    @BeforeEach
    void setUp() {
        String team = fixtures.team();
        manager = users.find(fixtures.user(Role.TEAM_MANAGER, team)).orElseThrow();
        worker = users.find(fixtures.user(Role.SOCIAL_WORKER, team)).orElseThrow();
        late = users.find(fixtures.user(Role.SOCIAL_WORKER, team)).orElseThrow();
        child = fixtures.child(LocalDate.of(2016, 4, 9), worker.username(), LocalDate.now().minusMonths(3));
        String forename = Browser.uniqueName("Rowan", child);
        childName = forename + " Hale";
        jdbc.update("UPDATE ssd_person SET pers_forename = ?, pers_surname = 'Hale' WHERE pers_person_id = ?", forename,
                child);
        // The late worker was last supervised ten weeks ago: overdue on the monthly cadence.
        supervisions.record(manager, late.username(), new SupervisionRules.NewSession(LocalDate.now().minusWeeks(10),
                "FORMAL", null, "Caseload steady", null, null, List.of(), List.of()), "test fixture");
    }

    void accessibleAtEveryWidth(String shot) {
        for (int width : new int[] {375, 768, 1280}) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
            Browser.screenshot(page, shot + "-" + width);
        }
        page.setViewportSize(1280, 900);
    }

    @Test
    void shouldRecordASupervisionWhoseDecisionReachesTheChronologyAndWhichTheWorkerAgrees() {
        signIn(manager.username());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Workers overdue supervision (1)")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Supervision for " + late.displayName())))
                .isVisible();

        page.navigate(url("/team/supervision"));
        assertThat(page.locator("tr[data-worker='" + late.username() + "']")).containsText("Overdue");
        assertThat(page.locator("tr[data-worker='" + worker.username() + "']")).containsText("None recorded");
        accessibleAtEveryWidth("supervision-team");
        // On a phone the page does not scroll sideways: each worker is a card of the same answers, not a wide table
        for (int width : new int[] {375, 768, 1280}) {
            page.setViewportSize(width, 900);
            org.assertj.core.api.Assertions.assertThat(page.evaluate(
                    "() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling at " + width + " px").isEqualTo(true);
        }
        page.setViewportSize(375, 900);
        assertThat(page.locator("#supervision")).isHidden();
        assertThat(page.locator("#supervision-cards [data-worker='" + late.username() + "']")).isVisible();
        assertThat(page.locator("#supervision-cards [data-worker='" + late.username() + "']")).containsText("Overdue");
        assertThat(page.locator("#supervision-cards [data-worker='" + worker.username() + "']"))
                .containsText("None recorded");
        page.setViewportSize(1280, 900);
        assertThat(page.locator("#supervision-cards")).isHidden();

        page.locator("tr[data-worker='" + worker.username() + "'] a", new Page.LocatorOptions().setHasText("Record"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Record a supervision"))).isVisible();
        page.getByLabel("The worker's wellbeing").fill("Tired after a long hearing; taking leave next week.");
        page.getByLabel("Caseload").fill("Fourteen children, two drifting.");
        page.getByLabel("Decision 1: which child?").selectOption(child.toString());
        page.getByLabel("Decision 1: the decision and why").fill("Convene a strategy discussion: the school's new concerns meet the threshold.");
        page.getByLabel("Action 1", new Page.GetByLabelOptions().setExact(true)).fill("Book the strategy discussion");
        page.locator("#action1Owner").check();
        fillDate("action1Due", LocalDate.now().plusDays(2));
        fillDate("nextDate", LocalDate.now().minusDays(1));
        accessibleAtEveryWidth("supervision-form");
        save("Save supervision");
        assertThat(page.locator(".govuk-error-summary")).containsText("The next supervision must be after this one");
        Browser.assertAccessible(page);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM supervision_session WHERE supn_worker = ?", Integer.class,
                worker.username())).isZero();
        fillDate("nextDate", LocalDate.now().plusMonths(1));
        save("Save supervision");
        assertThat(page.getByText("Supervision recorded")).isVisible();
        assertThat(page.locator("#decisions")).containsText(childName);
        accessibleAtEveryWidth("supervision-record");

        // The decision is on the child's record: it opens from the chronology.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(childName)).click();
        assertThat(page.locator("main")).containsText("Convene a strategy discussion");
        assertThat(page.locator("main")).containsText("Supervision decision");
        page.navigate(url("/children/" + child));
        assertThat(page.locator("main")).containsText("supervision decision");

        signInAfresh(worker.username());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Agree your supervision record of " + uk(LocalDate.now()))).click();
        assertThat(page.locator("#wellbeing")).containsText("Tired after a long hearing");
        page.getByLabel("Your comments").fill("Accurate. I will take the leave.");
        save("Agree the record");
        assertThat(page.locator(".govuk-error-summary")).containsText("Confirm that you agree");
        page.getByLabel("I agree this is an accurate record").check();
        save("Agree the record");
        assertThat(page.getByText("Record agreed")).isVisible();
        assertThat(page.locator("#agreement")).containsText("Agreed");
        assertThat(page.locator("#comments")).containsText("I will take the leave");
        accessibleAtEveryWidth("supervision-agreed");

        page.navigate(url("/supervision"));
        assertThat(page.locator("#my-actions")).containsText("Book the strategy discussion");
        accessibleAtEveryWidth("supervision-mine");

        // Another worker of the team sees nothing of it.
        signInAfresh(late.username());
        UUID id = UUID.fromString(jdbc.queryForObject("SELECT supn_session_id::text FROM supervision_session WHERE "
                + "supn_worker = ?", String.class, worker.username()));
        page.navigate(url("/supervision/" + id));
        assertThat(page.locator("main")).containsText("You cannot see this supervision record");
        assertThat(page.locator("main")).not().containsText("Tired after a long hearing");
    }

    @Test
    void shouldBeUsableWithTheKeyboardAlone() {
        signIn(manager.username());
        page.navigate(url("/supervision/new?worker=" + worker.username()));
        page.locator("#wellbeing").focus();
        page.keyboard().press("Tab");
        assertThat(page.locator("#caseload")).isFocused();
        page.keyboard().type("Caseload discussed");
        page.locator("button:has-text('Save supervision')").focus();
        page.keyboard().press("Enter");
        assertThat(page.getByText("Supervision recorded")).isVisible();
    }
}
