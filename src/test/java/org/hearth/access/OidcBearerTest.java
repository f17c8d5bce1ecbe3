package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** With an issuer configured, the council's identity provider's tokens sign users in; Hearth decides their access. */
class OidcBearerTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;

    HttpResponse<String> get(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAcceptAnIssuersTokenForAHearthUser() throws Exception {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        var child = fixtures.child(LocalDate.of(2017, 1, 1), worker, LocalDate.now().minusDays(5));

        HttpResponse<String> r = get("/api/children/" + child, TestIssuer.get().token(worker));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void shouldStillApplyHearthsAccessRulesToATokenUser() throws Exception {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String stranger = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        var child = fixtures.child(LocalDate.of(2017, 1, 1), worker, LocalDate.now().minusDays(5));

        assertThat(get("/api/children/" + child, TestIssuer.get().token(stranger)).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseATokenUserWithNoHearthAccount() throws Exception {
        HttpResponse<String> r = get("/api/caseload", TestIssuer.get().token("nobody-here"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("no Hearth account");
    }

    @Test
    void shouldRefuseExpiredAndForgedTokens() throws Exception {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        assertThat(get("/api/caseload", TestIssuer.get().expiredToken(worker)).statusCode()).isEqualTo(401);
        assertThat(get("/api/caseload", TestIssuer.get().forgedToken(worker)).statusCode()).isEqualTo(401);
    }
}
