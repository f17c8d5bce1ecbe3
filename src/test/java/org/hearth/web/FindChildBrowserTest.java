package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Find a child in a real browser: tolerant names, access rules, break-glass with a reason, adding after a search. */
class FindChildBrowserTest extends BrowserTest {
    String team;
    String worker;
    UUID child;
    String surname;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        child = fixtures.child(LocalDate.of(2014, 7, 9), worker, LocalDate.now().minusMonths(2));
        surname = uniqueSurname();
        jdbc.update("UPDATE ssd_person SET pers_forename = 'William', pers_surname = ? WHERE pers_person_id = ?", surname, child);
    }

    /** A made-up surname of letters only, unique to this test, so other tests' children never match. */
    static String uniqueSurname() {
        return Browser.uniqueName("Vantr", UUID.randomUUID());
    }

    void search(String q) {
        page.navigate(url("/children"));
        page.getByLabel("Name, date of birth").fill(q);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
    }

    @Test
    void shouldFindAChildByAMisspeltNameOrAFamiliarOne() {
        signIn(worker);
        String misspelt = surname.substring(0, 3) + surname.charAt(4) + surname.charAt(3) + surname.substring(5);
        search("bill " + misspelt);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("William " + surname))).isVisible();
        assertThat(page.locator("main")).containsText("Similar name");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "find-a-child-misspelt");

        search("Wiliam 9/7/2014");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("William " + surname))).isVisible();

        search("31/2/2014");
        assertThat(page.locator(".govuk-error-summary")).containsText("not a real date");
        Browser.assertAccessible(page);
    }

    @Test
    void shouldNotListARestrictedMatchButOfferBreakGlassWithAReasonAndFlagItToTheManager() {
        String stranger = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        signIn(stranger);
        search("William " + surname);
        assertThat(page.locator("main")).containsText("0 children you can see");
        assertThat(page.locator("main")).containsText("1 other record matches that you do not have access to");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("William " + surname))).hasCount(0);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "find-a-child-restricted");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("open this record with break-glass access")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Open a record with break-glass access"))).isVisible();
        assertThat(page.locator("main")).not().containsText("9 July 2014");
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the record")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Give the reason you need this child's record now");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "break-glass-no-reason");

        page.getByLabel("Why do you need this child's record now?").fill("urgent");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the record")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("at least 10 characters");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM role_assignment WHERE holder_id = ? AND grant_type = 'BREAK_GLASS'", Long.class, stranger)).isZero();

        String reason = "Police called about William tonight; need to check the safety plan";
        page.getByLabel("Why do you need this child's record now?").fill(reason);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the record")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("William " + surname))).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "break-glass-record-open");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? "
                + "AND action = 'BREAK_GLASS' AND outcome = 'ALLOWED'", Long.class, stranger, child)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? "
                + "AND action = 'READ' AND basis = 'BREAK_GLASS'", Long.class, stranger, child)).isGreaterThanOrEqualTo(1);

        String manager = fixtures.user(Role.TEAM_MANAGER, team);
        context.clearCookies();
        signIn(manager);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("break-glass uses? to review"))).click();
        assertThat(page.locator(".hearth-break-glass-flag").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(stranger))).containsText(reason);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "break-glass-to-review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as reviewed (" + stranger + ")")).click();
        assertThat(page.getByText("Marked as reviewed")).isVisible();
        assertThat(page.locator("main")).not().containsText(stranger);
    }

    @Test
    void shouldOfferAddingAChildOnlyAfterASearchStartingFromWhatWasSearchedAndShowLikelyDuplicatesFirst() {
        signIn(worker);
        page.navigate(url("/children"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a new child"))).hasCount(0);
        page.navigate(url("/children/new"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Find a child"))).isVisible();

        String newSurname = uniqueSurname();
        search("Maisie " + newSurname + " 3/4/2019");
        assertThat(page.locator("main")).containsText("0 children you can see");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a new child")).click();
        assertThat(page.getByLabel("First name")).hasValue("Maisie");
        assertThat(page.getByLabel("Last name")).hasValue(newSurname);
        assertThat(page.locator("#dob-year")).hasValue("2019");
        assertThat(page.locator("#born")).isChecked();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "add-a-child");

        page.getByLabel("NHS number (optional)").fill("943 476 5918");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add child")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the child's sex");
        assertThat(page.locator(".govuk-error-summary")).containsText("fails its check digit");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "add-a-child-errors");

        page.getByLabel("NHS number (optional)").fill("");
        page.getByLabel("Female (F)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add child")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Maisie " + newSurname))).isVisible();

        // The same child again, misspelt: the match is shown first, and adding needs a deliberate confirmation.
        search("Maisy " + newSurname + " 3/4/2019");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a new child")).click();
        page.getByLabel("Female (F)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add child")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Is the child already on Hearth?"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maisie " + newSurname))).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "add-a-child-duplicate");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add child")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Say whether Maisie " + newSurname + " is the child");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_person WHERE pers_surname = ?", Long.class, newSurname)).isEqualTo(1);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maisie " + newSurname).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Maisie " + newSurname))).isVisible();
    }
}
