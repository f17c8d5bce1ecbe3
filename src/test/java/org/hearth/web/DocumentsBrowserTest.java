package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.documents.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §5, done when: a document attached to the child's record through the GOV.UK file upload form and found by a
 * word inside it; downloaded as an attachment; a confidential one hidden from the IRO. axe at 375, 768 and 1280 px.
 */
class DocumentsBrowserTest extends BrowserTest {
    private static final int[] WIDTHS = {375, 768, 1280};
    String worker;
    String iro;
    UUID child;

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        iro = fixtures.user(Role.IRO, fixtures.team());
        child = fixtures.child(LocalDate.of(2013, 11, 2), worker, LocalDate.now().minusMonths(6));
        fixtures.allocate(child, iro, "IRO", LocalDate.now().minusMonths(1));
    }

    void accessibleAtEveryWidth() {
        for (int width : WIDTHS) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
        }
        page.setViewportSize(1280, 900);
    }

    @Test
    void shouldAttachADocumentAndFindItByAWordInside() throws Exception {
        String word = "marmalising" + (Math.abs(child.hashCode()) % 10_000);
        byte[] pdf = TestDocuments.pdf("Core group minutes: the family spoke about " + word + " at home.");
        signIn(worker);
        page.navigate(url("/children/" + child));
        page.locator("#documents-link").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Documents").setExact(true)))
                .isVisible();
        assertThat(page.getByText("No documents have been added.")).isVisible();
        accessibleAtEveryWidth();

        // Nothing chosen: the GOV.UK error summary, and the form keeps what was typed.
        page.getByLabel("Title").fill("Core group minutes");
        save("Add document");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select a document to add");
        assertThat(page.getByLabel("Title")).hasValue("Core group minutes");
        accessibleAtEveryWidth();

        // A program renamed as a PDF: refused by its content.
        page.locator("#file").setInputFiles(new FilePayload("minutes.pdf", "application/pdf", TestDocuments.windowsProgram()));
        page.getByLabel("Kind of document").selectOption("MINUTES");
        save("Add document");
        assertThat(page.locator(".govuk-error-summary")).containsText("The file is a program, whatever its name says");

        page.locator("#file").setInputFiles(new FilePayload("minutes.pdf", "application/pdf", pdf));
        page.getByLabel("Kind of document").selectOption("MINUTES");
        page.getByLabel("Title").fill("Core group minutes");
        fillDate("documentDate", LocalDate.now().minusDays(1));
        save("Add document");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Document added");
        assertThat(page.locator("#documents")).containsText("Core group minutes");
        assertThat(page.locator("#documents")).containsText("Meeting minutes");
        assertThat(page.locator("#documents")).containsText(uk(LocalDate.now().minusDays(1)));
        accessibleAtEveryWidth();
        Browser.screenshot(page, "documents-list");

        // Found by a word inside it, typed and sent from the keyboard.
        page.getByLabel("Find a document by a word in it").focus();
        page.keyboard().type(word);
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("Documents containing")))).isVisible();
        assertThat(page.locator("#documents")).containsText("Core group minutes");
        accessibleAtEveryWidth();
        page.getByLabel("Find a document by a word in it").fill("nothingmatchesthis");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.getByText("No documents contain those words.")).isVisible();

        page.navigate(url("/children/" + child + "/documents?q=" + word));
        Download download = page.waitForDownload(() -> page.locator("#documents a").first().click());
        assertThat(download.suggestedFilename()).isEqualTo("Core-group-minutes.pdf");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? AND "
                + "part = 'documents' AND detail LIKE 'document %' AND outcome = 'ALLOWED'", Long.class, worker, child))
                .isOne();
    }

    @Test
    void shouldHideAConfidentialDocumentFromTheIro() throws Exception {
        signIn(worker);
        page.navigate(url("/children/" + child + "/documents"));
        page.locator("#file").setInputFiles(new FilePayload("letter.txt", "text/plain",
                "The new address is 4 Heron Close.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.getByLabel("Kind of document").selectOption("LETTER");
        page.getByLabel("Title").fill("Letter with the new address");
        page.getByLabel("Confidential").check();
        save("Add document");
        assertThat(page.locator("#documents")).containsText("Letter with the new address");
        assertThat(page.locator("#documents")).containsText("Confidential");

        signInAfresh(iro);
        page.navigate(url("/children/" + child + "/documents?q=Heron"));
        assertThat(page.getByText("No documents contain those words.")).isVisible();
        assertThat(page.locator("body")).not().containsText("Letter with the new address");
        // The IRO reads the record but does not add documents to it.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Add a document"))).hasCount(0);
        accessibleAtEveryWidth();
    }
}
