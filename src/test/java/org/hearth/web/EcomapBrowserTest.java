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

/** The ecomap on the child's record: a picture of the child's network with a list beside it saying the same. */
class EcomapBrowserTest extends BrowserTest {
    String worker;
    UUID child;

    @BeforeEach
    void setUp() {
        String team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        String iro = fixtures.user(Role.IRO, team);
        child = fixtures.child(LocalDate.of(2013, 4, 2), worker, LocalDate.now().minusMonths(6));
        fixtures.allocate(child, iro, "IRO", LocalDate.now().minusMonths(2));
        UUID mother = UUID.randomUUID();
        jdbc.update("INSERT INTO ssd_person (pers_person_id, pers_kind, pers_forename, pers_surname, pers_sex) "
                + "VALUES (?, 'ADULT', 'Grace', 'Mensah', 'F')", mother);
        Api api = new Api(port);
        // The mother is not on any record the worker can see yet: her link is history, as an import would bring it.
        fixtures.history(child, new org.hearth.people.Relationship(null, child, mother, "MOTHER", true,
                LocalDate.of(2013, 4, 2), null));
        post(api, "people-who-matter", "{\"name\":\"Biscuit\",\"kind\":\"PET\",\"relationship\":\"Dog\","
                + "\"childsWords\":\"He sleeps on my bed\",\"from\":\"" + LocalDate.now().minusDays(30) + "\"}");
        post(api, "people-who-matter", "{\"name\":\"<script>window.pwned=1</script>\",\"kind\":\"PERSON\",\"relationship\":\"Friend\","
                + "\"childsWords\":\"We walk to school\",\"from\":\"" + LocalDate.now().minusDays(30) + "\"}");
        signIn(worker);
    }

    private void post(Api api, String kind, String body) {
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/" + kind, worker, body);
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    }

    @Test
    void shouldDrawTheChildsNetworkWithAListAlternative() {
        page.navigate(url("/children/" + child + "#network"));

        var picture = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Ecomap: the network around Test Child"));
        assertThat(picture).isVisible();
        assertThat(page.locator("#ecomap-desc")).containsText("Grace Mensah (Mother, with parental responsibility)");
        var list = page.locator("#network");
        assertThat(list).containsText("Parent with parental responsibility");
        assertThat(list).containsText("Biscuit, Dog");
        assertThat(list).containsText("“He sleeps on my bed”");
        assertThat(list).containsText("Independent reviewing officer");
        assertThat(list).containsText("<script>window.pwned=1</script>, Friend");
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        assertThat(page.locator("#network script")).hasCount(0);
        Browser.assertAccessible(page);
        page.locator("#network").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "child-record-ecomap");
        page.locator("#network").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Browser.SCREENSHOTS.resolve("ecomap.png")));
    }
}
