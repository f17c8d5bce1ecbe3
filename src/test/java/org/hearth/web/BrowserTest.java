package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the browser tests: each test gets a fresh browser context (no cookies, no session) and a page in it, closed
 * after the test. The Spring context is the one every integration test shares.
 */
abstract class BrowserTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    BrowserContext context;
    Page page;

    @BeforeEach
    void openBrowserContext() {
        context = Browser.get().newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserContext() {
        context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in with the sign-in form and waits for My work, where every user lands. */
    void signIn(String username) {
        Browser.signIn(page, url(""), username);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My work"))).isVisible();
    }

    /** Signs in as someone else in a fresh browser context, so nothing of the previous user's session is left. */
    void signInAfresh(String username) {
        context.close();
        context = Browser.get().newContext();
        page = context.newPage();
        signIn(username);
    }
}
