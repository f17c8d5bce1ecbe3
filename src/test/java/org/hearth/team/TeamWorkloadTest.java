package org.hearth.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.AccessDenied;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyService;
import org.hearth.referral.Referral;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.hearth.referral.ReferralStage;

class TeamWorkloadTest extends HearthIntegrationTest {
    @Autowired TestFixtures fixtures;
    @Autowired UserDirectory users;
    @Autowired JourneyService journeys;
    @Autowired TeamWorkload workload;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldCountEachWorkersChildrenAndListTheTeamsOverdueWorkMostOverdueFirst() {
        String team = fixtures.team();
        Actor busy = users.find(fixtures.user(Role.SOCIAL_WORKER, team)).orElseThrow();
        Actor quiet = users.find(fixtures.user(Role.SOCIAL_WORKER, team)).orElseThrow();
        Actor manager = users.find(fixtures.user(Role.TEAM_MANAGER, team)).orElseThrow();
        LocalDate today = LocalDate.now();
        UUID older = referredChild(busy, today.minusDays(120));
        UUID newer = referredChild(busy, today.minusDays(90));
        referredChild(busy, today.minusDays(1));
        long auditedBefore = jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ?", Long.class,
                manager.username());

        TeamWorkload.Team t = workload.of(manager, today);

        assertThat(t.workers()).extracting(TeamWorkload.WorkerLoad::username)
                .containsExactly(busy.username(), quiet.username());
        TeamWorkload.WorkerLoad load = t.workers().get(0);
        assertThat(load.children()).isEqualTo(3);
        assertThat(load.overdue()).isEqualTo(2);
        assertThat(t.workers().get(1).children()).isZero();
        assertThat(t.overdue()).extracting(TeamWorkload.Overdue::childId).containsExactly(older, newer);
        assertThat(t.overdue().get(0).daysOverdue()).isPositive();
        assertThat(t.overdue().get(0).worker()).isEqualTo(busy.displayName());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND part = 'caseload'",
                Long.class, manager.username())).as("each child read is audited").isGreaterThanOrEqualTo(auditedBefore + 3);
    }

    @Test
    void shouldRefuseAWorkerTheTeamPage() {
        Actor worker = users.find(fixtures.user(Role.SOCIAL_WORKER, fixtures.team())).orElseThrow();
        assertThatThrownBy(() -> workload.of(worker, LocalDate.now())).isInstanceOf(AccessDenied.class);
    }

    UUID referredChild(Actor worker, LocalDate referred) {
        UUID child = fixtures.child(LocalDate.of(2012, 3, 3), worker.username(), referred);
        fixtures.history(child, new Referral(null, child, null, referred, "5A", "N1", referred, false, null, null));
        return child;
    }
}
