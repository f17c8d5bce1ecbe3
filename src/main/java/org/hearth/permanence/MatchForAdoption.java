package org.hearth.permanence;

import static org.hearth.permanence.PermanenceSteps.KIND;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CodeRules;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A child with an adoption plan is matched with adopters on {@code date}, with what the 903's AD1 asks of them: whether
 * they are the child's foster carers (FOSTER_CARE 0/1), how many (1 or 2), their sex (SEX_ADOPTR) and legal status
 * (LS_ADOPTR). Refused for a plan that is not adoption or not in progress, a match already recorded, a day in the
 * future or before the decision, and codes not on the lists.
 */
public record MatchForAdoption(UUID planId, LocalDate date, String adoptedByFosterCarer, String numberOfAdopters,
                               String adoptersSex, String adoptersLegalStatus) implements JourneyCommand {
    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Object found = PermanenceSteps.planForStep(j, context, planId, "a match for adoption");
        if (found instanceof Violation v) {
            return Decision.refused(v);
        }
        Permanence p = (Permanence) found;
        if (!PermanenceSteps.ADOPTION.equals(p.permanencePlan())) {
            return Decision.refused(new Violation("adoption-plan", null, KIND, p.id(), "permanencePlan",
                    "Only a child with an adoption plan is matched with adopters; the plan is " + p.permanencePlan()));
        }
        List<Violation> refusals = new ArrayList<>();
        if (p.matchedDate() != null) {
            refusals.add(new Violation("adoption-matched-once", null, KIND, p.id(), "matchedDate",
                    "The child was already matched on " + org.hearth.journey.Dates.uk(p.matchedDate())));
        }
        Violation when = PermanenceSteps.pastDate(date, context.today(), p.id(), "matchedDate", "of the match");
        PermanenceSteps.add(refusals, when);
        PermanenceSteps.add(refusals, PermanenceSteps.notBefore(date, p.admDecisionDate(), p.id(), "matchedDate",
                "of the match", "the decision"));
        LocalDate listDate = when == null ? date : context.today();
        coded(adoptedByFosterCarer, "FOSTER_CARE", listDate, p, "adoptedByCarerFlag",
                "Say whether the adopters are the child's foster carers", refusals);
        if (!PermanenceSteps.blank(numberOfAdopters) && !List.of("1", "2").contains(numberOfAdopters.strip())) {
            refusals.add(new Violation("adopters-number", null, KIND, p.id(), "numberOfAdopters",
                    "Enter the number of adopters: 1 or 2"));
        }
        coded(adoptersSex, "SEX_ADOPTR", listDate, p, "adopterSex", "Select the adopters' sex", refusals);
        coded(adoptersLegalStatus, "LS_ADOPTR", listDate, p, "adopterLegalStatus",
                "Select the adopters' legal status", refusals);
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(PermanenceStage.PERMANENCE, PermanenceSteps.with(p, date,
                p.placedForAdoptionDate(), null, null, null, null, strip(adoptedByFosterCarer), strip(numberOfAdopters),
                strip(adoptersSex), strip(adoptersLegalStatus))));
    }

    private static void coded(String value, String list, LocalDate date, Permanence p, String field, String missing,
                              List<Violation> refusals) {
        if (!PermanenceSteps.blank(value) && !CodeRules.list(list, date).contains(value.strip())) {
            refusals.add(new Violation("adopters-code", null, KIND, p.id(), field,
                    missing + " from the codes " + String.join(", ", CodeRules.list(list, date).codes())));
        }
    }

    private static String strip(String s) {
        return PermanenceSteps.blank(s) ? null : s.strip();
    }
}
