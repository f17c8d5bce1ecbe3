package org.hearth.iro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo IRO's examples: challenges at every stage, each passing the rules a real one would. */
class IroDemoTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Challenges challenges;

    @Test
    void shouldGiveTheDemoIroChallengesOpenEscalatedResolvedAndNotResolved() {
        users.addTeam("T10", "IRO Service");
        users.addUser(IroDemo.DEMO_IRO, "Indira Demo", Role.IRO, "T10", null);
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID child = fixtures.child(LocalDate.of(2012, 1, 1), worker, LocalDate.now().minusYears(1));
        fixtures.allocate(child, IroDemo.DEMO_IRO, "IRO", LocalDate.now().minusYears(1));

        assertThat(IroDemo.load(jdbc, new java.util.Random().nextLong(), LocalDate.now())).isEqualTo(4);

        Actor iro = users.find(IroDemo.DEMO_IRO).orElseThrow();
        List<Challenge> log = challenges.forChild(iro, child, "check");
        assertThat(log).hasSize(4);
        assertThat(log).filteredOn(Challenge::isOpen).extracting(Challenge::stage)
                .containsExactlyInAnyOrder(ChallengeStage.TEAM_MANAGER, ChallengeStage.SERVICE_MANAGER);
        assertThat(log).filteredOn(c -> c.awaitingTeamManager() != null).as("one waits for the team manager's answer")
                .hasSize(1);
        assertThat(log).filteredOn(c -> !c.isOpen()).extracting(c -> c.outcome().resolved())
                .containsExactlyInAnyOrder(true, false);
        for (Challenge c : log) {
            // Replaying each through the rules gives the same challenge: the demo never shows what Hearth would refuse.
            Challenge replay = Challenge.raise(child, c.raisedBy(), c.raisedOn(), c.subject(), c.detail(), LocalDate.now());
            for (Escalation e : c.escalations()) {
                replay = replay.escalate(e.stage(), e.escalatedOn(), e.escalatedTo(), e.reason(), e.recordedBy(),
                        LocalDate.now());
            }
            if (c.outcome() != null) {
                replay = replay.close(c.outcome().resolved(), c.outcome().decidedOn(), c.outcome().summary(),
                        c.outcome().recordedBy(), LocalDate.now());
            }
            assertThat(replay.stage()).isEqualTo(c.stage());
            assertThat(c.version()).isEqualTo(c.escalations().size() + (c.outcome() == null ? 0 : 1));
        }
    }
}
