package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.people.Relationship;
import org.hearth.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The family's agencies in a real browser (issue 10 §3): the worker sees, for the child and the brother whose record
 * they may read, each agency involved with its practitioner, kind, since when and last contact, and the lead
 * practitioner; the sister whose record is another team's is counted, never named, nor are her agencies shown.
 * axe at 375 and 1280 px.
 */
class FamilyAgenciesBrowserTest extends BrowserTest {
    @Test
    void shouldListEachChildsAgenciesAndCountTheChildrenTheWorkerCannotRead() {
        Api api = new Api(port);
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String otherWorker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID child = fixtures.child(LocalDate.of(2016, 1, 4), worker, LocalDate.now().minusMonths(3));
        UUID brother = fixtures.child(LocalDate.of(2012, 9, 1), worker, LocalDate.now().minusMonths(3));
        UUID sister = fixtures.child(LocalDate.of(2010, 3, 5), otherWorker, LocalDate.now().minusMonths(3));
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Kai', pers_surname = 'Brook' WHERE pers_person_id = ?", child);
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Leo', pers_surname = 'Brook' WHERE pers_person_id = ?", brother);
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Zara', pers_surname = 'Brook' WHERE pers_person_id = ?", sister);
        LocalDate since = LocalDate.now().minusMonths(2);
        fixtures.history(child, new Relationship(null, child, brother, "SIBLING", null, since, null),
                new Relationship(null, child, sister, "SIBLING", null, since, null));
        String school = "FAM-SCH-" + child.toString().substring(0, 8);
        String trust = "FAM-NHS-" + child.toString().substring(0, 8);
        jdbc.update("INSERT INTO organisation (organisation_id, name, type, urn) VALUES (?, 'Hillside Primary', 'SCHOOL', ?)",
                school, Integer.toString(700_000 + Math.abs(child.hashCode() % 90_000)));
        jdbc.update("INSERT INTO organisation (organisation_id, name, type) VALUES (?, 'Valley Community Health', 'NHS_TRUST')",
                trust);
        involve(api, worker, child, school, "Ms Head", LocalDate.now().minusDays(10));
        involve(api, worker, brother, trust, "Jo Hart", LocalDate.now().minusDays(21));
        involve(api, otherWorker, sister, school, "Mr Secret", LocalDate.now().minusDays(3));

        signIn(worker);
        page.navigate(url("/children/" + child + "/involvements"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Agencies involved with the family")).click();
        assertThat(page.locator("h1")).hasText("Agencies involved with the family");
        assertThat(page.locator(".hearth-family-child").first()).containsText("Kai Brook");
        assertThat(page.locator(".hearth-family-child").first()).containsText("Hillside Primary");
        assertThat(page.locator(".hearth-family-child").first()).containsText("Ms Head");
        assertThat(page.locator(".hearth-family-child").first()).containsText("last contact 10 days ago");
        assertThat(page.locator(".hearth-family-child").nth(1)).containsText("Leo Brook");
        assertThat(page.locator(".hearth-family-child").nth(1)).containsText("Valley Community Health");
        assertThat(page.locator(".hearth-family-child").nth(1)).containsText("Jo Hart");
        assertThat(page.locator(".hearth-family-child").nth(1)).containsText("last contact 3 weeks ago");
        assertThat(page.locator(".hearth-family-not-shown")).containsText("1 other child in the family whose record you "
                + "cannot see");
        assertThat(page.locator("main")).not().containsText("Zara");
        assertThat(page.locator("main")).not().containsText("Mr Secret");
        for (int width : new int[] {375, 1280}) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
        }
        Browser.screenshot(page, "family-agencies");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? AND "
                + "purpose = 'agencies involved with the family' AND outcome = 'ALLOWED'", Integer.class, worker, brother))
                .isEqualTo(1);
    }

    private void involve(Api api, String worker, UUID child, String organisation, String practitioner, LocalDate last) {
        HttpResponse<String> made = api.call("POST", "/api/children/" + child + "/involvements", worker,
                "{\"organisationId\":\"" + organisation + "\",\"involvementKind\":\"EDUCATION\",\"practitionerName\":\""
                        + practitioner + "\",\"phone\":\"01632 960001\",\"since\":\"" + LocalDate.now().minusMonths(1)
                        + "\",\"lastContact\":\"" + last + "\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    }
}
