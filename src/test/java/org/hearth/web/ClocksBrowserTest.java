package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.care.CareMilestone;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.visits.Visit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The corrected clocks as My work shows them: a long-term placement past its first year is visited three-monthly, so
 * a visit seven weeks ago is not overdue; a care plan, health or education step recorded on the page stops its clock.
 */
class ClocksBrowserTest extends BrowserTest {
    String worker;
    UUID child;
    UUID placement = UUID.randomUUID();
    LocalDate placed = LocalDate.now().minusMonths(14);
    LocalDate visited = LocalDate.now().minusWeeks(7);

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child = fixtures.child(LocalDate.of(2012, 5, 3), worker, placed.minusMonths(1));
        fixtures.history(child, new CarePeriod(null, child, placed, null, null, "N1"),
                new LegalStatus(null, child, "C2", placed, null),
                new Placement(placement, child, placed, null, "U1", "PR1", null, null, null, null),
                new Visit(null, child, visited, "CLA", true, true, null, null));
    }

    private Locator myWorkRow() {
        page.navigate(url("/"));
        return page.locator("tr").filter(new Locator.FilterOptions().setHasText("Test Child"));
    }

    private static String shortDate(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK));
    }

    @Test
    void shouldShowALongTermPlacementsVisitAsDueNotOverdueOnceConfirmed() {
        signIn(worker);
        assertThat(myWorkRow()).containsText("Visit to looked-after child — " + shortDate(visited.plusDays(42)));

        page.navigate(url("/children/" + child));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a care plan, health or education step"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Record a care plan, health or education step"))).isVisible();
        for (int width : new int[] {375, 768, 1280}) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
            Browser.screenshot(page, "care-step-" + width);
        }
        page.setViewportSize(1280, 900);

        // Without the IRO: refused in words at the question, nothing saved
        page.getByLabel("Placement confirmed as long-term (until 18)").check();
        fillDate("date", LocalDate.now());
        page.locator("input[name=subjectId][value='" + placement + "']").check();
        page.locator("#childAgreed").check();
        page.locator("#iroConsulted-no").check();
        save("Save");
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "Consult the child's IRO before confirming the placement as long-term");
        Browser.assertAccessible(page);

        page.locator("#iroConsulted").check();
        save("Save");
        assertThat(page.getByText("Step recorded: its statutory clock is updated")).isVisible();

        Locator row = myWorkRow();
        assertThat(row).containsText("Visit to looked-after child (long-term placement) — "
                + shortDate(visited.plusMonths(3)));
        assertThat(row).not().containsText("Visit to looked-after child — ");
    }

    @Test
    void shouldStopThePepClockWhenThePepIsRecorded() {
        signIn(worker);
        assertThat(myWorkRow()).containsText("Personal education plan");

        page.navigate(url("/children/" + child + "/care-steps/new?type=" + CareMilestone.PEP));
        fillDate("date", placed.plusDays(10));
        save("Save");
        assertThat(page.getByText("Step recorded: its statutory clock is updated")).isVisible();
        assertThat(myWorkRow()).not().containsText("Personal education plan");
    }
}
