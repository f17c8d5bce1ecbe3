package org.hearth.permanence;

import static org.hearth.permanence.PermanenceSteps.KIND;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A matched child is placed with the adopters on {@code date}. Refused before the match (or with none), for a day in
 * the future, for a plan not in progress and for a placement already recorded.
 */
public record PlaceForAdoption(UUID planId, LocalDate date) implements JourneyCommand {
    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Object found = PermanenceSteps.planForStep(j, context, planId, "a placement for adoption");
        if (found instanceof Violation v) {
            return Decision.refused(v);
        }
        Permanence p = (Permanence) found;
        if (p.matchedDate() == null) {
            return Decision.refused(new Violation("adoption-placed-after-match", null, KIND, p.id(), "matchedDate",
                    "Record the match with adopters before the placement for adoption"));
        }
        List<Violation> refusals = new ArrayList<>();
        if (p.placedForAdoptionDate() != null) {
            refusals.add(new Violation("adoption-placed-once", null, KIND, p.id(), "placedForAdoptionDate",
                    "The child was already placed for adoption on " + org.hearth.journey.Dates.uk(
                            p.placedForAdoptionDate())));
        }
        PermanenceSteps.add(refusals, PermanenceSteps.pastDate(date, context.today(), p.id(), "placedForAdoptionDate",
                "the child was placed for adoption"));
        PermanenceSteps.add(refusals, PermanenceSteps.notBefore(date, p.matchedDate(), p.id(), "placedForAdoptionDate",
                "the child was placed for adoption", "the match"));
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(PermanenceStage.PERMANENCE, PermanenceSteps.with(p, p.matchedDate(), date,
                null, null, null, null, p.adoptedByCarerFlag(), p.numberOfAdopters(), p.adopterSex(),
                p.adopterLegalStatus())));
    }
}
