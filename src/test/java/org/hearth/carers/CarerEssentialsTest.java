package org.hearth.carers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.people.RecordSchool;
import org.hearth.platform.web.HearthProblem;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a carer's view of a child placed with them holds, against real PostgreSQL: the school, the health needs and
 * allergies the worker recorded, the social worker's and IRO's work phone and email (staff only), the next review's
 * due date; the carer reads the health needs but never writes them; a stale change is refused; another child's
 * details are refused.
 */
class CarerEssentialsTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JourneyService journeys;
    @Autowired
    UserDirectory users;
    @Autowired
    CarerSpace space;
    @Autowired
    ChildHealthNeeds healthNeeds;

    final LocalDate start = LocalDate.now().minusDays(40);
    String worker;
    String iro;
    String carer;
    UUID child;
    Actor sw;

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        iro = fixtures.user(Role.IRO, fixtures.team());
        carer = fixtures.user(Role.CARER, null);
        child = fixtures.child(LocalDate.of(2014, 6, 1), worker, LocalDate.now().minusYears(1));
        fixtures.allocate(child, iro, "IRO", start);
        UUID placement = UUID.randomUUID();
        fixtures.history(child, new CarePeriod(null, child, start, null, null, "N1"),
                new LegalStatus(null, child, "C2", start, null),
                new Placement(placement, child, start, null, "U1", "PR1", "LS1 4AP", null, null, null));
        sw = users.find(worker).orElseThrow();
        ChildJourney j = journeys.read(sw, child, "placements", "test");
        long v = journeys.execute(sw, child, j.version(), new LinkCarer(placement, carer, Role.CARER, "FOSTER", start),
                "test").version();
        journeys.execute(sw, child, v, new RecordSchool("Hillside Academy", "999123", start.plusDays(5), null), "test");
        users.setWorkContact(worker, "01632 960 101", worker + "@council.example");
        users.setWorkContact(iro, "01632 960 202", null);
    }

    Actor carer() {
        return users.find(carer).orElseThrow();
    }

    @Test
    void shouldGiveTheCarerTheSchoolHealthNeedsAllergiesWorkersContactsAndNextReview() {
        healthNeeds.record(sw, child, new RecordHealthNeeds("Asthma: blue inhaler before PE", "Peanuts (carries an "
                + "adrenaline pen)", 0));
        CarerSpace.Child seen = space.child(carer(), child);
        assertThat(seen.school()).isEqualTo("Hillside Academy");
        assertThat(seen.healthNotes()).isEqualTo("Asthma: blue inhaler before PE");
        assertThat(seen.allergies()).isEqualTo("Peanuts (carries an adrenaline pen)");
        assertThat(seen.workers()).extracting(CarerSpace.Worker::role, CarerSpace.Worker::phone, CarerSpace.Worker::email)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Social worker", "01632 960 101", worker + "@council.example"),
                        org.assertj.core.groups.Tuple.tuple("Independent reviewing officer (IRO)", "01632 960 202", null));
        // no review yet: the first is due within 20 working days of becoming looked after
        assertThat(seen.nextReview()).isEqualTo(org.hearth.calendar.WorkingDayCalendar.england()
                .plusWorkingDays(start, 20));
        // the carer's read is audited with its purpose
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ?",
                Integer.class, carer, child)).isPositive();
    }

    @Test
    void shouldLetTheCarerReadTheHealthNeedsButNeverWriteThem() {
        healthNeeds.record(sw, child, new RecordHealthNeeds(null, "Penicillin", 0));
        assertThat(healthNeeds.read(carer(), child, "caring for a child placed with me").allergies())
                .isEqualTo("Penicillin");
        assertThatThrownBy(() -> healthNeeds.record(carer(), child, new RecordHealthNeeds("x", null, 1)))
                .isInstanceOf(HearthProblem.class);
        assertThat(healthNeeds.read(sw, child, "test").needs()).isNull();
    }

    @Test
    void shouldRefuseAStaleChangeToTheHealthNeedsAndSayWhoMadeIt() {
        healthNeeds.record(sw, child, new RecordHealthNeeds("Eczema", null, 0));
        healthNeeds.record(sw, child, new RecordHealthNeeds("Eczema: cream twice a day", null, 1));
        assertThatThrownBy(() -> healthNeeds.record(sw, child, new RecordHealthNeeds("Eczema, old", null, 1)))
                .isInstanceOf(HearthProblem.class).hasMessageContaining("changed by " + worker);
        assertThat(healthNeeds.read(sw, child, "test").needs()).isEqualTo("Eczema: cream twice a day");
    }

    @Test
    void shouldGiveTheCarerNothingOfAChildNotPlacedWithThem() {
        UUID other = fixtures.child(LocalDate.of(2013, 1, 1), worker, LocalDate.now().minusYears(1));
        healthNeeds.record(sw, other, new RecordHealthNeeds(null, "Latex", 0));
        assertThatThrownBy(() -> space.child(carer(), other)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> healthNeeds.read(carer(), other, "caring for a child placed with me"))
                .isInstanceOf(RuntimeException.class);
    }
}
