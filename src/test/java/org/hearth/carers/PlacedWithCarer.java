package org.hearth.carers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.support.TestFixtures;

/**
 * The set-up the carers' API tests start from: a child placed since {@code start} with a carer linked to the
 * placement, and delegated authority agreed two days in (haircuts the carer's to decide, the rest the social
 * worker's), all through the commands a social worker runs.
 */
record PlacedWithCarer(String worker, String carer, UUID child) {
    static PlacedWithCarer make(TestFixtures fixtures, JourneyService journeys, UserDirectory users, String carerKind,
                                LocalDate start) {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String carer = fixtures.user(Role.CARER, null);
        UUID child = fixtures.child(LocalDate.of(2014, 6, 1), worker, LocalDate.now().minusYears(1));
        UUID placement = UUID.randomUUID();
        fixtures.history(child, new CarePeriod(null, child, start, null, null, "N1"),
                new LegalStatus(null, child, "C2", start, null),
                new Placement(placement, child, start, null, "U1", "PR1", "LS1 4AP", null, null, null));
        Actor sw = users.find(worker).orElseThrow();
        ChildJourney j = journeys.read(sw, child, "placements", "test");
        long v = journeys.execute(sw, child, j.version(), new LinkCarer(placement, carer, Role.CARER, carerKind, start),
                "test").version();
        Map<String, AgreeDelegatedAuthority.Choice> choices = new LinkedHashMap<>();
        CarersStage.options(CarersStage.DECISION).keySet().forEach(d -> choices.put(d,
                new AgreeDelegatedAuthority.Choice(d.equals("HAIRCUT") ? "CARER" : "SOCIAL_WORKER", "Agreed")));
        journeys.execute(sw, child, v, new AgreeDelegatedAuthority(start.plusDays(2), choices), "test");
        return new PlacedWithCarer(worker, carer, child);
    }
}
