package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hearth.access.Role;
import org.hearth.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Looked after in a real headless Chromium: becoming looked after, a move, a change of legal status; axe on every page. */
class CarePagesBrowserTest extends BrowserTest {
    String worker;
    UUID child;

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child = fixtures.child(LocalDate.of(2015, 6, 1), worker, LocalDate.now().minusMonths(3));
    }

    @Test
    void shouldRecordBecomingLookedAfterThenAChangeOfPlacementAndShowTheHistory() {
        LocalDate start = LocalDate.now().minusDays(10);
        LocalDate move = LocalDate.now().minusDays(2);
        signIn(worker);
        openRecord();
        assertThat(page.locator("#looked-after")).containsText("Not looked after");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "care-record-before");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record becoming looked after")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Becoming looked after"))).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "care-new");

        // A nonsense date and no choices: errors in words, with the DfE rule, and no 500
        page.locator("#date-day").fill("31");
        page.locator("#date-month").fill("2");
        page.locator("#date-year").fill("twenty");
        save("Save");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date the child became looked after as a real date");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the child's legal status (DfE rule 144)");
        assertThat(page.locator("#placementType-error")).containsText("Select the type of placement (DfE rule 146)");
        assertThat(page).hasTitle(Pattern.compile("^Error: Becoming looked after"));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "care-new-errors");

        fillDate("date", start);
        page.getByLabel("Full care order (C2)").check();
        page.getByLabel("Abuse or neglect (N1)").check();
        page.getByLabel("(U6)").check();
        page.getByLabel("Own local authority provision (PR1)").check();
        page.getByLabel("Postcode of the placement").fill("ls1 4ap");
        save("Save");

        assertThat(page.getByText("Becoming looked after recorded")).isVisible();
        assertThat(page.locator(".hearth-identity")).containsText("Looked after");
        assertThat(page.locator("#looked-after")).containsText("Full care order (C2), since " + uk(start));
        assertThat(page.locator("#looked-after")).containsText("Foster placement with other foster carer(s), not long term");
        assertThat(page.locator("main")).containsText(clock("Looked-after review",
                WorkingDayCalendar.england().plusWorkingDays(start, 20)));
        assertThat(page.locator("main")).containsText(clock("First visit in placement", start.plusDays(7)));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "care-record-looked-after");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change placement")).click();
        assertThat(page.locator(".govuk-summary-list")).containsText("(U6)");
        assertThat(page.locator(".govuk-summary-list")).containsText("LS1 4AP");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "placement-change");

        // The reason for the change is missing: refused in words with the DfE rule, what was entered is kept
        fillDate("date", move);
        page.getByLabel("(K2)").check();
        page.getByLabel("Private provision (PR4)").check();
        page.getByLabel("Postcode of the placement").fill("M1 1AE");
        page.getByLabel("Ofsted URN (optional)").fill("SC123456");
        save("Save change of placement");
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "Select the reason for the change of placement (DfE rule 225)");
        assertThat(page.getByLabel("(K2)")).isChecked();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "placement-change-errors");

        page.getByLabel("Change to or implementing the care plan (CARPL)").check();
        save("Save change of placement");

        assertThat(page.getByText("Change of placement recorded")).isVisible();
        assertThat(page.locator("#looked-after")).containsText("Children's home subject to the Children's Homes Regulations (K2), since " + uk(move));
        assertThat(page.locator("#looked-after tbody tr")).hasCount(2);
        assertThat(page.locator("#looked-after tbody tr").nth(1)).containsText("Change to or implementing the care plan");
        assertThat(page.locator("#looked-after tbody tr").nth(0)).containsText("Private provision, M1 1AE");
        assertThat(page.locator(".moj-timeline")).containsText("Placement: Children's home subject to the Children's Homes Regulations");
        assertThat(page.locator(".moj-timeline")).containsText("Placement: Foster placement with other "
                + "foster carer(s), not long term or fostering for adoption (reason for the change: change to or implementing "
                + "the care plan)");
        assertThat(page.locator(".moj-timeline")).containsText("Became looked after");
        assertThat(page.locator("main")).containsText(clock("First visit in placement", move.plusDays(7)));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "care-record-after-move");
    }

    @Test
    void shouldRefuseAStaleChangeOfPlacementAfterSomeoneElseChangedTheRecord() {
        signIn(worker);
        becomeLookedAfter(LocalDate.now().minusDays(20));

        page.navigate(url("/children/" + child + "/placements/change"));
        fillDate("date", LocalDate.now().minusDays(1));
        page.getByLabel("Child asked for the placement to end (CHILD)").check();
        page.getByLabel("(U4)").check();
        page.getByLabel("Own local authority provision (PR1)").check();
        page.getByLabel("Postcode of the placement").fill("LS2 7EW");

        // Meanwhile, in another tab, the legal status changes
        Page other = context.newPage();
        other.navigate(url("/children/" + child));
        other.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change legal status")).click();
        Browser.assertAccessible(other);
        Browser.screenshot(other, "legal-status-change");
        other.locator("#date-day").fill(Integer.toString(LocalDate.now().minusDays(3).getDayOfMonth()));
        other.locator("#date-month").fill(Integer.toString(LocalDate.now().minusDays(3).getMonthValue()));
        other.locator("#date-year").fill(Integer.toString(LocalDate.now().minusDays(3).getYear()));
        other.getByLabel("Placement order granted (E1)").check();
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save change of legal status")).click();
        assertThat(other.getByText("Change of legal status recorded")).isVisible();
        assertThat(other.locator("#looked-after")).containsText("Placement order granted (E1)");
        other.close();

        save("Save change of placement");
        assertThat(page.locator(".govuk-error-summary")).containsText("This child's record has changed since you opened it");
        assertThat(page.locator(".govuk-error-summary")).containsText("Test " + worker + " changed the legal status");
        assertThat(page.getByLabel("(U4)")).isChecked();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "placement-change-stale");

        // Reloading reads the record again; the change can then be made
        page.navigate(url("/children/" + child + "/placements/change"));
        fillDate("date", LocalDate.now().minusDays(1));
        page.getByLabel("Child asked for the placement to end (CHILD)").check();
        page.getByLabel("(U4)").check();
        page.getByLabel("Own local authority provision (PR1)").check();
        page.getByLabel("Postcode of the placement").fill("LS2 7EW");
        save("Save change of placement");
        assertThat(page.getByText("Change of placement recorded")).isVisible();
        assertThat(page.locator("#looked-after tbody tr")).hasCount(2);
    }

    @Test
    void shouldRefuseAChangeOfLegalStatusWithANonsenseDateOrTheSameStatus() {
        signIn(worker);
        becomeLookedAfter(LocalDate.now().minusDays(20));
        page.navigate(url("/children/" + child + "/legal-statuses/change"));
        assertThat(page.locator(".govuk-summary-list")).containsText("Full care order (C2)");
        page.locator("#date-day").fill("45");
        save("Save change of legal status");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date the legal status changed as a real date");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the new legal status (DfE rule 144)");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "legal-status-change-errors");

        fillDate("date", LocalDate.now().minusDays(25));
        page.getByLabel("Full care order (C2)").check();
        save("Save change of legal status");
        assertThat(page.locator("#date-error")).containsText("must be after the current legal status started");
        assertThat(page.locator("#legalStatus-error")).containsText("Select a legal status different from the current one");
        Browser.assertAccessible(page);

        // A tampered form (no version, a code not on the list) is refused in words, never a server error
        fillDate("date", LocalDate.now().minusDays(1));
        page.evaluate("document.querySelector('input[name=version]').value = 'abc';"
                + "document.querySelector('input[name=legalStatus]').value = 'ZZ';"
                + "document.querySelector('input[name=legalStatus]').checked = true");
        save("Save change of legal status");
        assertThat(page.locator(".govuk-error-summary")).containsText("missing the version of the record");
        assertThat(page.locator("#legalStatus-error")).containsText("Select the new legal status from those used on");
        Browser.assertAccessible(page);
    }

    @Test
    void shouldOfferTheChangeFormsOnlyToALookedAfterChild() {
        signIn(worker);
        page.navigate(url("/children/" + child + "/placements/change"));
        assertThat(page.locator("main")).containsText("The child has no current placement");
        Browser.assertAccessible(page);
        page.navigate(url("/children/" + child + "/legal-statuses/change"));
        assertThat(page.locator("main")).containsText("The child has no current legal status");
        Browser.assertAccessible(page);
    }

    private void becomeLookedAfter(LocalDate start) {
        page.navigate(url("/children/" + child + "/care/new"));
        fillDate("date", start);
        page.getByLabel("Full care order (C2)").check();
        page.getByLabel("Abuse or neglect (N1)").check();
        page.getByLabel("(U6)").check();
        page.getByLabel("Own local authority provision (PR1)").check();
        page.getByLabel("Postcode of the placement").fill("LS1 4AP");
        save("Save");
        assertThat(page.getByText("Becoming looked after recorded")).isVisible();
    }

    private void openRecord() {
        page.navigate(url("/children/" + child));
    }

    /**
     * A statutory clock as the record lists it, "Subject — 3 Dec 2026" (a short month may be "Sep" or "Sept"). Plain
     * text only: Playwright hands the pattern to JavaScript, which knows no \Q...\E quoting.
     */
    private static Pattern clock(String subject, LocalDate due) {
        return Pattern.compile(subject + " — " + due.getDayOfMonth() + " "
                + due.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 3) + "\\w* " + due.getYear());
    }
}
