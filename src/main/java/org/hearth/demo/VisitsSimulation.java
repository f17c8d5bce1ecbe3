package org.hearth.demo;

import java.time.LocalDate;
import org.hearth.visits.Visit;
import org.hearth.visits.VisitsStage;

/**
 * Statutory visits through each span of work (CIN, CP, looked after, family help, care leaver), at the span's
 * frequency, from birth.
 */
final class VisitsSimulation extends StageSimulation {
    static final String[] VISIT_NOTES = {"Home visit; talked about school and friends",
            "Visit at school; child showed their artwork", "Home visit; went through the plan together",
            "Visit at placement; child showed their bedroom", "Walk to the park; child talked about family time",
            "Home visit; parent present throughout", "Visit after contact with birth family"};

    VisitsSimulation(SimulatedChild child, JourneySimulator journey) {
        super(child, journey);
    }

    void visits() {
        if (c.dob == null) {
            return; // no statutory visits to a child not yet born
        }
        for (SimulatedChild.Window w : c.windows) {
            LocalDate last = w.end() == null ? today : w.end();
            LocalDate d = w.start().plusDays(between(1, w.everyDays()));
            while (!d.isAfter(last)) {
                if (!d.isBefore(c.dob)) {
                    boolean seen = chance(0.92);
                    boolean alone = seen && age(d) >= 4 && chance(0.6);
                    add(VisitsStage.VISITS, new Visit(uuid(), pid, d, w.context(), seen, alone,
                            seen && !"EH".equals(w.context()) && chance(0.3), pick(VISIT_NOTES)));
                }
                d = d.plusDays(Math.max(3, w.everyDays() + between(-5, 5)));
            }
        }
    }
}
