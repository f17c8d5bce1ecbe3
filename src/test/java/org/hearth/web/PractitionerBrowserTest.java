package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A social worker's day in a real headless Chromium, every page checked with axe-core. */
class PractitionerBrowserTest extends BrowserTest {
    String worker;
    UUID child;
    String forename;

    @BeforeEach
    void setUp() {
        String team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        child = fixtures.child(LocalDate.of(2016, 2, 29), worker, LocalDate.now().minusMonths(3));
        forename = Browser.uniqueName("Zeb", child);
        jdbc.update("UPDATE ssd_person SET pers_forename = ?, pers_surname = 'Okafor' WHERE pers_person_id = ?", forename, child);
    }

    /** The sign-in page is checked with axe too. */
    @Override
    void signIn(String username) {
        page.navigate(url("/sign-in"));
        Browser.assertAccessible(page);
        super.signIn(username);
    }

    @Test
    void shouldSignInFindAChildRecordAVisitAndSeeItInTheChronology() {
        signIn(worker);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My work"))).isVisible();
        assertThat(page.getByText(forename + " Okafor")).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "my-work");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Find a child")).click();
        page.getByLabel("Name, date of birth").fill(forename.toLowerCase());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "find-a-child");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(forename + " Okafor")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(forename + " Okafor"))).isVisible();
        assertThat(page.locator(".hearth-identity")).containsText("29 February 2016");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "child-record");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a visit")).click();
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save visit")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select yes if the child was seen");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "record-visit-error");

        page.locator("#visitSeen").check();
        page.locator("#seenAlone").check();
        page.getByLabel("What happened").fill("Talked about school and football.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save visit")).click();

        assertThat(page.getByText("Visit recorded")).isVisible();
        assertThat(page.locator(".moj-timeline")).containsText("child seen alone");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "chronology-after-visit");
    }

    @Test
    void shouldRefuseAWorkerWithNoRelationshipToTheChild() {
        String stranger = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        signIn(stranger);
        page.navigate(url("/children/" + child));
        assertThat(page.getByRole(AriaRole.HEADING)).containsText("You do not have access");
        assertThat(page.content()).doesNotContain(forename);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "refused");

        page.navigate(url("/children?q=" + forename));
        assertThat(page.locator("main")).containsText("0 children you can see");
        assertThat(page.locator("main")).containsText("1 other record matches");
        Long denials = jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND outcome = 'DENIED'",
                Long.class, stranger);
        assertThat(denials).isEqualTo(1);
    }

    @Test
    void shouldKeepADraftVisitThroughASessionTimeout() {
        signIn(worker);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Long.class, worker))
                .as("the session lives in PostgreSQL").isEqualTo(1);
        page.navigate(url("/children/" + child + "/visits/new"));
        page.getByLabel("What happened").fill("Half-written note about the visit that must not be lost");
        assertThat(page.locator(".hearth-draft-status")).containsText("Draft saved");

        // The session times out: the server forgets it, as after 30 idle minutes.
        jdbc.update("DELETE FROM spring_session WHERE principal_name = ?", worker);
        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in to Hearth"))).isVisible();

        page.getByLabel("Username").fill(worker);
        page.getByLabel("Password").fill(TestFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Record a visit"))).isVisible();
        assertThat(page.getByLabel("What happened")).hasValue("Half-written note about the visit that must not be lost");
        Browser.screenshot(page, "draft-restored");
    }
}
