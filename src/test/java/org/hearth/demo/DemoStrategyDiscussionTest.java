package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.clocks.Task;
import org.hearth.health.HealthDemo;
import org.hearth.journey.JourneyService;
import org.hearth.partner.PartnerWork;
import org.hearth.referral.Referral;
import org.hearth.sharing.Sharing;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10's partners' tasks in the demo, against real PostgreSQL: the demo's strategy discussion, recorded by the
 * child's social worker through the commands and shared with the police and the health trust for the enquiry, puts
 * the police's action on a user of DEMO-POLICE's partner home (as police.demo) and the trust's on a health partner of
 * the trust's (as health.demo), each due in a few days, and neither sees the other's.
 */
class DemoStrategyDiscussionTest extends HearthIntegrationTest {
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JourneyService journeys;
    @Autowired
    UserDirectory users;
    @Autowired
    Sharing sharing;
    @Autowired
    PartnerWork partnerWork;

    @Test
    void shouldPutThePolicesActionOnPoliceHomeAndTheTrustsOnHealthsAndNeitherOnTheOthers() {
        LocalDate today = LocalDate.now();
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID child = fixtures.child(today.minusYears(9), worker, today.minusDays(20));
        fixtures.history(child, new Referral(null, child, null, today.minusDays(6), "1A", "N1", null, false, null,
                null));
        jdbc.update("INSERT INTO organisation (organisation_id, name, type) VALUES (?, 'Example Valley Police', "
                + "'POLICE_FORCE') ON CONFLICT DO NOTHING", DemoPartners.POLICE_ID);
        HealthDemo.addTrust(jdbc);
        String police = "police-demo-test-" + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.addPartnerUser(police, "Priya Officer", Role.PARTNER, DemoPartners.POLICE_ID, null);
        String health = "health-demo-test-" + UUID.randomUUID().toString().substring(0, 8);
        HealthDemo.addPartner(jdbc, health, "Hana Demo", null);

        DemoStrategyDiscussion.hold(users.find(worker).orElseThrow(), child, journeys, sharing, today);

        List<Task> policeTasks = tasksFor(police, child);
        assertThat(policeTasks).extracting(Task::title).containsExactly(DemoStrategyDiscussion.POLICE_ACTION);
        assertThat(policeTasks.get(0).dueOn()).isEqualTo(today.plusDays(3));
        assertThat(policeTasks.get(0).state()).isNotEqualTo(Task.State.OVERDUE);
        assertThat(policeTasks.get(0).detail()).contains("agreed at the strategy discussion on");
        List<Task> healthTasks = tasksFor(health, child);
        assertThat(healthTasks).extracting(Task::title).containsExactly(DemoStrategyDiscussion.HEALTH_ACTION);
        assertThat(healthTasks.get(0).dueOn()).isEqualTo(today.plusDays(5));
        // recorded as the worker would: the discussion started the enquiry, and each share is a sharing decision
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_s47_enquiry WHERE s47e_person_id = ? AND "
                + "s47e_s47_end_date IS NULL", Integer.class, child)).isOne();
        assertThat(jdbc.queryForList("SELECT organisation_id FROM sharing_decision WHERE person_id = ? AND purpose = "
                + "'SAFEGUARDING_ENQUIRY' ORDER BY organisation_id", String.class, child))
                .containsExactly(DemoPartners.POLICE_ID, HealthDemo.TRUST_ID);
    }

    private List<Task> tasksFor(String username, UUID child) {
        Actor actor = users.find(username).orElseThrow();
        return partnerWork.home(actor, LocalDate.now()).tasks().stream().filter(t -> child.equals(t.childId())).toList();
    }
}
