package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9 §4: adding a child named like a record the worker may not see answered HTTP 500, and a child created in the
 * web app had no LA child id, so it was left out of both returns and the return errors page.
 */
class NewChildTest extends HearthIntegrationTest {
    private static final Pattern CHECKED = Pattern.compile("name=\"checked\" value=\"([^\"]+)\"");
    private static final Pattern CANDIDATES = Pattern.compile("name=\"candidates\" value=\"([^\"]+)\"");

    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JourneyService journeys;

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void shouldAddAChildNamedLikeARecordTheWorkerMayNotSeeWithAnLaIdThatPutsThemInTheReturns() {
        String otherWorker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID hidden = fixtures.child(LocalDate.of(2022, 6, 6), otherWorker, LocalDate.now().minusMonths(1));
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Olivia', pers_surname = 'Cox' WHERE pers_person_id = ?",
                hidden);
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        WebSession web = WebSession.signIn(port, worker);
        String page = "/children/new?q=" + q("Olivia Cox 6/6/2022");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("q", "Olivia Cox 6/6/2022");
        form.put("forename", "Olivia");
        form.put("surname", "Cox");
        form.put("born", "yes");
        form.put("dob-day", "6");
        form.put("dob-month", "6");
        form.put("dob-year", "2022");
        form.put("sex", "F");

        HttpResponse<String> check = web.submit(page, "/children/new", form);
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        assertThat(check.body()).contains("Is the child already on Hearth?");
        Matcher checked = CHECKED.matcher(check.body());
        assertThat(checked.find()).isTrue();
        form.put("checked", checked.group(1));
        Matcher candidates = CANDIDATES.matcher(check.body());
        assertThat(candidates.find()).isTrue();
        form.put("candidates", candidates.group(1));
        assertThat(check.body()).contains("A possible match exists in a record you can’t see").doesNotContain("Olivia Cox,");
        form.put("notDuplicate", "yes");

        HttpResponse<String> created = web.submit(page, "/children/new", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        UUID child = UUID.fromString(created.headers().firstValue("Location").orElseThrow()
                .replaceAll(".*/children/", ""));
        String laId = jdbc.queryForObject("SELECT pers_legacy_id FROM ssd_person WHERE pers_person_id = ?",
                String.class, child);
        assertThat(laId).matches("H\\d{7}");
        assertThat(journeys.readAllForReturn("test", "test: the LA's children").stream()
                .map(ChildJourney::child).map(c -> c.id())).contains(child);
        assertThat(web.get("/children/" + child).body()).contains(laId);
    }

    @Test
    void shouldAddTheChildOnlyOnceEachVisibleCandidateIsSaidNotToBeThemAndRecordThat() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID known = fixtures.child(LocalDate.of(2017, 5, 8), worker, LocalDate.now().minusMonths(1));
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Harriet', pers_surname = 'Quillfeather' WHERE pers_person_id = ?",
                known);
        WebSession web = WebSession.signIn(port, worker);
        String page = "/children/new?q=" + q("Hattie Quillfeather");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("q", "Hattie Quillfeather");
        form.put("forename", "Hattie");
        form.put("surname", "Quillfeather");
        form.put("born", "yes");
        form.put("dob-day", "8");
        form.put("dob-month", "5");
        form.put("dob-year", "2017");
        form.put("sex", "F");
        HttpResponse<String> check = web.submit(page, "/children/new", form);
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        assertThat(check.body()).contains("Is Harriet Quillfeather the child?").contains("decision-" + known);
        Matcher checked = CHECKED.matcher(check.body());
        assertThat(checked.find()).isTrue();
        form.put("checked", checked.group(1));
        Matcher candidates = CANDIDATES.matcher(check.body());
        assertThat(candidates.find()).isTrue();
        form.put("candidates", candidates.group(1));
        form.put("decision-" + known, "not-same");

        HttpResponse<String> created = web.submit(page, "/children/new", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        UUID child = UUID.fromString(created.headers().firstValue("Location").orElseThrow()
                .replaceAll(".*/children/", ""));
        assertThat(jdbc.queryForObject("SELECT decision FROM identity_decision WHERE subject_person_id = ? AND "
                + "candidate_person_id = ?", String.class, child, known)).isEqualTo("NOT_SAME_CHILD");
    }

    @Test
    void shouldGiveEveryChildCreatedThroughTheApiItsOwnLaIdAndRefuseAMalformedOne() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        Api api = new Api(port);
        String body = "{\"forename\":\"Ada\",\"surname\":\"Quennell\",\"sex\":\"F\",\"dateOfBirth\":\"2019-04-03\"}";
        HttpResponse<String> a = api.call("POST", "/api/children", worker, body);
        HttpResponse<String> b = api.call("POST", "/api/children", worker, body.replace("Ada", "Bea"));
        assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
        assertThat(b.statusCode()).as(b.body()).isEqualTo(201);
        String idA = a.body().replaceAll(".*\"legacyId\":\"([^\"]+)\".*", "$1");
        String idB = b.body().replaceAll(".*\"legacyId\":\"([^\"]+)\".*", "$1");
        assertThat(idA).matches("H\\d{7}");
        assertThat(idB).matches("H\\d{7}").isNotEqualTo(idA);
        HttpResponse<String> bad = api.call("POST", "/api/children", worker,
                "{\"laChildId\":\"../../x.pdf\",\"forename\":\"Cy\",\"surname\":\"Quennell\",\"sex\":\"F\",\"dateOfBirth\":\"2019-04-03\"}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    }
}
