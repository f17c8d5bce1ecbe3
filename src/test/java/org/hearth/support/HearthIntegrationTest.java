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
        "hearth.oidc.provider-name=" + TestIssuer.PROVIDER_NAME
})
public abstract class HearthIntegrationTest {
    static {
        // One database directory per JVM: two JVMs on one directory fail.
        System.setProperty("hearth.test.jvm", Long.toString(ProcessHandle.current().pid()));
        // The council's identity provider, in process: bearer tokens are tested against real OIDC discovery.
        System.setProperty("hearth.test.issuer", TestIssuer.get().issuer());
    }

    @LocalServerPort
    protected int port;
}
