package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.JourneyService;
import org.hearth.journey.child.Person;
import org.hearth.people.LaChildIds;
import org.hearth.referral.RecordContact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The return files in a real headless Chromium: an analyst makes the CIN census, sees its progress then its issues,
 * confirms a query and downloads the files; a social worker is refused. axe at 375, 768 and 1280 px on each page.
 */
class ReturnFilesBrowserTest extends BrowserTest {
    static final List<Integer> WIDTHS = List.of(375, 768, 1280);

    @Autowired
    JourneyService journeys;
    @Autowired
    LaChildIds laChildIds;

    String worker;
    String analyst;
    String laId;
    Page noScript;
    @Autowired
    javax.sql.DataSource dataSource;

    @BeforeEach
    void setUp() {
        String team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        analyst = fixtures.user(Role.DATA_ANALYST, null);
        Actor sw = new Actor(worker, "Test worker", Role.SOCIAL_WORKER, team);
        Person person = new Person(null, null, Person.CHILD, "Bea", Browser.uniqueName("Files", UUID.randomUUID()),
                null, "F", null, null, LocalDate.of(2013, 2, 2), null, null, null, null, null, null, null, null, null,
                null, null, null, List.of());
        JourneyService.Recorded created = journeys.createChild(sw, laChildIds.assign(person), "new child after a search");
        UUID child = created.records().get(0).personId();
        laId = jdbc.queryForObject("SELECT pers_legacy_id FROM ssd_person WHERE pers_person_id = ?", String.class, child);
        LocalDate day = LocalDate.now().minusDays(2);
        // A school-age child with no UPN on a CIN episode: CIN query 8770Q.
        journeys.execute(sw, child, created.version(), new RecordContact(day, "1A", "School worried",
                RecordContact.REFERRAL, day, "N1", null), "record a contact");
    }

    @Test
    void shouldLetAnAnalystMakeTheCinCensusSeeItsProgressConfirmAQueryAndDownloadTheFiles() throws IOException, SQLException {
        signIn(analyst);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Return errors")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Make, check and download the return files"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Return files"))).isVisible();
        accessibleAtEveryWidth("return-files");

        // The children's records are held by another transaction, so the run is seen at its first step.
        try (Connection hold = dataSource.getConnection()) {
            hold.setAutoCommit(false);
            try (Statement st = hold.createStatement()) {
                st.execute("LOCK TABLE ssd_person IN ACCESS EXCLUSIVE MODE");
            }
            page.getByLabel("Children in need census").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make and check the return")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Step 1 of 4: Reading every child's record");

            // Without JavaScript the page does not refresh itself: it offers a link to check progress.
            noScript = Browser.get().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setJavaScriptEnabled(false).setStorageState(context.storageState())).newPage();
            noScript.navigate(page.url());
            assertThat(noScript.getByRole(AriaRole.STATUS)).containsText("Step 1 of 4");
            assertThat(noScript.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check progress")))
                    .isVisible();
            Browser.screenshot(noScript, "return-files-progress");
            // axe needs JavaScript: the same page, held still (its self-refresh taken out) while axe reads it.
            Page still = Browser.get().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setStorageState(context.storageState())).newPage();
            still.addInitScript("new MutationObserver(() => document.querySelector('[data-hearth-refresh]')"
                    + "?.removeAttribute('data-hearth-refresh')).observe(document, {childList: true, subtree: true});");
            still.navigate(page.url());
            assertThat(still.getByRole(AriaRole.STATUS)).containsText("Step 1 of 4");
            for (int width : WIDTHS) {
                still.setViewportSize(width, 900);
                Browser.assertAccessible(still);
            }
            still.context().close();
            hold.rollback();
        }
        // With JavaScript the page refreshes itself until the return is made.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Issues by rule")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
        // Without it, the link does once the run has finished.
        for (int i = 0; i < 60 && !noScript.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Issues by rule")).isVisible(); i++) {
            noScript.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check progress")).click();
            noScript.waitForTimeout(1_000);
        }
        assertThat(noScript.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Issues by rule")))
                .isVisible();
        noScript.context().close();
        // The schema check's outcome is shown either way (the integration test compares it with the validator's).
        assertThat(page.locator("main")).containsText("the DfE's census schema");
        page.getByLabel("LA child id").fill(laId);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter issues")).click();
        assertThat(page.locator("#issues ~ table")).containsText("8770Q");
        accessibleAtEveryWidth("return-files-issues");

        page.getByText("Confirm this query 8770Q for " + laId).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm query")).first().click();
        assertThat(page.locator(".govuk-error-summary").first()).containsText("Enter why the value is right");
        accessibleAtEveryWidth("return-files-confirm-error");
        page.getByLabel("Why is the value right?").first().fill("Home educated: no UPN has been issued");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm query")).first().click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Query 8770Q for child " + laId
                + " is confirmed");
        assertThat(page.getByText("Confirm this query 8770Q for " + laId)).hasCount(0);
        page.getByLabel("Show").selectOption("confirmed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter issues")).click();
        assertThat(page.locator("#issues ~ table")).containsText("Confirmed by " + analyst);
        accessibleAtEveryWidth("return-files-confirmed");

        Download census = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("The census as XML"))).click());
        assertThat(census.suggestedFilename()).startsWith("cin-census-").endsWith(".xml");
        assertThat(Files.readString(census.path())).contains("<LAchildID>" + laId + "</LAchildID>");
        Download issues = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("The issues shown below as CSV")).click());
        assertThat(issues.suggestedFilename()).endsWith("-issues.csv");
        assertThat(Files.readString(issues.path())).contains(laId + ",").contains(",Confirmed,Home educated");
    }

    @Test
    void shouldRefuseASocialWorkerWithAClearPage() {
        signIn(worker);
        page.navigate(url("/returns/files"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You cannot use the return files")))
                .isVisible();
        assertThat(page.locator("main")).containsText("only data analysts and the performance team");
        accessibleAtEveryWidth("return-files-refused");
    }

    private void accessibleAtEveryWidth(String name) {
        for (int width : WIDTHS) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
        }
        Browser.screenshot(page, name);
    }
}
