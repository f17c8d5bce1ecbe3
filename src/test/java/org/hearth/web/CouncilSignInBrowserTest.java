package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.TestFixtures;
import org.hearth.support.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signing in to the web app with the council's identity provider: a real OpenID Connect authorization code flow
 * with PKCE in Chromium, against the in-process provider (discovery, its own sign-in form, token endpoint, signed
 * ID token), ending in a Hearth session for the Hearth account the token names.
 */
class CouncilSignInBrowserTest extends BrowserTest {

    @BeforeEach
    void setUp() {
    }

    void signInAtTheProvider(String username) {
        page.navigate(url("/sign-in"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with " + TestIssuer.PROVIDER_NAME)).click();
        page.getByLabel("Council username").waitFor();
        assertThat(page.url()).as("the council's provider signs the user in").startsWith(TestIssuer.get().issuer() + "/auth?");
        page.getByLabel("Council username").fill(username);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    }

    @Test
    void shouldSignInWithTheCouncilsIdentityProviderAsTheHearthAccountItNames() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID child = fixtures.child(LocalDate.of(2018, 5, 5), worker, LocalDate.now().minusMonths(1));
        page.navigate(url("/sign-in"));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "sign-in-with-council");
        int tokensBefore = TestIssuer.get().tokensIssued();

        signInAtTheProvider(worker);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My work"))).isVisible();
        assertThat(page.locator(".hearth-header__user")).containsText("Signed in as " + worker);
        assertThat(TestIssuer.get().tokensIssued()).isEqualTo(tokensBefore + 1);
        var asked = TestIssuer.get().lastAuthorization().parameters();
        assertThat(asked).containsEntry("code_challenge_method", "S256").containsEntry("client_id", TestIssuer.CLIENT_ID)
                .containsKeys("code_challenge", "state", "nonce");
        assertThat(asked.get("scope").split(" ")).contains("openid");
        Browser.assertAccessible(page);

        // Hearth's own access rules apply to the signed-in user: their allocated child opens, audited as them.
        page.navigate(url("/children/" + child));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Test Child"))).isVisible();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? AND outcome = 'ALLOWED'",
                Long.class, worker, child)).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Long.class, worker))
                .as("the session lives in PostgreSQL").isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT outcome || ' ' || basis FROM audit_entry WHERE action = 'SIGN_IN' AND actor = ?",
                String.class, worker)).as("the sign-in is audited").containsExactly("ALLOWED council");
    }

    @Test
    void shouldRefuseSomeoneTheProviderKnowsButHearthDoesNot() {
        String stranger = "not-a-hearth-user-" + UUID.randomUUID().toString().substring(0, 8);
        signInAtTheProvider(stranger);

        assertThat(page).hasURL(java.util.regex.Pattern.compile("/sign-in/no-account$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You do not have a Hearth account"))).isVisible();
        assertThat(page.locator("main")).containsText("You signed in with " + TestIssuer.PROVIDER_NAME);
        assertThat(jdbc.queryForList("SELECT outcome FROM audit_entry WHERE action = 'SIGN_IN' AND actor = ?",
                String.class, stranger)).as("the refusal is audited").containsExactly("DENIED");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "sign-in-no-account");

        page.navigate(url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in to Hearth"))).isVisible();
    }

    @Test
    void shouldStillSignInWithALocalAccountsPassword() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        page.navigate(url("/sign-in"));
        page.getByLabel("Username").fill(worker);
        page.getByLabel("Password").fill(TestFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My work"))).isVisible();
    }
}
