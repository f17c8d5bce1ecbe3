package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

    /** Fills a GOV.UK date input: the fields {@code id}-day, {@code id}-month and {@code id}-year. */
    void fillDate(String id, LocalDate date) {
        fillDate(id, Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
                Integer.toString(date.getYear()));
    }

    void fillDate(String id, String day, String month, String year) {
        page.locator("#" + id + "-day").fill(day);
        page.locator("#" + id + "-month").fill(month);
        page.locator("#" + id + "-year").fill(year);
    }

    /** Presses the button named exactly {@code button}. */
    void save(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    /** A date as the pages write it in full: 3 December 2026. */
    static String uk(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    /** The date itself if it is a weekday, else the Friday before. */
    static LocalDate weekdayOnOrBefore(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * Signs in with the sign-in form and waits for the user's landing page: My work for council staff, their home for
     * a partner organisation's practitioner.
     */
    void signIn(String username) {
        Browser.signIn(page, url(""), username);
        assertThat(page.locator("h1").first())
                .hasText(java.util.regex.Pattern.compile("^(My work|Your work with the council)$"));
    }

    /** Signs in as someone else in a fresh browser context, so nothing of the previous user's session is left. */
    void signInAfresh(String username) {
        context.close();
        context = Browser.get().newContext();
        page = context.newPage();
        signIn(username);
    }
}
