package org.hearth.permanence;

import static org.hearth.journey.Dates.uk;

import java.util.ArrayList;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Violation;

/** Permanence decisions are dated and in order: decision, match, placement for adoption. */
public final class PermanenceRules {
    private PermanenceRules() {}

    public static List<Violation> check(ChildJourney journey) {
        List<Violation> out = new ArrayList<>();
        for (Permanence p : journey.all(PermanenceStage.PERMANENCE)) {
            if (p.startDate() == null) {
                out.add(new Violation("permanence-dated", null, PermanenceStage.PERMANENCE.name(), p.id(), "admDecisionDate",
                        "Give the date of the decision or of the order"));
            }
            if (p.admDecisionDate() != null && p.matchedDate() != null && p.matchedDate().isBefore(p.admDecisionDate())) {
                out.add(new Violation("adoption-order", null, PermanenceStage.PERMANENCE.name(), p.id(), "matchedDate",
                        "The match on " + uk(p.matchedDate()) + " is before the decision on " + uk(p.admDecisionDate())));
            }
            if (p.matchedDate() != null && p.placedForAdoptionDate() != null
                    && p.placedForAdoptionDate().isBefore(p.matchedDate())) {
                out.add(new Violation("adoption-order", null, PermanenceStage.PERMANENCE.name(), p.id(), "placedForAdoptionDate",
                        "The placement for adoption on " + uk(p.placedForAdoptionDate()) + " is before the match on "
                        + uk(p.matchedDate())));
            }
        }
        return out;
    }
}
