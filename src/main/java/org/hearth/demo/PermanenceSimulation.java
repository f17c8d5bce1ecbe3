package org.hearth.demo;

import java.time.LocalDate;
import org.hearth.permanence.Permanence;
import org.hearth.permanence.PermanenceStage;

/**
 * Permanence: the plan for adoption, a special guardianship order, return home or long-term fostering, from
 * the decision to the day it is achieved.
 */
final class PermanenceSimulation extends StageSimulation {

    PermanenceSimulation(SimulatedChild child, JourneySimulator journey) {
        super(child, journey);
    }

    void permanence(LocalDate q, LocalDate end, String outcome, LocalDate adm, LocalDate matched, LocalDate placed) {
        switch (outcome) {
            case "ADOPT" -> {
                if (!adm.isAfter(today)) {
                    add(PermanenceStage.PERMANENCE, new Permanence(uuid(), pid, "ADOPTION", adm, notAfterToday(matched),
                            matched.isAfter(today) ? null : notAfterToday(placed), null, null, end,
                            end == null ? null : "ADOPTION"));
                }
            }
            case "SGO" -> {
                if (end != null) {
                    add(PermanenceStage.PERMANENCE, new Permanence(uuid(), pid, "SGO", null, null, null, null, null, end, "SGO"));
                }
            }
            case "HOME" -> {
                if (end != null) {
                    LocalDate decision = end.minusDays(between(14, 60));
                    add(PermanenceStage.PERMANENCE, new Permanence(uuid(), pid, "RETURN_HOME", decision.isBefore(q) ? q : decision,
                            null, null, null, null, null, null));
                }
            }
            case "STAY", "ADULT" -> {
                LocalDate decision = q.plusDays(between(300, 700));
                if (age(q) < 14 && !decision.isAfter(today) && (end == null || decision.isBefore(end)) && chance(0.6)) {
                    add(PermanenceStage.PERMANENCE, new Permanence(uuid(), pid, "LONG_TERM_FOSTERING", decision, null, null,
                            null, null, null, null));
                }
            }
            default -> { }
        }
    }
}
