package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's strategy discussion with police and health as partner users, in a real browser: the social worker records
 * the discussion with the police force's and the trust's people taking part and an action for each; the police officer
 * finds their action on their home (due date, RAG tag), sees the discussion's outcome and only their own action in the
 * child's view, and marks it done with a note (refused with no note); the trust's practitioner sees only theirs; the
 * social worker reads both actions, and the police's done, in the chronology. axe at 375 and 1280 px on each new page.
 */
class PartnerActionsBrowserTest extends BrowserTest {
    Api api;
    String worker;
    String police;
    String health;
    String policeOrg;
    String healthOrg;
    UUID child;
    LocalDate discussion;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        police = fixtures.partnerUser("Example Valley Police", "POLICE_FORCE", "Priya Demo");
        health = fixtures.partnerUser("Example Valley Hospitals", "NHS_TRUST", "Jo Hart");
        policeOrg = organisationOf(police);
        healthOrg = organisationOf(health);
        child = fixtures.child(LocalDate.of(2014, 2, 3), worker, LocalDate.now().minusMonths(2));
        LocalDate referral = weekdayOnOrBefore(LocalDate.now().minusDays(10));
        discussion = weekdayOnOrBefore(LocalDate.now().minusDays(3));
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/contacts", worker,
                "{\"contactDate\":\"" + referral + "\",\"source\":\"5A\",\"reason\":\"School saw bruising\",\"decision\":"
                        + "\"REFERRAL\",\"decisionDate\":\"" + referral + "\",\"primaryNeed\":\"N1\"}");
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    }

    String organisationOf(String username) {
        return jdbc.queryForObject("SELECT organisation_id FROM hearth_user WHERE username = ?", String.class, username);
    }

    void accessible() {
        for (int width : new int[] {375, 1280}) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
        }
        page.setViewportSize(1280, 900);
    }

    void share(String organisation) {
        HttpResponse<String> shared = api.call("POST", "/api/children/" + child + "/sharing", worker,
                "{\"organisationId\":\"" + organisation + "\",\"purpose\":\"SAFEGUARDING_ENQUIRY\",\"lawfulBasis\":"
                        + "\"CA1989_S47\",\"consentSought\":false,\"endsOn\":\"" + LocalDate.now().plusMonths(2) + "\","
                        + "\"parts\":[\"strategy-discussions\",\"s47-enquiries\",\"protection-actions\",\"allocations\"]}");
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(201);
    }

    @Test
    void shouldTakeEachAgencysActionToThatAgencyAndBackToTheRecordWhenDone() {
        signIn(worker);
        page.navigate(url("/children/" + child));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a strategy discussion")).click();
        fillDate("discussionDate", discussion);
        page.locator("#participant-1-organisation").selectOption(policeOrg);
        page.locator("#participant-1-name").fill("DC Sam Rowe");
        page.locator("#participant-1-role").fill("Detective constable");
        page.locator("#participant-2-organisation").selectOption(healthOrg);
        page.locator("#participant-2-name").fill("Jo Hart");
        page.locator("#participant-2-role").fill("Named nurse for safeguarding");
        page.getByLabel("Start a section 47 enquiry").check();
        page.locator("#action-1-organisation").selectOption(policeOrg);
        page.locator("#action-1-owner").fill("DC Sam Rowe");
        page.locator("#action-1-action").fill("Police checks on the adults in the household");
        fillDate("action-1-dueDate", LocalDate.now().minusDays(1));
        page.locator("#action-2-organisation").selectOption(healthOrg);
        page.locator("#action-2-owner").fill("Jo Hart");
        page.locator("#action-2-action").fill("Child protection medical");
        fillDate("action-2-dueDate", LocalDate.now().plusDays(7));
        save("Save strategy discussion");
        assertThat(page.locator(".govuk-notification-banner")).containsText("section 47 enquiry started");
        share(policeOrg);
        share(healthOrg);

        signInAfresh(police);
        assertThat(page.locator(".hearth-partner-task").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Police checks on the adults in the household"))).containsText("Overdue");
        assertThat(page.locator("main")).not().containsText("Child protection medical");
        accessible();
        page.navigate(url("/partner/children/" + child));
        assertThat(page.locator("main")).containsText("Strategy discussion: start a section 47 enquiry");
        assertThat(page.locator("main")).containsText("Police checks on the adults in the household");
        assertThat(page.locator("main")).not().containsText("Child protection medical");
        accessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Mark as done"))).click();
        assertThat(page.locator("h1")).hasText("Action for your organisation");
        assertThat(page.locator(".hearth-agency-action")).containsText("Agreed at the strategy discussion on "
                + uk(discussion));
        accessible();
        save("Mark as done");
        assertThat(page.locator(".govuk-error-summary")).containsText("Say what was done");
        accessible();
        page.locator("#note").fill("Checks complete: no convictions recorded for either adult");
        save("Mark as done");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Action marked as done");
        assertThat(page.locator("main")).not().containsText("Police checks on the adults in the household");
        accessible();
        Browser.screenshot(page, "partner-action-done");

        signInAfresh(health);
        assertThat(page.locator(".hearth-partner-task").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Child protection medical"))).containsText("Due");
        assertThat(page.locator("main")).not().containsText("Police checks");
        page.navigate(url("/partner/children/" + child));
        assertThat(page.locator("main")).containsText("Child protection medical");
        assertThat(page.locator("main")).not().containsText("Police checks");
        accessible();
        // Another agency's action is not theirs to open or mark done.
        UUID policeAction = jdbc.queryForObject("SELECT prac_action_id FROM protection_actions WHERE prac_person_id = ? "
                + "AND prac_organisation_id = ?", UUID.class, child, policeOrg);
        page.navigate(url("/partner/children/" + child + "/actions/" + policeAction));
        assertThat(page.locator("h1")).not().hasText("Action for your organisation");

        signInAfresh(worker);
        page.navigate(url("/children/" + child));
        assertThat(page.locator(".moj-timeline")).containsText("Police checks on the adults in the household");
        assertThat(page.locator(".moj-timeline")).containsText("Child protection medical");
        assertThat(page.locator(".moj-timeline")).containsText(
                "Example Valley Police: Police checks on the adults in the household done");
        assertThat(jdbc.queryForObject("SELECT prac_progress FROM protection_actions WHERE prac_action_id = ?",
                String.class, policeAction)).isEqualTo("Checks complete: no convictions recorded for either adult");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? "
                + "AND action = 'WRITE' AND outcome = 'ALLOWED'", Integer.class, police, child)).isEqualTo(1);
    }
}
