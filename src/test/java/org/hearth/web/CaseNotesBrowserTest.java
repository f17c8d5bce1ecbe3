package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.platform.pdf.ReadPdf;
import org.hearth.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's "done when" for notes and the chronology, in a real browser: a visit note recorded today read back from
 * the chronology; a case note written, opened and corrected; two events marked significant and the significant-events
 * PDF downloaded with only those. axe at 375, 768 and 1280 px on every new page.
 */
class CaseNotesBrowserTest extends BrowserTest {
    private static final int[] WIDTHS = {375, 768, 1280};
    String worker;
    UUID child;

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child = fixtures.child(LocalDate.of(2014, 9, 12), worker, LocalDate.now().minusMonths(6));
        Api api = new Api(port);
        api.call("POST", "/api/children/" + child + "/people-who-matter", worker, "{\"name\":\"Nana Grace\",\"kind\":\"PERSON\","
                + "\"relationship\":\"Grandparent\",\"from\":\"" + LocalDate.now().minusDays(40) + "\"}");
        api.call("POST", "/api/children/" + child + "/visits", worker, "{\"date\":\"" + LocalDate.now().minusDays(20)
                + "\",\"context\":\"CIN\",\"seen\":false,\"notSeenReason\":\"The family were out\"}");
        signIn(worker);
    }

    private void accessibleAtEveryWidth() {
        for (int width : WIDTHS) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
        }
        page.setViewportSize(1280, 900);
    }

    @Test
    void shouldReadAVisitNoteRecordedTodayBackFromTheChronology() {
        page.navigate(url("/children/" + child + "/visits/new"));
        page.locator("#visitSeen").check();
        page.locator("#seenAlone").check();
        page.getByLabel("What happened, and what the child said").fill("Amy showed me her new bike.\nShe said school is better.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save visit")).click();
        assertThat(page.getByText("Visit recorded")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Visit (child in need plan): child seen alone")).click();
        assertThat(page.locator("h1")).hasText("Visit (child in need plan): child seen alone");
        assertThat(page.locator("#visit-note")).containsText("Amy showed me her new bike.");
        assertThat(page.locator("#visit-note")).containsText("She said school is better.");
        assertThat(page.locator("#entry-facts")).containsText("Recorded by");
        accessibleAtEveryWidth();
        Browser.screenshot(page, "chronology-entry-visit");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a case note about this")).click();
        assertThat(page.locator("h1")).hasText("Write a case note");
        accessibleAtEveryWidth();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save note")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select what kind of note this is");
        assertThat(page.locator(".govuk-error-summary")).containsText("Write the note");
        Browser.assertAccessible(page);
        page.getByLabel("Direct work with the child").check();
        page.getByLabel("Who was seen or spoken to?").fill("Amy");
        page.getByLabel("The note", new Page.GetByLabelOptions().setExact(true)).fill("We drew her family tree.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save note")).click();
        assertThat(page.getByText("Case note saved")).isVisible();
        assertThat(page.locator("#note-text")).hasText("We drew her family tree.");
        assertThat(page.locator("#note-facts")).containsText("Visit: Visit (child in need plan): child seen alone");
        accessibleAtEveryWidth();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Correct this note")).click();
        accessibleAtEveryWidth();
        page.getByLabel("The note as it should read").fill("We drew her family tree together.");
        page.getByLabel("Why are you correcting it?").fill("Left out that we did it together");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save correction")).click();
        assertThat(page.getByText("Case note corrected")).isVisible();
        assertThat(page.locator("#note-text")).hasText("We drew her family tree together.");
        assertThat(page.locator("#corrections")).containsText("Left out that we did it together");
        page.getByText("The note as first written").click();
        assertThat(page.locator("#original-text")).hasText("We drew her family tree.");
        accessibleAtEveryWidth();
    }

    @Test
    void shouldDownloadASignificantEventsPdfWithOnlyTheTwoEventsMarked() throws Exception {
        page.navigate(url("/children/" + child));
        mark("Person who matters: Nana Grace", "Grandmother offered to care for Amy");
        mark("Visit (child in need plan): child not seen", "Amy was not seen: the family refused entry");
        accessibleAtEveryWidth();
        assertThat(page.locator(".moj-timeline .govuk-tag--purple")).hasCount(2);

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the significant events as PDF")).click());
        ReadPdf pdf = new ReadPdf(Files.readAllBytes(download.path()));
        assertThat(download.suggestedFilename()).startsWith("significant-events-").endsWith(".pdf");
        assertThat(pdf.flat).contains("Significant events chronology", "Grandmother offered to care for Amy",
                "Amy was not seen: the family refused entry", "(2 events)")
                .doesNotContain("http://localhost");
        assertThat(pdf.tags).contains("Table", "TH", "TD");
        assertThat(pdf.flat.split("Person who matters: Nana Grace", -1)).hasSize(2);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Person who matters: Nana Grace")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove from significant events")).click();
        assertThat(page.getByText("No longer marked as a significant event")).isVisible();
        page.navigate(url("/children/" + child));
        Download again = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the significant events as PDF")).click());
        assertThat(new ReadPdf(Files.readAllBytes(again.path())).flat).contains("(1 event)")
                .doesNotContain("Grandmother offered");
    }

    private void mark(String entry, String why) {
        page.navigate(url("/children/" + child));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(entry)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as a significant event")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Say why this event is significant");
        page.getByLabel("Why is this event significant?").fill(why);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as a significant event")).click();
        assertThat(page.getByText("Marked as a significant event")).isVisible();
        assertThat(page.locator("#significance-text")).hasText(why);
        page.navigate(url("/children/" + child));
    }
}
