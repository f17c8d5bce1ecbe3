package org.hearth.returns.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.care.BecomeLookedAfter;
import org.hearth.care.NewPlacement;
import org.hearth.journey.JourneyService;
import org.hearth.journey.child.Person;
import org.hearth.people.LaChildIds;
import org.hearth.referral.RecordContact;
import org.hearth.returns.IssueReport;
import org.hearth.returns.cin.CinSchema;
import org.hearth.returns.live.ReturnKind;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The return files over real HTTP, signed in through the sign-in form: a child created in the app, given a CIN
 * episode and a period of care through the commands, is in both returns and on the return errors page; the analyst
 * makes, checks and downloads a return (audited as bulk disclosures), confirms a query that later runs show as
 * confirmed until its value changes; errors cannot be confirmed; a social worker and an administrator are refused.
 */
class ReturnFilesTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JourneyService journeys;
    @Autowired
    LaChildIds laChildIds;
    @Autowired
    ReturnRuns runs;
    @Autowired
    JdbcTemplate jdbc;

    String worker;
    String analyst;
    UUID child;
    String laId;

    @BeforeEach
    void setUp() {
        String team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        analyst = fixtures.user(Role.DATA_ANALYST, null);
        Actor sw = new Actor(worker, "Test worker", Role.SOCIAL_WORKER, team);
        // As the new child page does: the child gets the next LA child id, and the creator is allocated.
        Person person = new Person(null, null, Person.CHILD, "Ada", "Returnsweb" + UUID.randomUUID().toString()
                .substring(0, 6), null, "F", null, null, LocalDate.of(2014, 5, 4), null, null, null, null, null, null,
                null, null, null, null, null, null, List.of());
        JourneyService.Recorded created = journeys.createChild(sw, laChildIds.assign(person), "new child after a search");
        child = created.records().get(0).personId();
        laId = jdbc.queryForObject("SELECT pers_legacy_id FROM ssd_person WHERE pers_person_id = ?", String.class, child);
        LocalDate day = LocalDate.now().minusDays(3);
        JourneyService.Recorded referred = journeys.execute(sw, child, created.version(), new RecordContact(day, "1A",
                "School worried", RecordContact.REFERRAL, day, "N1", null), "record a contact");
        journeys.execute(sw, child, referred.version(), new BecomeLookedAfter(day, "C2", "N1",
                new NewPlacement("U1", "PR1", "LS1 4AP", null)), "the child becomes looked after");
    }

    @Test
    void shouldPutAChildCreatedInTheAppInBothReturnsAndOnTheReturnErrorsPage() throws IOException {
        assertThat(laId).matches("H\\d{7}");
        Web web = new Web(analyst);

        ReturnRun cin = web.make("cin");
        assertThat(cin.done()).as("the CIN run finished: " + cin.failure()).isTrue();
        HttpResponse<byte[]> xml = web.bytes("/returns/files/" + cin.id() + "/file");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Disposition").orElse("")).contains("cin-census-");
        String census = new String(xml.body(), StandardCharsets.UTF_8);
        assertThat(census).contains("<LAchildID>" + laId + "</LAchildID>");
        assertThat(cin.schemaChecked()).as("checked against a schema only where one describes the year")
                .isEqualTo(CinSchema.describes(cin.year()));
        if (cin.schemaChecked()) {
            assertThat(CinSchema.validate(new ByteArrayInputStream(xml.body()))).isEqualTo(cin.schemaProblems());
        } else {
            assertThat(cin.schemaProblems()).isEmpty();
        }

        ReturnRun ssda903 = web.make("903");
        assertThat(ssda903.done()).as("the 903 run finished: " + ssda903.failure()).isTrue();
        HttpResponse<byte[]> zip = web.bytes("/returns/files/" + ssda903.id() + "/file");
        assertThat(zip.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        Map<String, String> files = unzip(zip.body());
        String episodes = files.entrySet().stream().filter(e -> !e.getKey().contains("/")
                && e.getKey().toLowerCase().contains("episodes") && !e.getKey().toLowerCase().contains("sw"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(episodes.lines().filter(l -> l.startsWith(laId + ","))).hasSize(1);
        assertThat(files.keySet()).anyMatch(n -> n.startsWith("previous/"));

        // On the return errors page, for the worker who created them (a school-age child with no UPN: 8770Q).
        String errors = new Web(worker).get("/returns?return=cin&rule=8770Q");
        assertThat(errors).contains("/children/" + child).contains(laId);

        // Every download is a bulk disclosure of the return files, with its purpose.
        assertThat(jdbc.queryForList("SELECT action, outcome, basis, purpose FROM audit_entry WHERE actor = ? "
                + "AND part = 'return-files' AND action = 'DOWNLOAD'", analyst)).hasSize(2).allSatisfy(e -> {
                    assertThat(e.get("outcome")).isEqualTo("ALLOWED");
                    assertThat(e.get("basis")).isEqualTo("BULK_DISCLOSURE");
                    assertThat((String) e.get("purpose")).startsWith("download the ");
                });
        // The records were read for the return by a system read, as the command line does.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND basis = "
                + "'STATUTORY_RETURN'", Integer.class, "system:" + analyst)).isEqualTo(2);
    }

    @Test
    void shouldListTheIssuesAsTheCommandLineDoesFilteredAndAsCsv() {
        Web web = new Web(analyst);
        ReturnRun cin = web.make("cin");
        String page = web.get("/returns/files/" + cin.id() + "?child=" + laId + "&status=all");
        assertThat(page).contains("Issues by rule").contains(laId).contains("8770Q");
        String csv = web.get("/returns/files/" + cin.id() + "/issues.csv?child=" + laId + "&status=all");
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith(IssueReport.ISSUES_HEADER);
        assertThat(csv.lines().skip(1)).isNotEmpty().allMatch(l -> l.startsWith(laId + ","));
        assertThat(csv).contains(",8770Q,");
        // A filter on another rule leaves the child's 8770Q out.
        assertThat(web.get("/returns/files/" + cin.id() + "/issues.csv?child=" + laId + "&rule=8500&status=all"))
                .doesNotContain("8770Q");
    }

    @Test
    void shouldShowAConfirmedQueryAsConfirmedInLaterRunsUntilItsValueChanges() {
        Web web = new Web(analyst);
        ReturnRun first = web.make("cin");
        ReturnRuns.RunIssue query = issueOf(first, "8770Q");
        assertThat(query.query()).isTrue();
        assertThat(query.status()).isEqualTo("Query");

        HttpResponse<String> blank = web.post("/returns/files/" + first.id() + "/issues/" + query.index() + "/confirm",
                "reason=+");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("There is a problem").contains("Enter why the value is right");
        assertThat(issueOf(first, "8770Q").status()).isEqualTo("Query");

        HttpResponse<String> ok = web.post("/returns/files/" + first.id() + "/issues/" + query.index() + "/confirm",
                "reason=" + enc("Electively home educated: no UPN has been issued"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("Query 8770Q for child " + laId + " is confirmed");
        assertThat(jdbc.queryForList("SELECT outcome, basis FROM audit_entry WHERE actor = ? AND part = "
                + "'return-files' AND action = 'CREATE'", analyst)).singleElement()
                .satisfies(e -> assertThat(e.get("outcome")).isEqualTo("ALLOWED"));

        ReturnRun second = web.make("cin");
        ReturnRuns.RunIssue again = issueOf(second, "8770Q");
        assertThat(again.status()).isEqualTo("Confirmed");
        assertThat(again.confirmation().reason()).isEqualTo("Electively home educated: no UPN has been issued");
        assertThat(web.get("/returns/files/" + second.id() + "?child=" + laId))
                .as("open issues only, by default").doesNotContain("<strong>8770Q</strong>");
        assertThat(web.get("/returns/files/" + second.id() + "?child=" + laId + "&status=confirmed"))
                .contains("<strong>8770Q</strong>").contains("Confirmed by " + analyst + ": Electively home educated");

        // The value changes (a reason the UPN is missing is recorded, UN1 still flagged): the query is open again.
        jdbc.update("UPDATE ssd_person SET pers_upn_unknown = 'UN1', pers_version = pers_version + 1 "
                + "WHERE pers_person_id = ?", child);
        ReturnRun third = web.make("cin");
        assertThat(issueOf(third, "8770Q").status()).isEqualTo("Query");
    }

    @Test
    void shouldRefuseToConfirmAnError() {
        Web web = new Web(analyst);
        // Any error of the return will do: the child's placement was only just recorded, so the 903 has some.
        ReturnRun run = web.make("903");
        ReturnRuns.RunIssue error = runs.issues(run).stream().filter(i -> !i.query()).findFirst()
                .orElseThrow(() -> new AssertionError("the shared test database's 903 return has no error"));
        HttpResponse<String> refused = web.post("/returns/files/" + run.id() + "/issues/" + error.index()
                + "/confirm", "reason=" + enc("It is right"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Errors cannot be confirmed")
                .contains(error.issue().ruleCode() + " is an error, not a query");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM return_query_confirmation WHERE rule_code = ?",
                Integer.class, error.issue().ruleCode())).isZero();
        assertThat(issueOf(run, error.issue().ruleCode(), error.issue().laChildId()).status()).isEqualTo("Error");
    }

    @Test
    void shouldRefuseASocialWorkerAndAnAdministratorWithAClearPageAndAuditIt() {
        String admin = fixtures.user(Role.ADMINISTRATOR, null);
        for (String user : List.of(worker, admin)) {
            Web web = new Web(user);
            HttpResponse<String> page = web.response("/returns/files");
            assertThat(page.statusCode()).as(user).isEqualTo(403);
            assertThat(page.body()).contains("You cannot use the return files").contains("return files hold");
            assertThat(web.post("/returns/files", "return=cin&year=" + enc(runs.years().get(0).toString()))
                    .statusCode()).isEqualTo(403);
            assertThat(jdbc.queryForList("SELECT outcome FROM audit_entry WHERE actor = ? AND part = 'return-files'",
                    String.class, user)).hasSize(2).containsOnly("DENIED");
        }
        assertThat(runs.recent()).noneMatch(r -> r.startedBy().equals(worker) || r.startedBy().equals(admin));
    }

    @Test
    void shouldAskAgainInWordsForAReturnOrYearNotOffered() {
        Web web = new Web(analyst);
        HttpResponse<String> r = web.post("/returns/files", "return=ssda&year=1999%2F00");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Select the return to make").contains("Select a collection year from those listed");
        assertThat(web.response("/returns/files/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    ReturnRuns.RunIssue issueOf(ReturnRun run, String rule) {
        return issueOf(run, rule, laId);
    }

    ReturnRuns.RunIssue issueOf(ReturnRun run, String rule, String laId) {
        return runs.issues(run).stream().filter(i -> java.util.Objects.equals(laId, i.issue().laChildId())
                && i.issue().ruleCode().equals(rule)).findFirst().orElseThrow(() -> new AssertionError(
                "no " + rule + " for " + laId + " in the " + run.kind() + " run"));
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A signed-in browser without a browser: cookies, the CSRF token of the last page, redirects followed. */
    final class Web {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String csrf;

        Web(String username) {
            get("/sign-in");
            send(HttpRequest.newBuilder(uri("/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf) + "&username=" + enc(username)
                            + "&password=" + enc(TestFixtures.PASSWORD))).build());
            get("/");
        }

        /** Makes the return through the page and waits (up to three minutes) for the run to finish. */
        ReturnRun make(String which) {
            get("/returns/files");
            HttpResponse<String> started = post("/returns/files", "return=" + which + "&year="
                    + enc(runs.years().get(0).toString()));
            assertThat(started.statusCode()).isEqualTo(200);
            Matcher id = Pattern.compile("/returns/files/([0-9a-f-]{36})").matcher(started.uri().getPath());
            assertThat(id.find()).as("redirected to the run's page").isTrue();
            ReturnRun run = runs.find(UUID.fromString(id.group(1))).orElseThrow();
            long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!run.finished() && System.nanoTime() < until) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            assertThat(run.finished()).as("the run finished in three minutes").isTrue();
            return run;
        }

        String get(String path) {
            HttpResponse<String> r = response(path);
            assertThat(r.statusCode()).as("GET " + path).isEqualTo(200);
            return r.body();
        }

        HttpResponse<String> response(String path) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).GET().build());
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        }

        HttpResponse<String> post(String path, String form) {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf) + "&" + form)).build());
        }

        HttpResponse<byte[]> bytes(String path) {
            try {
                return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
