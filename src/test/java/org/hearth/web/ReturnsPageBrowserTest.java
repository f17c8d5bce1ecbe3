package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.hearth.care.CareStage;

/** Return errors in a real headless Chromium: from the menu to the error, to the form that fixes it; axe on each page. */
class ReturnsPageBrowserTest extends BrowserTest {
    @Autowired
    JourneyService journeys;

    String worker;
    UUID child;

    @BeforeEach
    void setUp() {
        String team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        child = fixtures.child(LocalDate.of(2013, 9, 9), worker, LocalDate.now().minusMonths(4));
        LocalDate start = LocalDate.now().minusDays(30);
        // No placement postcode: 903 rule 392b, fixed by recording the placement's postcode.
        fixtures.history(child, new CarePeriod(null, child, start, null, null, "N1"),
                new LegalStatus(null, child, "C2", start, null),
                new Placement(null, child, start, null, "U1", "PR1", null, null, null, null));
    }

    @Test
    void shouldLeadAWorkerFromTheMenuToTheirChildsErrorAndOnToTheFormThatFixesIt() {
        signIn(worker);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Return errors")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Return errors"))).isVisible();
        assertThat(page.locator("main")).containsText("392b");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "return-errors");

        page.getByLabel("SSDA903 (children looked after)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filter")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("392b")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Children with error 392b"))).isVisible();
        assertThat(page.locator("#by-child ~ table")).containsText("PL_POST");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "return-errors-rule");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change of placement for Test Child")).click();
        assertThat(page).hasURL(url("/children/" + child + "/placements/change"));
        Browser.assertAccessible(page);
    }

    @Test
    void shouldShowAnAnalystTheCountsWithoutAnyChild() {
        String analyst = fixtures.user(Role.DATA_ANALYST, null);
        signIn(analyst);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Return errors")).click();

        assertThat(page.locator("main")).containsText("no child is named here");
        assertThat(page.locator("main")).containsText("392b");
        assertThat(page.locator("main a[href^='/children/']")).hasCount(0);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "return-errors-analyst");
    }
}
