package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What an attacker or a careless client sends: answered in the user's terms (4xx), never 500, never echoed. */
class HttpHardeningTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;

    private Api api;
    private String worker;
    private UUID child;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child = fixtures.child(LocalDate.of(2015, 3, 1), worker, LocalDate.now().minusMonths(3));
    }

    private static String newChild(String forename, String surname, String dob, String nhs) {
        return "{\"forename\":\"" + forename + "\",\"surname\":\"" + surname + "\",\"sex\":\"F\",\"dateOfBirth\":\"" + dob + "\""
                + (nhs == null ? "" : ",\"nhsNumber\":\"" + nhs + "\"") + "}";
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void shouldRefuseANullJsonBodyAsTheUsersMistake() {
        HttpResponse<String> r = api.call("POST", "/api/children", worker, "null");
        assertProblem(r, 400);
        assertThat(r.body()).contains("JSON object");
    }

    @Test
    void shouldRefuseANulByteInAQueryParameter() {
        assertProblem(api.get("/api/children/" + child + "?purpose=%00", worker), 400);
    }

    @Test
    void shouldRefuseANulByteInAJsonStringNamingTheField() {
        HttpResponse<String> r = api.call("POST", "/api/children", worker, newChild("Ann\\u0000e", "Smith", "2016-01-01", null));
        assertProblem(r, 400);
        assertThat(r.body()).contains("forename").contains("NUL");
    }

    @Test
    void shouldRefuseARelationshipToARecordThatDoesNotExist() {
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/relationships", worker,
                "{\"relatedPersonId\":\"" + UUID.randomUUID() + "\",\"relationshipType\":\"MOTHER\",\"startDate\":\"2015-03-01\"}");
        assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void shouldRefuseABirthInYearOneAnEmptyNameAndAnEndlessOne() {
        HttpResponse<String> yearOne = api.call("POST", "/api/children", worker, newChild("Ann", "Smith", "0001-01-01", null));
        assertThat(yearOne.statusCode()).as(yearOne.body()).isEqualTo(422);
        assertThat(yearOne.body()).contains("dob-plausible").contains("\"pointer\":\"/dateOfBirth\"");

        // The request is versioned: the domain's own field names are not part of it, and a refusal points at the
        // request's field.
        HttpResponse<String> domainShaped = api.call("POST", "/api/children", worker,
                "{\"forename\":\"Ann\",\"surname\":\"Smith\",\"sex\":\"F\",\"dob\":\"2016-01-01\"}");
        assertThat(domainShaped.statusCode()).as(domainShaped.body()).isEqualTo(422);
        assertThat(domainShaped.body()).contains("\"pointer\":\"/dateOfBirth\"").contains("date of birth");

        HttpResponse<String> empty = api.call("POST", "/api/children", worker, newChild("", "", "2016-01-01", null));
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(422);
        assertThat(empty.body()).contains("name-required");

        HttpResponse<String> endless = api.call("POST", "/api/children", worker, newChild("A".repeat(100_000), "Smith", "2016-01-01", null));
        assertThat(endless.statusCode()).as(endless.body()).isEqualTo(422);
        assertThat(endless.body()).contains("name-length");
    }

    @Test
    void shouldRefuseASecondChildWithTheSameNhsNumberNamingTheRule() {
        String nhs = TestFixtures.nhsNumber();
        HttpResponse<String> first = api.call("POST", "/api/children", worker, newChild("Ann", "Smith", "2016-01-01", nhs));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

        String spaced = nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
        HttpResponse<String> second = api.call("POST", "/api/children", worker, newChild("Anne", "Smyth", "2016-01-02", spaced));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(422);
        assertThat(second.body()).contains("nhs-number-unique").contains("already has a record");
    }

    @Test
    void shouldRefuseABodyOverTheCapWith413WhetherItsLengthIsSaidOrNot() throws Exception {
        String big = "{\"notes\":\"" + "x".repeat(1_100_000) + "\"}";
        assertProblem(api.call("POST", "/api/children/" + child + "/visits", worker, big), 413);

        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/children/" + child + "/visits"))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(worker))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> r = http.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertProblem(r, 413);
        assertThat(r.body()).contains("larger than Hearth accepts");
    }

    @Test
    void shouldAnswerTheErrorPathAskedForDirectlyAsNotFound() throws Exception {
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found");
    }

    @Test
    void shouldShowABrowserAPageWithTheCouncilsHeaderForAMissingPage() throws Exception {
        WebSession session = WebSession.signIn(port, worker);
        for (String path : new String[] {"/no-such-page", "/children/not-a-record-id"}) {
            HttpResponse<String> r = session.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertThat(r.body()).as(path).contains("hearth-header").contains("Example Borough Council")
                    .contains("Page not found");
        }
    }

    @Test
    void shouldNotEchoTheHostHeaderInARedirect() throws Exception {
        String response = raw("GET / HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 302");
        assertThat(response).containsPattern("(?i)location: /sign-in");
        assertThat(response).doesNotContain("evil.example");
    }

    @Test
    void shouldSendHardeningHeadersAndASecureCookieBehindAnHttpsProxy() throws Exception {
        HttpResponse<String> local = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(local.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(local.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(local.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(local.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("SESSION=")).noneMatch(c -> c.contains("Secure"));

        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=31536000");
        assertThat(proxied.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("SESSION=") && c.contains("Secure"));

        HttpResponse<String> apiAnswer = api.get("/api/children/" + child, worker);
        assertThat(apiAnswer.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    @Test
    void shouldLetTheBrowserKeepStylesheetsUnderAContentHashedName() throws Exception {
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .build(), HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/hearth/hearth-[0-9a-f]{32}\\.css)\"")
                .matcher(signIn.body());
        assertThat(css.find()).as(signIn.body()).isTrue();
        HttpResponse<String> sheet = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + css.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000")
                .doesNotContain("no-store");
    }

    @Test
    void shouldShowASignedInUserAWholePageForANulByteInTheAddress() throws Exception {
        String session = signInThroughTheForm(worker);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/children?q=a%00b")).header("Cookie", session).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Signed in as").contains("Example Borough Council").contains("</html>");
    }

    /** Signs in as a browser does and returns the session cookie. */
    private String signInThroughTheForm(String user) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.split(";")[0]).findFirst().orElseThrow();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + TestFixtures.PASSWORD
                        + "&_csrf=" + java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.split(";")[0]).findFirst().orElse(cookie);
    }

    private String raw(String request) throws IOException {
        try (Socket s = new Socket("localhost", port)) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
