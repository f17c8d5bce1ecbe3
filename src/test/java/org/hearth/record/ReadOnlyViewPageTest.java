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

    @Test
    void shouldShowAFamilyHelpWorkerNoChildProtectionEventsInTheChronologyOnTheChildsPage() {
        String team = fixtures.team();
        String worker = fixtures.user(Role.SOCIAL_WORKER, team);
        String familyHelp = fixtures.user(Role.EARLY_HELP_WORKER, fixtures.team());
        UUID child = fixtures.child(LocalDate.of(2016, 5, 5), worker, LocalDate.now().minusDays(60));
        fixtures.allocate(child, familyHelp, "EHW", LocalDate.now().minusDays(5));
        LocalDate conference = LocalDate.now().minusDays(20);
        while (conference.getDayOfWeek().getValue() > 5) {
            conference = conference.minusDays(1);
        }
        Referral referral = org.hearth.journey.JourneyBuilder.referral(conference.minusDays(10));
        org.hearth.journey.ChildJourney cp = org.hearth.journey.JourneyBuilder.aChild().with(referral)
                .onCpPlan(referral, conference, null).journey();
        fixtures.history(child, cp.everything().toArray(org.hearth.journey.JourneyRecord[]::new));

        String workers = WebSession.signIn(port, worker).get("/children/" + child).body();
        assertThat(workers).contains("Child protection plan started");
        String familyHelps = WebSession.signIn(port, familyHelp).get("/children/" + child).body();
        assertThat(familyHelps).contains("Test Child").doesNotContain("Child protection plan started")
                .doesNotContain("Initial child protection conference");
    }
}
