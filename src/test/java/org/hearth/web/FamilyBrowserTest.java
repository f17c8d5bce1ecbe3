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
 * Issue 13 §2 in a real browser: a young mother's household and family view with her parents (one with parental
 * responsibility), her brother (linked on his record, shown on hers) and her unborn baby, with the genogram and its
 * list; then a person who matters and an address added, changed (a stale change refused) and ended in the web app.
 * Every page passes axe at 375, 768 and 1280 px.
 */
class FamilyBrowserTest extends BrowserTest {
    static final int[] WIDTHS = {375, 768, 1280};
    String worker;
    UUID mother;
    UUID brother;
    UUID baby;
    Api api;

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        mother = fixtures.child(LocalDate.now().minusYears(16).minusMonths(2), worker, LocalDate.now().minusYears(1));
        brother = fixtures.child(LocalDate.now().minusYears(12), worker, LocalDate.now().minusYears(1));
        baby = fixtures.child(LocalDate.now().minusDays(1), worker, LocalDate.now().minusDays(1));
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Keira', pers_surname = 'Walsh', pers_sex = 'F' "
                + "WHERE pers_person_id = ?", mother);
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Jordan', pers_surname = 'Walsh', pers_sex = 'M' "
                + "WHERE pers_person_id = ?", brother);
        jdbc.update("UPDATE ssd_person SET pers_forename = NULL, pers_surname = 'Walsh', pers_sex = 'U', "
                + "pers_dob = NULL, pers_expected_dob = ? WHERE pers_person_id = ?", LocalDate.now().plusWeeks(9), baby);
        api = new Api(port);
        post(brother, "relationships", "{\"relatedPersonId\":\"" + mother + "\",\"type\":\"SIBLING\","
                + "\"parentalResponsibility\":false}");
        post(baby, "relationships", "{\"relatedPersonId\":\"" + mother + "\",\"type\":\"MOTHER\","
                + "\"parentalResponsibility\":true}");
        post(mother, "family-adults", "{\"relationship\":\"MOTHER\",\"forename\":\"Dana\",\"surname\":\"Walsh\","
                + "\"dob\":\"1988-02-03\",\"sex\":\"F\",\"ethnicity\":\"WBRI\",\"firstLanguage\":\"English\","
                + "\"addressLine\":\"4 Mill Lane, Leeds\",\"addressPostcode\":\"LS6 1AA\",\"livesWithChild\":true,"
                + "\"parentalResponsibility\":true,\"prBasis\":\"BIRTH_MOTHER\",\"careHistory\":\"LOOKED_AFTER\","
                + "\"coupleStatus\":\"SEPARATED\"}");
        post(mother, "family-adults", "{\"relationship\":\"FATHER\",\"forename\":\"Lee\",\"surname\":\"Walsh\","
                + "\"sex\":\"M\",\"parentalResponsibility\":true,\"prBasis\":\"MARRIED_FATHER\","
                + "\"coupleStatus\":\"SEPARATED\"}");
        post(mother, "addresses", "{\"type\":\"Home\",\"line\":\"4 Mill Lane, Leeds\",\"postcode\":\"LS6 1AA\","
                + "\"from\":\"" + LocalDate.now().minusYears(3) + "\"}");
        signIn(worker);
    }

    private void post(UUID child, String kind, String body) {
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/" + kind, worker, body);
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    }

    private void accessibleAtEveryWidth(String screenshot) {
        for (int width : WIDTHS) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as("no sideways scrolling at " + width + " px").isEqualTo(true);
        }
        page.setViewportSize(1280, 900);
        Browser.screenshot(page, screenshot);
    }

    @Test
    void shouldShowAFamilyWithParentsSiblingsAndAnUnbornBabyAndItsGenogram() {
        page.navigate(url("/children/" + mother));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Household and family, genogram, people who matter and addresses")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Household and family")
                .setExact(true))).isVisible();
        assertThat(page.locator("#household-members")).containsText("Dana Walsh, mother");
        assertThat(page.locator("main")).containsText("Yes: Birth mother");
        assertThat(page.locator("main")).containsText("Yes: Father married to the mother at the birth (or since)");
        assertThat(page.locator("main")).containsText("Looked after as a child");
        assertThat(page.locator("main")).containsText("Jordan Walsh");
        assertThat(page.locator("main")).containsText("Full brother");
        assertThat(page.locator("#own-children + ul")).containsText("Unborn baby, due");
        var genogram = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Genogram of Keira Walsh's family"));
        assertThat(genogram).isVisible();
        assertThat(page.locator("#genogram-list + ul")).containsText("Father: Lee Walsh, has parental responsibility, separated");
        assertThat(page.locator("main")).not().containsText("HALF_SIBLING");
        assertThat(page.locator("main")).not().containsText("BIRTH_MOTHER");
        accessibleAtEveryWidth("family-view");

        // The brother's record shows the same link, recorded on his own.
        page.navigate(url("/children/" + brother + "/family"));
        assertThat(page.locator("main")).containsText("Keira Walsh");
        assertThat(page.locator("main")).containsText("Full sister");
        // The baby's pre-birth record names the mother.
        page.navigate(url("/children/" + baby + "/family"));
        assertThat(page.locator("main")).containsText("Keira Walsh, mother");
        Browser.assertAccessible(page);
    }

    @Test
    void shouldAddChangeAndEndAPersonWhoMattersAndAnAddressInTheWebApp() {
        page.navigate(url("/children/" + mother + "/family"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add someone who matters")).click();
        accessibleAtEveryWidth("person-who-matters-form");
        save("Save");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the name the child uses for them");
        Browser.assertAccessible(page);
        page.locator("#name").fill("Auntie Jo");
        page.locator("#relationship").fill("Aunt");
        page.locator("#childsWords").fill("She takes me swimming");
        fillDate("startDate", LocalDate.now().plusDays(5));
        save("Save");
        assertThat(page.locator("#startDate-error")).containsText("The start date must be today or in the past");
        fillDate("startDate", LocalDate.now().minusYears(2));
        save("Save");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The person who matters has been saved");
        assertThat(page.locator("#people-who-matter + dl")).containsText("Auntie Jo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Auntie Jo")).click();
        page.locator("#name").fill("Auntie Joanne");
        save("Save");
        assertThat(page.locator("#people-who-matter + dl")).containsText("Auntie Joanne");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("End Auntie Joanne")).click();
        accessibleAtEveryWidth("end-form");
        fillDate("endDate", LocalDate.now().minusYears(3));
        save("End it");
        assertThat(page.locator(".govuk-error-summary")).containsText("The end date must be on or after the start date");
        fillDate("endDate", LocalDate.now());
        save("End it");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The record has been ended");

        // An address: changed in the web app, and a change to a record changed since it was opened is refused.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change 4 Mill Lane, Leeds")).click();
        accessibleAtEveryWidth("address-form");
        page.locator("#addressLine").fill("4a Mill Lane, Leeds");
        post(mother, "people-who-matter", "{\"name\":\"Someone else\",\"kind\":\"PERSON\"}"); // meanwhile
        save("Save");
        assertThat(page.locator(".govuk-error-summary")).containsText("changed");
        Browser.assertAccessible(page);
        page.navigate(url("/children/" + mother + "/family"));
        assertThat(page.locator("#addresses + dl")).containsText("4 Mill Lane, Leeds");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change 4 Mill Lane, Leeds")).click();
        page.locator("#addressLine").fill("4a Mill Lane, Leeds");
        page.locator("#addressPostcode").fill("not a postcode");
        save("Save");
        assertThat(page.locator("#addressPostcode-error")).containsText("Enter a real postcode, like LS6 1AA");
        page.locator("#addressPostcode").fill("LS6 1AB");
        save("Save");
        assertThat(page.locator("#addresses + dl")).containsText("4a Mill Lane, Leeds, LS6 1AB");

        // A parent or other adult: the form itself.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a parent or other adult")).click();
        accessibleAtEveryWidth("family-adult-form");
        page.locator("#relationship-GRANDPARENT").check();
        page.locator("#forename").fill("Maureen");
        page.locator("#parentalResponsibility").check();
        save("Save");
        assertThat(page.locator("#prBasis-error")).containsText("Say how they hold parental responsibility");
        page.locator("#prBasis-SPECIAL_GUARDIANSHIP").check();
        save("Save");
        assertThat(page.locator("main")).containsText("Yes: Special guardianship order");
        page.navigate(url("/children/" + mother + "/family/siblings/new"));
        accessibleAtEveryWidth("sibling-form");
    }
}
