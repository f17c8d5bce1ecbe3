package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The front door in a real headless Chromium: a contact sent to the queue undecided, the queue with its clock and a
 * re-referral flag, the duplicate warning before a second contact, and the decision; axe at 375, 768 and 1280 px.
 */
class FrontDoorBrowserTest extends BrowserTest {
    String worker;
    UUID child;
    LocalDate referred;

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child = fixtures.child(LocalDate.of(2016, 4, 12), worker, LocalDate.now().minusMonths(8));
        referred = weekdayOnOrBefore(LocalDate.now().minusMonths(5));
        // A referral five months ago, closed: a referral now would be a re-referral.
        fixtures.history(child, new Referral(null, child, null, referred, "2A", "N1", referred, false, "RC8",
                referred.plusMonths(2)));
    }

    private void accessibleAtEveryWidth(String name) {
        for (int width : new int[] {375, 768, 1280}) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
            Browser.screenshot(page, name + "-" + width);
        }
        page.setViewportSize(1280, 900);
    }

    private void recordContact(String reason) {
        page.navigate(url("/children/" + child + "/contacts/new"));
        fillDate("contactDate", LocalDate.now());
        page.getByLabel("Schools").check();
        page.getByLabel("Reason for the contact").fill(reason);
    }

    @Test
    void shouldQueueAContactFlagTheReReferralWarnOfTheDuplicateAndDecideIt() {
        signIn(worker);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Front door"))).isVisible();

        // Before recording: the recent referral is shown, with a link, so the worker can tell a new concern from an old one
        recordContact("Teacher saw bruising on the child's arm");
        Locator warnings = page.locator(".hearth-duplicate");
        assertThat(warnings).hasCount(1);
        assertThat(warnings.first()).containsText("This child was referred on " + uk(referred));
        assertThat(warnings.first()).containsText("would be a re-referral (within 12 months)");
        accessibleAtEveryWidth("contact-duplicate-warning");
        page.getByLabel("Not decided yet: send to the front door's queue").check();
        save("Save contact");
        assertThat(page.getByText("Contact recorded and sent to the front door's queue for a decision")).isVisible();

        // A second contact about the same child: warned of the one waiting, with a link to decide it; nothing merged
        page.navigate(url("/children/" + child + "/contacts/new"));
        assertThat(page.locator(".hearth-duplicate")).hasCount(2);
        assertThat(page.locator(".hearth-duplicate").nth(1)).containsText("is already waiting for a decision in the front door's queue");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decide that contact instead")))
                .isVisible();

        // The queue: the contact with its one-working-day clock and the re-referral flag
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Front door")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Front door"))).isVisible();
        Locator item = page.locator(".hearth-queue-item").filter(new Locator.FilterOptions().setHasText("Teacher saw bruising"));
        assertThat(item).hasCount(1);
        assertThat(item).containsText("Due");
        assertThat(item).containsText("Schools");
        assertThat(item.locator(".hearth-re-referral")).hasText("Re-referral");
        assertThat(item).containsText("the last was on " + uk(referred));
        accessibleAtEveryWidth("front-door-queue");

        // The decision: refused without an answer, in words; then a referral, and the contact leaves the queue
        item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Decide"))).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Decide on a contact"))).isVisible();
        assertThat(page.locator(".govuk-warning-text").first()).containsText("Re-referral");
        accessibleAtEveryWidth("front-door-decide");
        save("Save decision");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the decision on the contact");
        Browser.assertAccessible(page);
        page.getByLabel("Referral to children's social care").check();
        page.locator("input[name=primaryNeed]").first().check();
        save("Save decision");
        assertThat(page.getByText("Decision recorded")).isVisible();
        assertThat(page.locator(".hearth-queue-item").filter(new Locator.FilterOptions().setHasText("Teacher saw bruising")))
                .hasCount(0);
        Browser.assertAccessible(page);

        // The referral it opened is a re-referral, and the child's record shows it open
        page.navigate(url("/children/" + child));
        assertThat(page.locator("main")).containsText("Referral");
    }

    @Test
    void shouldShowAnotherWorkersChildNothingInTheQueueAndRefuseItsDecisionPage() {
        String other = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        signIn(worker);
        recordContact("Neighbour heard shouting");
        page.getByLabel("Not decided yet: send to the front door's queue").check();
        save("Save contact");
        String contactId = jdbc.queryForObject("SELECT cont_contact_id::text FROM ssd_contacts WHERE cont_person_id = ? "
                + "AND cont_contact_outcome IS NULL", String.class, child);

        signInAfresh(other);
        page.navigate(url("/front-door"));
        assertThat(page.locator("main")).not().containsText("Neighbour heard shouting");
        com.microsoft.playwright.Response r = page.navigate(url("/children/" + child + "/contacts/" + contactId + "/decide"));
        org.assertj.core.api.Assertions.assertThat(r.status()).isEqualTo(403);
    }
}
