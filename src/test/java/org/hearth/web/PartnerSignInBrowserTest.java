package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.hearth.access.UserDirectory;
import org.hearth.support.PartnerIssuerFixtures;
import org.hearth.support.TestFixtures;
import org.hearth.support.TestOidcProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A partner's practitioner signs in to the web app through their own organisation's issuer in Chromium: the sign-in
 * page offers each configured partner issuer beside the local account form (axe-clean at 375 and 1280 px), the
 * police issuer signs in the force's user to their home, and refuses the school's user with a page that says so.
 */
class PartnerSignInBrowserTest extends BrowserTest {
    @Autowired UserDirectory users;
    @Autowired PasswordEncoder encoder;
    final TestOidcProvider police = TestOidcProvider.police();

    @BeforeEach
    void setUp() {
        PartnerIssuerFixtures.add(jdbc, users, encoder.encode(TestFixtures.PASSWORD));
    }

    @AfterEach
    void tearDown() {
        police.signInAs(null);
    }

    private void accessible() {
        for (int width : new int[] {375, 1280}) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
        }
        page.setViewportSize(1280, 900);
    }

    private void signInWithThePolice() {
        page.navigate(url("/sign-in"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with "
                + PartnerIssuerFixtures.POLICE_NAME)).click();
    }

    @Test
    void shouldSignInThroughTheForcesOwnIssuerToThePartnersHome() {
        page.navigate(url("/sign-in"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with "
                + PartnerIssuerFixtures.SCHOOL_NAME))).isVisible();
        assertThat(page.getByLabel("Username")).isVisible();
        accessible();
        Browser.screenshot(page, "sign-in-with-partners");
        police.signInAs(PartnerIssuerFixtures.POLICE_USER);

        signInWithThePolice();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your work with the council")))
                .isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/partner$"));
        assertThat(page.locator(".hearth-header__user")).containsText(PartnerIssuerFixtures.POLICE_USER);
        assertThat(jdbc.queryForList("SELECT outcome || ' ' || basis FROM audit_entry WHERE action = 'SIGN_IN' "
                + "AND actor = ? ORDER BY seq DESC LIMIT 1", String.class, PartnerIssuerFixtures.POLICE_USER))
                .containsExactly("ALLOWED partner-oidc:DEMO-POLICE");
    }

    @Test
    void shouldRefuseTheSchoolsUserSignedInByThePoliceIssuer() {
        police.signInAs(PartnerIssuerFixtures.SCHOOL_USER);

        signInWithThePolice();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(
                "This account is not a user of Example Valley Police in Hearth"))).isVisible();
        accessible();
        Browser.screenshot(page, "sign-in-not-a-partner-user");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go back to sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in to Hearth"))).isVisible();
    }
}
