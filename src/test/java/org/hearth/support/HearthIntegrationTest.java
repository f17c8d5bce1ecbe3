package org.hearth.support;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of every test that needs the running application. All such tests share one Spring context (same
 * configuration, so Spring's test context cache builds it once) and one embedded PostgreSQL in a directory of
 * this JVM's own, wiped at start. Tagged "integration" (the tag is inherited): Failsafe runs these, after the unit
 * tests, and {@code ./test --fast} leaves them out.
 */
@Tag("integration")
@org.springframework.context.annotation.Import(StatementCounter.Config.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hearth.embedded.clean=true",
        "hearth.demo.load-on-empty=false",
        "hearth.data-dir=${java.io.tmpdir}/hearth-test-${hearth.test.jvm}",
        "logging.level.org.hearth=WARN",
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=${hearth.test.issuer}",
        // The web app's sign-in with the council's identity provider: the same in-process issuer, one client.
        "hearth.oidc.issuer=${hearth.test.issuer}",
        "hearth.oidc.client-id=" + TestIssuer.CLIENT_ID,
        "hearth.oidc.client-secret=" + TestIssuer.CLIENT_SECRET,
        "hearth.oidc.provider-name=" + TestIssuer.PROVIDER_NAME,
        // Two partner organisations' own issuers (TestOidcProvider), each mapped to its organisation: bearer tokens
        // and the web sign-in. Their buttons show on the sign-in page once a test adds the organisation.
        "hearth.oidc.issuers[0].issuer-uri=${hearth.test.police-issuer}",
        "hearth.oidc.issuers[0].client-id=" + TestOidcProvider.POLICE_CLIENT_ID,
        "hearth.oidc.issuers[0].client-secret=" + TestOidcProvider.POLICE_CLIENT_SECRET,
        "hearth.oidc.issuers[0].organisation=DEMO-POLICE",
        "hearth.oidc.issuers[1].issuer-uri=${hearth.test.school-issuer}",
        "hearth.oidc.issuers[1].client-id=" + TestOidcProvider.SCHOOL_CLIENT_ID,
        "hearth.oidc.issuers[1].client-secret=" + TestOidcProvider.SCHOOL_CLIENT_SECRET,
        "hearth.oidc.issuers[1].organisation=DEMO-SCHOOL",
        // A third that cannot be reached (nothing listens on port 9): its sign-in fails gently, Hearth still starts.
        "hearth.oidc.issuers[2].issuer-uri=http://127.0.0.1:9/unreachable",
        "hearth.oidc.issuers[2].client-id=hearth",
        "hearth.oidc.issuers[2].client-secret=unreachable-secret",
        "hearth.oidc.issuers[2].organisation=TEST-UNREACHABLE"
})
public abstract class HearthIntegrationTest {
    static {
        // One database directory per JVM: two JVMs on one directory fail.
        System.setProperty("hearth.test.jvm", Long.toString(ProcessHandle.current().pid()));
        // The council's identity provider, in process: bearer tokens are tested against real OIDC discovery.
        System.setProperty("hearth.test.issuer", TestIssuer.get().issuer());
        System.setProperty("hearth.test.police-issuer", TestOidcProvider.police().issuer());
        System.setProperty("hearth.test.school-issuer", TestOidcProvider.school().issuer());
    }

    @LocalServerPort
    protected int port;
}
