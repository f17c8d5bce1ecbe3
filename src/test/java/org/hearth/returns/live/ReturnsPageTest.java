package org.hearth.returns.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyService;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.hearth.care.CareStage;
import org.hearth.people.PeopleStage;

/** The Return errors page over real HTTP, signed in through the sign-in form, against the shared test database. */
class ReturnsPageTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JourneyService journeys;
    @Autowired
    JdbcTemplate jdbc;

    String team;
    String worker;
    UUID child;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        child = fixtures.child(LocalDate.of(2014, 3, 3), worker, LocalDate.now().minusMonths(6));
        // Looked after with a placement whose postcode was never recorded: 903 rule 392b on the live record.
        LocalDate start = LocalDate.now().minusDays(20);
        fixtures.history(child, new CarePeriod(null, child, start, null, null, "N1"),
                new LegalStatus(null, child, "C2", start, null),
                new Placement(null, child, start, null, "U1", "PR1", null, null, null, null),
                new org.hearth.people.Address(null, child, "Home", "1 Test Street", "LS6 1AA", LocalDate.of(2014, 3, 3),
                        null));
    }

    @Test
    void shouldShowTheAllocatedWorkerTheirChildsErrorWithTheValuesAndLinksToTheChildAndTheFixingForm() {
        String page = new Web(worker).get("/returns");

        assertThat(page).contains("Return errors").contains("Errors by rule").contains("392b");
        String row = rowOf(page, child, "903 392b");
        assertThat(row).contains("href=\"/children/" + child + "\"")
                .contains("href=\"/children/" + child + "/placements/change\"")
                .contains("Change of placement")
                .contains("PL_POST").contains("(blank)").contains("LS6 1AA")
                .contains("Child is looked after but no postcodes are recorded");
        assertThat(audit(worker, child)).anySatisfy(e -> {
            assertThat(e.get("part")).isEqualTo("returns");
            assertThat(e.get("action")).isEqualTo("READ");
            assertThat(e.get("outcome")).isEqualTo("ALLOWED");
            assertThat(e.get("basis")).isEqualTo("ALLOCATED_WORKER");
        });
    }

    @Test
    void shouldDropTheErrorOnTheNextViewOnceTheRecordIsPutRight() {
        Web web = new Web(worker);
        assertThat(rowOf(web.get("/returns?return=903"), child, "903 392b")).contains("Change of placement");

        Actor actor = new Actor(worker, "Test worker", Role.SOCIAL_WORKER, team);
        org.hearth.journey.ChildJourney j = journeys.read(actor, child, "care", "test: fix the postcode");
        Placement p = j.all(CareStage.PLACEMENTS).get(0);
        journeys.execute(actor, child, j.version(), new org.hearth.care.CorrectPlacementDetails(p.id(), "LS1 4AP", null),
                "test: record the placement postcode");

        String after = web.get("/returns?return=903");
        assertThat(after).contains(child.toString()).doesNotContain(">903 392b<");
    }

    @Test
    void shouldShowOnlyTheChosenRuleAndReturnWhenFiltered() {
        Web web = new Web(worker);

        assertThat(web.get("/returns?return=903&rule=392b")).contains("Children with error 392b").contains(child.toString());
        assertThat(web.get("/returns?return=cin")).doesNotContain(child.toString());
        assertThat(web.get("/returns?return=903&rule=8610")).doesNotContain(child.toString());
    }

    @Test
    void shouldNotShowTheChildToAWorkerWithNoRelationshipNorAuditAReadOfIt() {
        String stranger = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());

        String page = new Web(stranger).get("/returns");

        assertThat(page).contains("Return errors").doesNotContain(child.toString());
        assertThat(audit(stranger, child)).isEmpty();
    }

    @Test
    void shouldShowTheTeamManagerTheirTeamsChildren() {
        String manager = fixtures.user(Role.TEAM_MANAGER, team);

        assertThat(rowOf(new Web(manager).get("/returns?return=903"), child, "903 392b")).contains("Change of placement");
        assertThat(audit(manager, child)).anySatisfy(e -> assertThat(e.get("basis")).isEqualTo("TEAM_MANAGER"));
    }

    @Test
    void shouldShowAnAnalystTheCountsOnlyWithNoChildAndAuditTheAggregateRead() {
        String analyst = fixtures.user(Role.DATA_ANALYST, null);

        String page = new Web(analyst).get("/returns");

        assertThat(page).contains("392b").contains("no child is named here")
                .doesNotContain(child.toString()).doesNotContain("href=\"/children/");
        Long aggregate = jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND part = 'returns' "
                + "AND basis = 'AGGREGATE' AND outcome = 'ALLOWED' AND person_id IS NULL", Long.class, analyst);
        assertThat(aggregate).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id IS NOT NULL",
                Long.class, analyst)).isZero();
    }

    @Test
    void shouldRefuseAnAdministratorAndLeaveTheLinkOutOfTheirMenu() {
        String admin = fixtures.user(Role.ADMINISTRATOR, null);
        Web web = new Web(admin);

        HttpResponse<String> r = web.response("/returns");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).doesNotContain(child.toString());
        assertThat(web.get("/")).doesNotContain("href=\"/returns\"");
        assertThat(new Web(worker).get("/")).contains("href=\"/returns\"");
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    List<Map<String, Object>> audit(String actor, UUID person) {
        return jdbc.queryForList("SELECT part, action, outcome, basis FROM audit_entry WHERE actor = ? AND person_id = ? "
                + "AND part = 'returns' ORDER BY seq", actor, person);
    }

    /** The row of the per-child list for the child's error under the rule (e.g. "903 392b"). */
    static String rowOf(String page, UUID child, String rule) {
        List<String> rows = java.util.Arrays.stream(page.split("<tr class=\"govuk-table__row\">"))
                .map(r -> r.contains("</tr>") ? r.substring(0, r.indexOf("</tr>")) : r)
                .filter(r -> r.contains("href=\"/children/" + child + "\"") && r.contains(">" + rule + "<"))
                .toList();
        assertThat(rows).as("rows for the child's %s error", rule).hasSize(1);
        return rows.get(0);
    }

    /** A browser-like session: signs in through the form (with its CSRF token) and keeps the session cookie. */
    final class Web {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        Web(String username) {
            String form = get("/sign-in");
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
            assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
            String body = "_csrf=" + enc(csrf.group(1)) + "&username=" + enc(username) + "&password="
                    + enc(TestFixtures.PASSWORD);
            send(HttpRequest.newBuilder(uri("/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        String get(String path) {
            HttpResponse<String> r = response(path);
            assertThat(r.statusCode()).as("GET " + path + " gave " + r.statusCode() + ": " + r.body().substring(0, Math.min(r.body().length(), 3000))).isEqualTo(200);
            return r.body();
        }

        HttpResponse<String> response(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET().build());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
