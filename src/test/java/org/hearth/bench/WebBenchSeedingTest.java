package org.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.demo.DemoData;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What {@code bench web --pages partner,portal} makes before it measures, against the running application: every
 * partner user has children shared with their organisation (some shared through the sharing command), opens them
 * (200) and is refused a child not shared (403); every child's account opens their own space only, and a carer their
 * own foster child only; a second run makes nothing more.
 */
class WebBenchSeedingTest extends HearthIntegrationTest {
    @Autowired
    DemoData demo;
    @Autowired
    PartnerBench partners;
    @Autowired
    OwnSpaceBench ownSpace;
    @Autowired
    JdbcTemplate jdbc;

    ApiBenchCommand.WebClient client;

    @BeforeEach
    void demoAuthority() {
        if (jdbc.queryForObject("SELECT count(*) FROM ssd_person WHERE pers_legacy_id IS NOT NULL", Long.class) < 300) {
            demo.load(300, 23);
        }
        client = new ApiBenchCommand.WebClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build(), port);
    }

    private int status(String path, String cookie) throws Exception {
        return client.http().send(client.page(path, cookie), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private UUID childNotIn(List<UUID> children) {
        return jdbc.queryForList("SELECT pers_person_id FROM ssd_person WHERE pers_kind = 'CHILD' AND pers_legacy_id IS "
                + "NOT NULL ORDER BY pers_person_id", UUID.class).stream().filter(c -> !children.contains(c)).findFirst()
                .orElseThrow();
    }

    @Test
    void shouldGiveEveryPartnerUserChildrenSharedWithTheirOrganisationAndNoOthers() throws Exception {
        int fewest = PartnerBench.PARTNERS.stream().mapToInt(p -> partners.sharedNow(p.organisationId()).size()).min()
                .orElseThrow();
        long byWorkers = decisionsByWorkers();

        PartnerBench.Seeded seeded = partners.seed(8, fewest + 1);

        assertThat(seeded.organisationOf()).hasSize(8);
        assertThat(seeded.decisionsMade()).as("the organisation with fewest shared children gets one more")
                .isPositive();
        assertThat(decisionsByWorkers()).as("made through the command, by the child's social worker")
                .isEqualTo(byWorkers + seeded.decisionsMade());
        for (Map.Entry<String, String> user : seeded.organisationOf().entrySet()) {
            List<UUID> theirs = seeded.sharedWith().get(user.getValue());
            assertThat(theirs).as(user.getKey()).isNotEmpty();
            String session = client.signIn(user.getKey());
            assertThat(status("/partner", session)).as(user.getKey()).isEqualTo(200);
            assertThat(status("/partner/children/" + theirs.get(0), session)).as(user.getKey()).isEqualTo(200);
            assertThat(status("/partner/children/" + childNotIn(theirs), session)).as(user.getKey()).isEqualTo(403);
        }

        PartnerBench.Seeded again = partners.seed(8, fewest + 1);

        assertThat(again.decisionsMade()).as("a second run finds what the first made").isZero();
        assertThat(again.organisationOf()).isEqualTo(seeded.organisationOf());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hearth_user WHERE username LIKE 'bench-partner-%'",
                Long.class)).isEqualTo(8);
    }

    private long decisionsByWorkers() {
        return jdbc.queryForObject("SELECT count(*) FROM sharing_decision d JOIN hearth_user u ON u.username = "
                + "d.recorded_by AND u.role = 'SOCIAL_WORKER'", Long.class);
    }

    @Test
    void shouldOpenEachChildsAccountOnTheirOwnSpaceOnlyAndEachCarersOnTheirFosterChildOnly() throws Exception {
        List<OwnSpaceBench.Account> accounts = ownSpace.seedAccounts(client, 4);

        assertThat(accounts).hasSizeGreaterThanOrEqualTo(2);
        assertThat(accounts.stream().map(OwnSpaceBench.Account::child).distinct()).hasSameSizeAs(accounts);
        for (OwnSpaceBench.Account a : accounts) {
            assertThat(jdbc.queryForObject("SELECT child_id FROM portal_account WHERE username = ?", UUID.class,
                    a.username())).isEqualTo(a.child());
            String session = OwnSpaceBench.signIn(client, a);
            assertThat(status("/me", session)).as(a.username()).isEqualTo(200);
            assertThat(status("/me/plan", session)).as(a.username()).isEqualTo(200);
            if (a.youngPerson()) {
                assertThat(status("/me/pathway-plan", session)).as(a.username()).isEqualTo(200);
            }
            assertThat(status("/children/" + childNotIn(List.of(a.child())), session)).as(a.username())
                    .isEqualTo(403);
        }
        assertThat(ownSpace.seedAccounts(client, 4)).as("a second run invites nobody").isEqualTo(accounts);

        List<OwnSpaceBench.CarerLink> carers = ownSpace.seedCarers(2);

        assertThat(carers).isNotEmpty();
        for (OwnSpaceBench.CarerLink c : carers) {
            String session = client.signIn(c.username());
            assertThat(status("/carer", session)).as(c.username()).isEqualTo(200);
            assertThat(status("/carer/children/" + c.child(), session)).as(c.username()).isEqualTo(200);
            assertThat(status("/carer/children/" + childNotIn(List.of(c.child())), session)).as(c.username())
                    .isEqualTo(403);
        }
        assertThat(ownSpace.seedCarers(2)).as("a second run links nobody new").isEqualTo(carers);
    }
}
