package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The main flow with the keyboard alone: sign in, find a child, open the record, record a visit, using only Tab,
 * Shift+Tab, Enter, Space and typing; never a click. Every element reached by Tab must show where focus is, the
 * skip link must take focus to the main content, and every page passes axe.
 */
class KeyboardOnlyBrowserTest extends BrowserTest {
    /** What a focused element shows, or why it shows nothing: GOV.UK's focus styles are a yellow fill, a
     *  non-transparent outline or a box shadow; a radio or checkbox shows it on its label's ::before box. */
    private static final String FOCUS = """
            () => {
              const el = document.activeElement;
              if (!el || el === document.body) return { ok: false, what: 'nothing focused' };
              const what = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.innerText || el.value || '').trim().slice(0, 40) + '"';
              const shows = s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
                      && s.outlineColor !== 'transparent' && s.outlineColor !== 'rgba(0, 0, 0, 0)')
                  || (s.boxShadow && s.boxShadow !== 'none')
                  || s.backgroundColor === 'rgb(255, 221, 0)';
              let ok = el.matches(':focus-visible') && shows(getComputedStyle(el));
              if (!ok && (el.type === 'radio' || el.type === 'checkbox') && el.labels && el.labels[0]) {
                ok = el.matches(':focus-visible') && shows(getComputedStyle(el.labels[0], '::before'));
              }
              return { ok, what };
            }""";


    String worker;
    UUID child;
    String forename;
    final List<String> visited = new ArrayList<>();

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child = fixtures.child(LocalDate.of(2015, 10, 3), worker, LocalDate.now().minusMonths(2));
        forename = Browser.uniqueName("Kay", child);
        jdbc.update("UPDATE ssd_person SET pers_forename = ?, pers_surname = 'Adebayo' WHERE pers_person_id = ?", forename, child);
    }

    /** Presses Tab until the focused element satisfies {@code predicate} (a JS function of the element),
     *  checking on the way that every element reached shows its focus. */
    void tabTo(String predicate, String description) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            assertFocusVisible();
            if (Boolean.TRUE.equals(page.evaluate("(" + predicate + ")(document.activeElement)"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + description + " on " + page.url());
    }

    void assertFocusVisible() {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> focus = (java.util.Map<String, Object>) page.evaluate(FOCUS);
        visited.add(String.valueOf(focus.get("what")));
        assertThat(focus.get("ok")).as("focus is visible on %s at %s", focus.get("what"), page.url()).isEqualTo(true);
    }

    /** From the top of a freshly loaded page: the first Tab reaches the skip link, Enter moves focus to main. */
    void skipToMainContent() {
        page.waitForFunction("() => document.body.classList.contains('govuk-frontend-supported')");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.textContent.trim()")).isEqualTo("Skip to main content");
        assertFocusVisible();
        assertThat(page.locator(".govuk-skip-link")).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("#main-content")).isFocused();
    }

    static String id(String id) {
        return "el => el.id === '" + id + "'";
    }

    static String text(String text) {
        return "el => (el.innerText || '').trim() === '" + text + "'";
    }

    @Test
    void shouldSignInFindAChildAndRecordAVisitWithTheKeyboardAlone() {
        page.navigate(url("/sign-in"));
        Browser.assertAccessible(page);
        skipToMainContent();
        tabTo(id("username"), "the username");
        page.keyboard().type(worker);
        tabTo(id("password"), "the password");
        page.keyboard().type(TestFixtures.PASSWORD);
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My work"))).isVisible();
        Browser.assertAccessible(page);
        tabTo(text("Find a child"), "the Find a child link");
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Find a child"))).isVisible();
        Browser.assertAccessible(page);
        skipToMainContent();
        tabTo(id("q"), "the search box");
        page.keyboard().type(forename.toLowerCase());
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(forename + " Adebayo"))).isVisible();
        Browser.assertAccessible(page);
        tabTo(text(forename + " Adebayo"), "the child's name in the results");
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(forename + " Adebayo"))).isVisible();
        Browser.assertAccessible(page);
        skipToMainContent();
        tabTo(text("Record a visit"), "Record a visit");
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Record a visit"))).isVisible();
        Browser.assertAccessible(page);
        // Saving without saying whether the child was seen: the error summary takes focus and links to the question.
        tabTo(text("Save visit"), "Save visit");
        page.keyboard().press("Enter");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select yes if the child was seen");
        assertThat(page.locator(".govuk-error-summary")).isFocused();
        Browser.assertAccessible(page);
        tabTo(text("Select yes if the child was seen"), "the error's link");
        page.keyboard().press("Enter");
        assertThat(page.locator("#visitSeen")).isFocused();
        page.keyboard().press("Space");
        assertThat(page.locator("#visitSeen")).isChecked();
        tabTo(id("seenAlone"), "seen alone: yes");
        page.keyboard().press("Space");
        assertThat(page.locator("#seenAlone")).isChecked();
        tabTo(id("note"), "what happened");
        page.keyboard().type("Walked to the park; talked about school.");
        tabTo(text("Save visit"), "Save visit");
        assertThat(page.locator(".hearth-draft-status")).containsText("Draft saved");
        page.keyboard().press("Enter");

        assertThat(page.getByText("Visit recorded")).isVisible();
        assertThat(page.locator(".moj-timeline")).containsText("child seen alone");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "keyboard-visit-recorded");
        assertThat(visited).as("the elements reached by Tab").isNotEmpty();
    }

    @AfterEach
    void keepThePath() throws java.io.IOException {
        // The elements Tab reached, in order: a test artefact beside the screenshots.
        java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
        java.nio.file.Files.write(Browser.SCREENSHOTS.resolve("keyboard-path.txt"), visited);
    }
}
