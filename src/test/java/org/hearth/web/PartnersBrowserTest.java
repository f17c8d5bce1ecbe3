package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.protection.S47Enquiry;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's "done when" for sharing, in a real browser: a partner refused a child the council has not shared with
 * their organisation (a clear page, audited DENIED); the social worker shares a child in a section 47 enquiry with the
 * police, the police officer opens it (only the parts shared, the lawful basis shown), and the social worker sees who
 * looked. axe at 375 and 1280 px on every new page.
 */
class PartnersBrowserTest extends BrowserTest {
    String worker;
    String police;
    UUID child;

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        police = fixtures.partnerUser("Example Valley Police", "POLICE_FORCE", "Priya Demo");
        child = fixtures.child(LocalDate.of(2013, 4, 2), worker, LocalDate.now().minusMonths(2));
        UUID referral = UUID.randomUUID();
        LocalDate referred = LocalDate.now().minusDays(10);
        fixtures.history(child, new Referral(referral, child, null, referred, "5A", "N1", referred, false, null, null),
                new S47Enquiry(null, child, referral, null, LocalDate.now().minusDays(5), null, null, null));
    }

    private void accessible() {
        for (int width : new int[] {375, 1280}) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
        }
        page.setViewportSize(1280, 900);
    }

    private void signInAsPartner(String username) {
        Browser.signIn(page, url(""), username);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your work with the council")))
                .isVisible();
    }

    @Test
    void shouldRefuseAPartnerAChildWithNoSharingDecisionAndAuditIt() {
        signInAsPartner(police);
        assertThat(page.locator("body")).containsText("The council has not shared any child's record with your organisation");
        accessible();
        page.navigate(url("/partner/children/" + child));
        assertThat(page.locator("h1")).hasText("You do not have access to this child's record");
        assertThat(page.locator("main")).containsText("The council has not shared this child's record with your organisation");
        accessible();
        Browser.screenshot(page, "partner-refused");
        Integer denied = jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? "
                + "AND outcome = 'DENIED'", Integer.class, police, child);
        assertThat(denied).isEqualTo(1);
        // Nor does the council's own page of the child open to them.
        page.navigate(url("/children/" + child));
        assertThat(page.locator("h1")).hasText("You do not have access to this child's record");
    }

    @Test
    void shouldShowTheSocialWorkerWhoLookedAfterSharingWithThePolice() {
        String org = jdbc.queryForObject("SELECT organisation_id FROM hearth_user WHERE username = ?", String.class,
                police);
        signIn(worker);
        page.navigate(url("/children/" + child));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sharing with partners")).click();
        assertThat(page.locator("h1")).hasText("Sharing with partners");
        assertThat(page.locator("main")).containsText("This record is not shared with any partner organisation");
        accessible();
        page.locator("#organisation").selectOption(org);
        page.getByLabel("Safeguarding enquiry (a strategy discussion or section 47 enquiry)").check();
        save("Continue");
        assertThat(page.locator("h1")).hasText("Share with Example Valley Police");
        assertThat(page.locator("main")).containsText("Sharing follows the section 47 enquiry");
        accessible();
        save("Share the record"); // nothing answered: refused, nothing saved
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the law you are sharing under");
        assertThat(page.locator(".govuk-error-summary")).containsText("Say whether you asked the family for their consent");
        Browser.assertAccessible(page);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sharing_decision WHERE person_id = ?", Integer.class, child))
                .isZero();
        page.getByLabel("Children Act 1989 section 47", new Page.GetByLabelOptions().setExact(false)).check();
        page.locator("#consentSought-no").check();
        page.getByLabel("Missing episodes").uncheck(); // the worker narrows the default
        fillDate("endsOn", LocalDate.now().plusMonths(2));
        save("Share the record");
        assertThat(page.getByText("The record is shared")).isVisible();
        assertThat(page.locator(".hearth-sharing-decision")).containsText("Example Valley Police");
        assertThat(page.locator(".hearth-sharing-decision")).containsText("Current");
        assertThat(page.locator(".hearth-sharing-decision")).not().containsText("Missing episodes");
        accessible();
        Browser.screenshot(page, "sharing-decisions");

        signInAfreshAsPartner(police);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Test Child")).click();
        assertThat(page.locator("h1")).hasText("Test Child");
        assertThat(page.locator(".hearth-lawful-basis")).containsText("Lawful basis: Children Act 1989 section 47");
        assertThat(page.locator("main")).containsText("Section 47 enquiries");
        assertThat(page.locator("main")).not().containsText("Missing episodes");
        accessible();
        Browser.screenshot(page, "partner-child-view");

        signInAfresh(worker);
        page.navigate(url("/children/" + child));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Who looked at this record")).click();
        assertThat(page.locator("h1")).hasText("Who looked at this record");
        assertThat(page.locator(".hearth-who-looked__entry").first()).containsText("Example Valley Police, Priya Demo");
        assertThat(page.locator(".hearth-who-looked__entry").first()).containsText("viewed");
        assertThat(page.locator(".hearth-who-looked__entry").first()).containsText("Section 47 enquiries");
        assertThat(page.locator(".hearth-who-looked__entry").first()).containsText("Lawful basis: Children Act 1989 section 47");
        accessible();
        Browser.screenshot(page, "who-looked");
    }

    private void signInAfreshAsPartner(String username) {
        context.close();
        context = Browser.get().newContext();
        page = context.newPage();
        signInAsPartner(username);
    }
}
