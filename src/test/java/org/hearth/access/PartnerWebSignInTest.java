package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.PartnerIssuerFixtures;
import org.hearth.support.TestFixtures;
import org.hearth.support.TestOidcProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signing in to the web app through a partner organisation's own issuer, driven as a browser would with an HTTP
 * client that follows redirects and keeps cookies: Hearth's sign-in page, the issuer's authorization endpoint (it
 * signs in the user the test names), back to Hearth with a code, Hearth's exchange at the token endpoint and its
 * checks of the ID token, then the partner's home. Only the issuer's own organisation's users get in.
 */
class PartnerWebSignInTest extends HearthIntegrationTest {
    static final String POLICE_START = "/oauth2/authorization/partner-demo-police";
    @Autowired TestFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDirectory users;
    @Autowired PasswordEncoder encoder;

    final TestOidcProvider police = TestOidcProvider.police();
    HttpClient browser;
    HttpClient noRedirects;

    @BeforeEach
    void setUp() {
        PartnerIssuerFixtures.add(jdbc, users, encoder.encode(TestFixtures.PASSWORD));
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        noRedirects = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterEach
    void tearDown() {
        police.signInAs(null).wrongNonce(false);
    }

    private HttpResponse<String> get(HttpClient client, String pathOrUrl) throws Exception {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create("http://localhost:" + port + pathOrUrl);
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> signIns(String actor) {
        return jdbc.queryForList("SELECT outcome || ' ' || basis || coalesce(' ' || detail, '') FROM audit_entry "
                + "WHERE action = 'SIGN_IN' AND actor = ? ORDER BY seq", String.class, actor);
    }

    @Test
    void shouldOfferEachPartnerIssuerBesideTheLocalAccountForm() throws Exception {
        HttpResponse<String> page = get(browser, "/sign-in");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sign in with Example Valley Police").contains("href=\"" + POLICE_START + "\"")
                .contains("Sign in with Hillside Academy").contains("href=\"/oauth2/authorization/partner-demo-school\"")
                .contains("Sign in with " + org.hearth.support.TestIssuer.PROVIDER_NAME)
                .contains("<form method=\"post\" action=\"/sign-in\"").contains("id=\"password\"");
    }

    @Test
    void shouldSignInThePoliceIssuersOwnUserAndLandOnTheirHome() throws Exception {
        police.signInAs(PartnerIssuerFixtures.POLICE_USER);
        int sessionsBefore = jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?",
                Integer.class, PartnerIssuerFixtures.POLICE_USER);

        HttpResponse<String> landed = get(browser, POLICE_START);

        assertThat(landed.uri().getPath()).isEqualTo("/partner");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body()).contains("Your work with the council").contains("Example Valley Police");
        assertThat(police.lastAuthorization()).containsEntry("client_id", TestOidcProvider.POLICE_CLIENT_ID)
                .containsEntry("code_challenge_method", "S256").containsKeys("state", "nonce", "code_challenge");
        assertThat(signIns(PartnerIssuerFixtures.POLICE_USER)).last().isEqualTo("ALLOWED partner-oidc:DEMO-POLICE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class,
                PartnerIssuerFixtures.POLICE_USER)).as("the session lives in PostgreSQL, as a password sign-in's")
                .isEqualTo(sessionsBefore + 1);
        // Forms still need their CSRF token: a post without one is refused, even signed in.
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/sign-out")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(get(browser, "/partner").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void shouldRefuseTheSchoolsUserSignedInByThePoliceIssuer() throws Exception {
        police.signInAs(PartnerIssuerFixtures.SCHOOL_USER);

        HttpResponse<String> refused = get(browser, POLICE_START);

        assertThat(refused.uri().getPath()).isEqualTo("/sign-in/not-a-user");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("This account is not a user of Example Valley Police in Hearth");
        assertThat(signIns(PartnerIssuerFixtures.SCHOOL_USER)).last()
                .isEqualTo("DENIED partner-oidc:DEMO-POLICE not a user of the issuer's organisation");
        HttpResponse<String> home = get(browser, "/partner");
        assertThat(home.uri().getPath()).as("not signed in").isEqualTo("/sign-in");
    }

    @Test
    void shouldRefuseCouncilStaffSignedInByAPartnerIssuer() throws Exception {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        police.signInAs(worker);

        HttpResponse<String> refused = get(browser, POLICE_START);

        assertThat(refused.uri().getPath()).isEqualTo("/sign-in/not-a-user");
        assertThat(signIns(worker)).containsExactly("DENIED partner-oidc:DEMO-POLICE not a partner organisation's "
                + "user (council staff, a child or a carer)");
        assertThat(get(browser, "/").uri().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void shouldRefuseACallbackWithAnUnknownState() throws Exception {
        police.signInAs(PartnerIssuerFixtures.POLICE_USER);
        HttpResponse<String> toIssuer = get(noRedirects, POLICE_START);
        assertThat(toIssuer.statusCode()).isEqualTo(302);
        HttpResponse<String> back = get(noRedirects, toIssuer.headers().firstValue("Location").orElseThrow());
        String callback = back.headers().firstValue("Location").orElseThrow();
        assertThat(callback).contains("/login/oauth2/code/partner-demo-police?code=").contains("&state=");
        int deniedBefore = signIns("(DEMO-POLICE)").size();

        HttpResponse<String> refused = get(browser, callback.replaceAll("state=[^&]+", "state=" + UUID.randomUUID()));

        assertThat(refused.uri().getPath()).isEqualTo("/sign-in");
        assertThat(refused.uri().getQuery()).contains("error=partner");
        assertThat(refused.body()).contains("Signing in with Example Valley Police did not work. Try again.");
        assertThat(signIns("(DEMO-POLICE)")).hasSize(deniedBefore + 1).last()
                .isEqualTo("DENIED partner-oidc:DEMO-POLICE authorization_request_not_found");
        assertThat(get(browser, "/partner").uri().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void shouldRefuseAnIdTokenWithAnotherNonce() throws Exception {
        police.signInAs(PartnerIssuerFixtures.POLICE_USER).wrongNonce(true);
        int deniedBefore = signIns("(DEMO-POLICE)").size();

        HttpResponse<String> refused = get(browser, POLICE_START);

        assertThat(refused.uri().getPath()).isEqualTo("/sign-in");
        assertThat(refused.body()).contains("Signing in with Example Valley Police did not work. Try again.");
        assertThat(signIns("(DEMO-POLICE)")).hasSize(deniedBefore + 1).last()
                .isEqualTo("DENIED partner-oidc:DEMO-POLICE invalid_nonce");
        assertThat(get(browser, "/partner").uri().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void shouldSendBackToSignInWhenAnIssuerCannotBeReachedOrIsNotConfigured() throws Exception {
        jdbc.update("INSERT INTO organisation (organisation_id, name, type) VALUES ('TEST-UNREACHABLE', "
                + "'Unreachable Health Trust', 'NHS_TRUST') ON CONFLICT DO NOTHING");
        assertThat(get(browser, "/sign-in").body()).contains("href=\"/oauth2/authorization/partner-test-unreachable\"");

        HttpResponse<String> unreachable = get(browser, "/oauth2/authorization/partner-test-unreachable");

        assertThat(unreachable.statusCode()).isEqualTo(200);
        assertThat(unreachable.uri().getPath()).isEqualTo("/sign-in");
        assertThat(unreachable.body()).contains("Signing in with Unreachable Health Trust did not work. Try again.");
        HttpResponse<String> unknown = get(browser, "/oauth2/authorization/partner-nobody");
        assertThat(unknown.uri().getPath()).isEqualTo("/sign-in");
        assertThat(unknown.body()).contains("Signing in with your organisation did not work");
    }

    @Test
    void shouldNameNoOrganisationThatIsNotAConfiguredIssuers() throws Exception {
        HttpResponse<String> page = get(browser, "/sign-in/not-a-user?organisation=" + UUID.randomUUID());
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("This account is not a user of your organisation in Hearth");
        HttpResponse<String> signIn = get(browser, "/sign-in?error=partner&organisation=%3Cscript%3E");
        assertThat(signIn.body()).contains("Signing in with your organisation did not work").doesNotContain("<script>");
    }
}
