package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.platform.pdf.ReadPdf;
import org.hearth.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chronology on the child's record: filtered by kind of event, printed, downloaded as PDF. */
class ChronologyBrowserTest extends BrowserTest {
    String worker;
    UUID child;

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child = fixtures.child(LocalDate.of(2014, 9, 12), worker, LocalDate.now().minusMonths(6));
        Api api = new Api(port);
        api.call("POST", "/api/children/" + child + "/visits", worker, "{\"date\":\"" + LocalDate.now().minusDays(9)
                + "\",\"context\":\"CIN\",\"seen\":true,\"seenAlone\":true}");
        api.call("POST", "/api/children/" + child + "/people-who-matter", worker, "{\"name\":\"Nana Grace\",\"kind\":\"PERSON\","
                + "\"relationship\":\"Grandparent\",\"childsWords\":\"She makes the best rice\",\"from\":\""
                + LocalDate.now().minusDays(40) + "\"}");
        signIn(worker);
        page.navigate(url("/children/" + child));
    }

    @Test
    void shouldFilterTheChronologyByKindOfEvent() {
        assertThat(page.locator(".moj-timeline")).containsText("Person who matters: Nana Grace");
        Browser.assertAccessible(page);

        page.getByLabel("Visits (1)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filter")).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile("kind=visits"));
        assertThat(page.locator(".moj-timeline")).containsText("Visit (child in need plan): child seen alone");
        assertThat(page.locator(".moj-timeline")).not().containsText("Nana Grace");
        assertThat(page.getByLabel("Visits (1)")).isChecked();
        assertThat(page.locator("#chronology-showing")).containsText("Showing 1 event");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "chronology-filtered");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show every kind of event")).click();
        assertThat(page.locator(".moj-timeline")).containsText("Nana Grace");
    }

    @Test
    void shouldPrintTheRecordWithoutNavigationOrButtons() {
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print this record"))).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        assertThat(page.locator(".hearth-header")).isHidden();
        assertThat(page.locator(".govuk-service-navigation")).isHidden();
        assertThat(page.locator("#chronology-pdf")).isHidden();
        assertThat(page.locator("form.hearth-filter")).isHidden();
        assertThat(page.getByText("OFFICIAL-SENSITIVE")).isVisible();
        assertThat(page.locator(".moj-timeline")).containsText("Visit (child in need plan): child seen alone");
        Browser.screenshot(page, "child-record-print");
    }

    @Test
    void shouldDownloadTheFilteredChronologyAsPdf() throws Exception {
        page.getByLabel("People who matter (1)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filter")).click();

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the chronology as PDF")).click());

        byte[] bytes = Files.readAllBytes(download.path());
        ReadPdf pdf = new ReadPdf(bytes);
        assertThat(pdf.flat).contains("Person who matters: Nana Grace").doesNotContain("child seen alone");
        assertThat(download.suggestedFilename()).endsWith(".pdf");
    }
}
