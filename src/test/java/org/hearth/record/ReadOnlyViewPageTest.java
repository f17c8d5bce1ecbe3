package org.hearth.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.referral.Referral;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The child's page offers only what the user's view lets them record, and says when it is read only and until when. */
class ReadOnlyViewPageTest extends HearthIntegrationTest {
    @Autowired TestFixtures fixtures;

    @Test
    void shouldShowABreakGlassViewAsReadOnlyUntilItExpiresAndOfferNothingToRecord() {
        String team = fixtures.team();
        String worker = fixtures.user(Role.SOCIAL_WORKER, team);
        String stranger = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID child = fixtures.child(LocalDate.of(2016, 5, 5), worker, LocalDate.now().minusDays(30));
        LocalDate referred = LocalDate.now().minusDays(20);
        fixtures.history(child, new Referral(null, child, null, referred, "5A", "N1", referred, false, null, null));

        String allocated = WebSession.signIn(port, worker).get("/children/" + child).body();
        assertThat(allocated).contains("Record a contact").contains("Close the child in need episode")
                .doesNotContain("read-only-title");

        assertThat(new Api(port).call("POST", "/api/children/" + child + "/break-glass", stranger,
                "{\"reason\":\"Police call out of hours: child may be at risk tonight\"}").statusCode()).isEqualTo(200);
        String glass = WebSession.signIn(port, stranger).get("/children/" + child).body();
        assertThat(glass).contains("read-only-title").contains("You are using break-glass access")
                .contains("Your access ends at");
        assertThat(glass).doesNotContain("Record a contact").doesNotContain("Close the child in need episode")
                .doesNotContain("Record a visit").doesNotContain("/visits/new");
    }
}
