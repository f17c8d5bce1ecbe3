package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.protection.S47Enquiry;
import org.hearth.referral.Referral;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.PartnerIssuerFixtures;
import org.hearth.support.TestFixtures;
import org.hearth.support.TestOidcProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Bearer tokens from two partner organisations' own issuers at once (the police force's and the school's, each a real
 * OIDC issuer in process, mapped to its organisation by hearth.oidc.issuers): each signs in only its own
 * organisation's users, who then see only what the council shares with that organisation; every refused token is
 * audited.
 */
class PartnerIssuersTest extends HearthIntegrationTest {
    @Autowired TestFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDirectory users;
    @Autowired PasswordEncoder encoder;

    static final TestOidcProvider POLICE = TestOidcProvider.police();
    static final TestOidcProvider SCHOOL = TestOidcProvider.school();
    String worker;
    UUID policeChild;
    UUID schoolChild;

    @BeforeEach
    void setUp() {
        PartnerIssuerFixtures.add(jdbc, users, encoder.encode(TestFixtures.PASSWORD));
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        policeChild = childInAnEnquiry();
        schoolChild = childInAnEnquiry();
        Api api = new Api(port);
        share(api, policeChild, PartnerIssuerFixtures.POLICE, "[\"s47-enquiries\"]");
        share(api, schoolChild, PartnerIssuerFixtures.SCHOOL, "[\"allocations\"]");
    }

    private UUID childInAnEnquiry() {
        UUID child = fixtures.child(LocalDate.of(2014, 3, 3), worker, LocalDate.now().minusMonths(1));
        UUID referral = UUID.randomUUID();
        LocalDate referred = LocalDate.now().minusDays(10);
        fixtures.history(child, new Referral(referral, child, null, referred, "5A", "N1", referred, false, null, null),
                new S47Enquiry(null, child, referral, null, LocalDate.now().minusDays(5), null, null, null));
        return child;
    }

    private void share(Api api, UUID child, String organisation, String parts) {
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/sharing", worker, """
                {"organisationId":"%s","purpose":"SAFEGUARDING_ENQUIRY","lawfulBasis":"CA1989_S47",
                 "consentSought":false,"parts":%s,"endsOn":"%s"}""".formatted(organisation, parts,
                LocalDate.now().plusMonths(1)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> refusals(String actor) {
        return jdbc.queryForList("SELECT basis || ' ' || coalesce(detail, '') FROM audit_entry WHERE action = 'SIGN_IN' "
                + "AND outcome = 'DENIED' AND actor = ? ORDER BY seq", String.class, actor);
    }

    @Test
    void shouldLetThePoliceIssuerSignInTheForcesOwnUserToTheChildrenSharedWithTheForce() throws Exception {
        String token = POLICE.token(PartnerIssuerFixtures.POLICE_USER);

        HttpResponse<String> home = get("/api/partner", token);
        assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
        assertThat(home.body()).contains("\"organisationId\":\"DEMO-POLICE\"").contains(policeChild.toString())
                .doesNotContain(schoolChild.toString());
        assertThat(get("/api/partner/children/" + policeChild, token).statusCode()).isEqualTo(200);
        assertThat(get("/api/partner/children/" + schoolChild, token).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldLetTheSchoolIssuerSeeOnlyTheSchoolsChildren() throws Exception {
        String token = SCHOOL.token(PartnerIssuerFixtures.SCHOOL_USER);

        HttpResponse<String> home = get("/api/partner", token);
        assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
        assertThat(home.body()).contains("\"organisationId\":\"DEMO-SCHOOL\"").contains(schoolChild.toString())
                .doesNotContain(policeChild.toString());
        assertThat(get("/api/partner/children/" + schoolChild, token).statusCode()).isEqualTo(200);
        HttpResponse<String> police = get("/api/partner/children/" + policeChild, token);
        assertThat(police.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? "
                + "AND outcome = 'DENIED'", Integer.class, PartnerIssuerFixtures.SCHOOL_USER, policeChild)).isEqualTo(1);
    }

    @Test
    void shouldRefuseThePoliceIssuerSigningInTheSchoolsUserAndAuditIt() throws Exception {
        int before = refusals(PartnerIssuerFixtures.SCHOOL_USER).size();

        HttpResponse<String> r = get("/api/partner", POLICE.token(PartnerIssuerFixtures.SCHOOL_USER));

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).doesNotContain(schoolChild.toString());
        assertThat(refusals(PartnerIssuerFixtures.SCHOOL_USER)).hasSize(before + 1).last().asString()
                .isEqualTo("partner-oidc:DEMO-POLICE not a user of the issuer's organisation");
    }

    @Test
    void shouldRefuseCouncilStaffNamedInAPartnerIssuersToken() throws Exception {
        HttpResponse<String> r = get("/api/children/" + policeChild, POLICE.token(worker));

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(refusals(worker)).containsExactly("partner-oidc:DEMO-POLICE not a partner organisation's user "
                + "(council staff, a child or a carer)");
        // The same worker's password still works: the refusal is of the issuer, not of the account.
        assertThat(new Api(port).get("/api/children/" + policeChild, worker).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseAnUnknownThirdIssuerWithoutFetchingItsKeys() throws Exception {
        TestOidcProvider stranger = new TestOidcProvider("elsewhere", "hearth", "secret");
        try {
            String claimed = "someone-" + UUID.randomUUID().toString().substring(0, 8);

            HttpResponse<String> r = get("/api/partner", stranger.token(claimed, "hearth", Instant.now().plusSeconds(300)));

            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(stranger.hits("discovery") + stranger.hits("jwks")).as("Hearth never asked the issuer").isZero();
            assertThat(refusals(claimed)).singleElement().asString().startsWith("bearer issuer not accepted: "
                    + stranger.issuer());
        } finally {
            stranger.stop();
        }
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() throws Exception {
        HttpResponse<String> r = get("/api/partner", POLICE.token(PartnerIssuerFixtures.POLICE_USER, "another-app",
                Instant.now().plusSeconds(300)));

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(refusals(PartnerIssuerFixtures.POLICE_USER)).last().asString()
                .startsWith("partner-oidc:DEMO-POLICE").contains("audience");
    }

    @Test
    void shouldRefuseAnExpiredToken() throws Exception {
        HttpResponse<String> r = get("/api/partner", POLICE.token(PartnerIssuerFixtures.POLICE_USER, POLICE.clientId(),
                Instant.now().minusSeconds(600)));

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(refusals(PartnerIssuerFixtures.POLICE_USER)).last().asString()
                .startsWith("partner-oidc:DEMO-POLICE").containsIgnoringCase("expired");
    }
}
