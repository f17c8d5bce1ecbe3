package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.hearth.access.Role;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pages are not timed for metrics nobody reads (issue 15, session 10): neither each request (http.server.requests)
 * nor each of Spring Security's filters (spring.security.*), which cost about 8% of My work's request-thread CPU.
 */
class RequestObservationsTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MeterRegistry meters;

    @Test
    void shouldNotTimeEveryRequestOrEverySecurityFilter() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        WebSession session = WebSession.signIn(port, worker);
        for (int i = 0; i < 3; i++) {
            assertThat(session.get("/").statusCode()).isEqualTo(200);
        }
        assertThat(meters.getMeters()).extracting(m -> m.getId().getName())
                .noneMatch(name -> name.startsWith("http.server.requests") || name.startsWith("spring.security"));
        assertThat(meters.getMeters()).as("the registry records other meters (the connection pool's, the JVM's)")
                .isNotEmpty();
    }
}
