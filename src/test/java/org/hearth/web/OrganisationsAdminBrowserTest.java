package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.hearth.access.Role;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Partner organisations administered in a real browser (issue 10 §1): the council's administrator registers
 * "Riverside Primary School" with its URN (refused first without one), adds a user, who signs in and lands on their
 * organisation's home with no children shared; the user's new password is set (refused first when too short), and the
 * organisation closed from its confirmation page (refused first without a reason); a social worker is refused the
 * pages with a page in words. axe (WCAG 2.2 AA) at 375, 768 and 1280 px on each page.
 */
class OrganisationsAdminBrowserTest extends BrowserTest {
    String admin;
    String worker;

    @BeforeEach
    void setUp() {
        admin = fixtures.user(Role.ADMINISTRATOR, fixtures.team());
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
    }

    private void accessible(String shot) {
        for (int width : new int[] {375, 768, 1280}) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
            Browser.screenshot(page, shot + "-" + width);
        }
        page.setViewportSize(1280, 900);
    }

    @Test
    void shouldLetTheAdministratorRegisterASchoolAndAddAUserWhoThenSignsIn() {
        String urn = Integer.toString(300_000 + (int) (System.nanoTime() % 100_000));
        String name = "Riverside Primary School";
        signIn(admin);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partner organisations")).first().click();
        assertThat(page.locator("h1")).hasText("Partner organisations");
        accessible("organisations");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register an organisation")).click();
        assertThat(page.locator("h1")).hasText("Register an organisation");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.locator("#type").selectOption("SCHOOL");
        save("Register the organisation");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the school's URN (unique reference number): 6 digits");
        assertThat(page.locator("#name")).hasValue(name);
        accessible("organisation-refused");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM organisation WHERE name = ?", Integer.class, name)).isZero();

        page.getByLabel("URN", new Page.GetByLabelOptions().setExact(true)).fill(urn);
        page.getByLabel("Email address (optional)").fill("office@riverside.example.org");
        save("Register the organisation");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Organisation registered");
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator(".hearth-organisation")).containsText("URN " + urn);
        assertThat(page.locator("main")).containsText("No one from this organisation has a Hearth account yet.");
        accessible("organisation");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a user")).click();
        assertThat(page.locator("h1")).hasText("Add a user");
        assertThat(page.locator("main")).not().containsText("Health partner"); // a school has no health partners
        String username = "r.teacher." + urn;
        page.getByLabel("Full name").fill("Robin Teacher");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Email address").fill("r.teacher@riverside.example.org");
        page.locator("#password").fill("short");
        save("Add the user");
        assertThat(page.locator(".govuk-error-summary")).containsText("The password must have at least 12 characters");
        assertThat(page.locator("#password")).hasValue(""); // never sent back
        accessible("user-refused");
        page.locator("#password").fill(TestFixtures.PASSWORD);
        save("Add the user");
        assertThat(page.locator(".govuk-notification-banner")).containsText(username + " added");
        assertThat(page.locator(".hearth-organisation-users")).containsText("Robin Teacher");
        assertThat(page.locator(".hearth-organisation-users")).containsText("Can sign in");
        assertThat(page.locator("main")).not().containsText("$2a$");
        accessible("organisation-users");

        // The partner user's new password: axe-clean as opened and as refused, never sent back
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New password for Robin Teacher")).click();
        assertThat(page.locator("h1")).hasText("New password for Robin Teacher");
        accessible("user-password");
        page.locator("#password").fill("short");
        save("Set the password");
        assertThat(page.locator(".govuk-error-summary")).containsText("at least 12 characters");
        assertThat(page.locator("#password")).hasValue("");
        accessible("user-password-refused");
        page.locator("#password").fill(TestFixtures.PASSWORD);
        save("Set the password");
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator(".govuk-notification-banner")).isVisible();

        page.navigate(url("/admin/organisations?type=SCHOOL"));
        assertThat(page.locator(".hearth-organisations")).containsText(name);
        page.navigate(url("/admin/organisations?type=POLICE_FORCE"));
        assertThat(page.locator("main")).not().containsText(name);

        signInAfresh(username);
        assertThat(page.locator("h1")).hasText("Your work with the council");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/partner$"));
        assertThat(page.locator("body")).containsText("The council has not shared any child's record with your organisation");
        accessible("new-partner-home");

        // Closing the organisation: the confirmation page, axe-clean as opened and as refused without a reason
        signInAfresh(admin);
        String id = jdbc.queryForObject("SELECT organisation_id FROM organisation WHERE urn = ?", String.class, urn);
        page.navigate(url("/admin/organisations/" + id));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the organisation")).click();
        assertThat(page.locator("h1")).hasText("Close " + name);
        assertThat(page.locator(".govuk-warning-text")).containsText("1 user will no longer be able to sign in");
        accessible("organisation-close");
        save("Close the organisation");
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertThat(jdbc.queryForObject("SELECT closed_on IS NULL FROM organisation WHERE organisation_id = ?",
                Boolean.class, id)).isTrue();
        accessible("organisation-close-refused");
        page.getByLabel("Why is the organisation closing?").fill("The school merged with another trust");
        save("Close the organisation");
        assertThat(page.locator(".govuk-inset-text")).containsText("The school merged with another trust");
    }

    @Test
    void shouldRefuseASocialWorkerThePagesSayingWhoManagesThem() {
        signIn(worker);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partner organisations"))).hasCount(0);
        page.navigate(url("/admin/organisations"));
        assertThat(page.locator("h1")).hasText("Your role does not include this");
        assertThat(page.locator("main")).containsText("Partner organisations and their users are managed by the "
                + "council's administrators");
        accessible("organisations-refused");
        page.navigate(url("/admin/organisations/new"));
        assertThat(page.locator("h1")).hasText("Your role does not include this");
    }
}
