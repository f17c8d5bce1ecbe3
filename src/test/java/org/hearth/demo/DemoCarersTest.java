package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.carers.CarerSpace;
import org.hearth.carers.ChildHealthNeeds;
import org.hearth.journey.JourneyService;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the demo's foster carer (carer.demo, Jo Hartley) sees of the child placed with them (child.demo's Joshua),
 * against real PostgreSQL: the demo's step, run on a child placed in foster care, leaves the carer's essentials
 * filled in: the carer linked to the placement, delegated authority agreed, the school (the demo's partner school,
 * Hillside Academy, URN 999123) and the health needs and allergies, all through the worker's commands and the seam.
 */
class DemoCarersTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JourneyService journeys;
    @Autowired
    UserDirectory users;
    @Autowired
    CarerSpace space;
    @Autowired
    ChildHealthNeeds healthNeeds;

    @Test
    void shouldGiveTheDemoCarerTheirFosterChildsSchoolAndHealthNeeds() {
        LocalDate today = LocalDate.now();
        LocalDate placed = today.minusMonths(14);
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String carer = fixtures.user(Role.CARER, null);
        UUID child = fixtures.child(today.minusYears(12).minusDays(30), worker, placed.minusMonths(2));
        fixtures.history(child, new CarePeriod(null, child, placed, null, null, "N1"),
                new LegalStatus(null, child, "C2", placed, null),
                new Placement(null, child, placed, null, "U4", "PR1", "LS1 4AP", null, null, null));
        Actor sw = users.find(worker).orElseThrow();

        DemoCarers.placeWithCarer(sw, child, carer, journeys, healthNeeds, today);

        CarerSpace.Child seen = space.child(users.find(carer).orElseThrow(), child);
        assertThat(seen.school()).isEqualTo("Hillside Academy");
        LocalDate schoolYear = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        assertThat(seen.schoolSince()).isEqualTo(schoolYear);
        assertThat(seen.healthNotes()).startsWith("Mild asthma");
        assertThat(seen.allergies()).startsWith("Penicillin");
        assertThat(seen.delegations()).isNotEmpty();
        assertThat(journeys.read(sw, child, "schools", "test").all(org.hearth.people.PeopleStage.SCHOOLS))
                .extracting(org.hearth.people.SchoolAttended::schoolUrn).containsExactly("999123");
    }

    @Test
    void shouldStartTheSchoolAtThePlacementWhenTheChildWasPlacedThisSchoolYear() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        LocalDate placed = LocalDate.of(2026, 10, 12);
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String carer = fixtures.user(Role.CARER, null);
        UUID child = fixtures.child(LocalDate.of(2014, 5, 2), worker, placed.minusMonths(2));
        fixtures.history(child, new CarePeriod(null, child, placed, null, null, "N1"),
                new LegalStatus(null, child, "C2", placed, null),
                new Placement(null, child, placed, null, "U4", "PR1", "LS1 4AP", null, null, null));
        Actor sw = users.find(worker).orElseThrow();

        DemoCarers.placeWithCarer(sw, child, carer, journeys, healthNeeds, today);

        assertThat(space.child(users.find(carer).orElseThrow(), child).schoolSince()).isEqualTo(placed);
    }
}
