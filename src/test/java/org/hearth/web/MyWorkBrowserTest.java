package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** My work in a real browser: MOJ filters and sorting by query parameters, brothers and sisters together. */
class MyWorkBrowserTest extends BrowserTest {
    String worker;
    UUID overdue;
    UUID due;
    UUID sibling;

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        overdue = named(fixtures.child(LocalDate.of(2015, 5, 1), worker, LocalDate.now().minusYears(1)), "Ola", "Zorn");
        due = named(fixtures.child(LocalDate.of(2016, 6, 2), worker, LocalDate.now().minusYears(1)), "Bea", "Abbot");
        sibling = named(fixtures.child(LocalDate.of(2019, 7, 3), worker, LocalDate.now().minusYears(1)), "Ned", "Zorn");
        Api api = new Api(port);
        LocalDate longAgo = weekdayOnOrBefore(LocalDate.now().minusDays(100));
        LocalDate lately = weekdayOnOrBefore(LocalDate.now().minusDays(3));
        created(api.call("POST", "/api/children/" + overdue + "/contacts", worker, "{\"contactDate\":\"" + longAgo
                + "\",\"source\":\"5A\",\"reason\":\"Police concern\",\"decision\":\"REFERRAL\",\"primaryNeed\":\"N1\","
                + "\"decisionDate\":\"" + longAgo + "\"}"));
        created(api.call("POST", "/api/children/" + due + "/contacts", worker, "{\"contactDate\":\"" + lately
                + "\",\"source\":\"5A\",\"reason\":\"Police concern\",\"decision\":\"REFERRAL\",\"primaryNeed\":\"N1\","
                + "\"decisionDate\":\"" + lately + "\"}"));
        created(api.call("POST", "/api/children/" + overdue + "/relationships", worker, "{\"relatedPersonId\":\"" + sibling
                + "\",\"type\":\"SIBLING\",\"parentalResponsibility\":false}"));
    }

    UUID named(UUID child, String forename, String surname) {
        jdbc.update("UPDATE ssd_person SET pers_forename = ?, pers_surname = ? WHERE pers_person_id = ?", forename, surname, child);
        return child;
    }

    static void created(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    List<String> children() {
        page.locator("footer").waitFor();
        return page.locator("table.hearth-caseload tbody td:first-child a").allTextContents();
    }

    @Test
    void shouldFilterAndSortMyWorkKeepingBrothersAndSistersTogether() {
        signIn(worker);
        assertThat(children()).containsExactly("Ola Zorn", "Ned Zorn", "Bea Abbot");
        assertThat(page.locator(".hearth-siblings__caption")).hasText("Brothers and sisters: Ola Zorn, Ned Zorn");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "my-work-siblings");

        page.getByLabel("Overdue").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("status=overdue"));
        assertThat(children()).containsExactly("Ola Zorn");
        assertThat(page.locator(".moj-filter__tag")).hasText("Remove this filter Overdue");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "my-work-filtered");

        page.locator(".moj-filter__tag").click();
        assertThat(children()).hasSize(3);

        page.getByLabel("Child in need").check();
        page.getByLabel("Referral and assessment").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
        assertThat(children()).containsExactly("Ola Zorn", "Bea Abbot");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Child").setExact(true)).click();
        assertThat(children()).containsExactly("Bea Abbot", "Ola Zorn");
        assertThat(page.locator("th[aria-sort=ascending]")).hasText("Child");
        assertThat(page.getByLabel("Child in need")).isChecked();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "my-work-sorted-by-child");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clear filters")).click();
        assertThat(children()).containsExactly("Bea Abbot", "Ned Zorn", "Ola Zorn");
    }
}
