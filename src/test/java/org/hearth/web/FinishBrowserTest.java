package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hearth.access.Role;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §7 "Finish": error pages keep the council's header and menu and say what actually happened; unknown
 * addresses get a page (the API keeps problem details); an expired session asks to sign in again and returns to the
 * page; the success banner takes focus after a save. axe at 375, 768 and 1280 px.
 */
class FinishBrowserTest extends BrowserTest {
    private static final int[] WIDTHS = {375, 768, 1280};

    void accessibleAtEveryWidth() {
        for (int width : WIDTHS) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
        }
        page.setViewportSize(1280, 900);
    }

    @Test
    void shouldTellAnAdministratorTheirRoleDoesNotIncludeReturnErrorsNotThatAChildIsHidden() {
        String admin = fixtures.user(Role.ADMINISTRATOR, null);
        signIn(admin);
        page.navigate(url("/returns"));

        assertThat(page.locator("h1")).hasText("Your role does not include this");
        assertThat(page.locator("main")).containsText("Administrators manage Hearth");
        assertThat(page.locator("main")).not().containsText("this child's record");
        assertThat(page.locator(".hearth-header")).isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))).isVisible();
        accessibleAtEveryWidth();
    }

    @Test
    void shouldAnswerAnUnknownAddressWithAPageAndAnUnknownApiAddressWithProblemDetails() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        signIn(worker);
        var response = page.navigate(url("/no-such-page"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headerValue("content-type")).startsWith("text/html");
        assertThat(page.locator("h1")).hasText("Page not found");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))).isVisible();
        accessibleAtEveryWidth();

        APIResponse api = context.request().get(url("/api/no-such-thing"), com.microsoft.playwright.options.RequestOptions
                .create().setHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (worker + ":" + org.hearth.support.TestFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8))));
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.headers().get("content-type")).startsWith("application/problem+json");
    }

    @Test
    void shouldAskToSignInAgainWhenTheSessionHasEndedAndReturnToThePage() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        signIn(worker);
        // The session ends (timed out on the server): the browser still sends its cookie, which no longer names one.
        String ended = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        context.addCookies(List.of(new Cookie("SESSION", ended).setDomain("localhost").setPath("/")));

        page.navigate(url("/children?q=Smith"));

        assertThat(page).hasURL(Pattern.compile("/sign-in\\?expired"));
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("You were signed out because Hearth was not used for a while");
        accessibleAtEveryWidth();
        page.getByLabel("Username").fill(worker);
        page.getByLabel("Password").fill(org.hearth.support.TestFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile("/children\\?q=Smith"));
    }

    @Test
    void shouldFocusTheSuccessBannerAfterASave() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID child = fixtures.child(LocalDate.of(2015, 6, 1), worker, LocalDate.now().minusMonths(3));
        signIn(worker);
        page.navigate(url("/children/" + child + "/visits/new"));
        fillDate("visitDate", LocalDate.now().minusDays(1));
        page.locator("#context").check();
        page.locator("#visitSeen").check();
        page.locator("#seenAlone").check();
        save("Save visit");

        assertThat(page.locator(".govuk-notification-banner--success")).isFocused();
        accessibleAtEveryWidth();
    }
}
