package org.hearth.journey;

import static org.hearth.journey.Dates.uk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearth.allocation.Allocation;
import org.hearth.leaving.CareLeaverContact;
import org.hearth.permanence.Permanence;
import org.hearth.visits.Visit;

/** Smaller rules: one allocated worker per role at a time, visits say whether the child was seen, permanence in order. */
final class OtherRules {
    private static final Set<String> VISIT_CONTEXTS = Set.of("CIN", "CP", "CLA", "EH", "CL");

    private OtherRules() {}

    static List<Violation> check(ChildJourney journey) {
        List<Violation> out = new ArrayList<>();
        List<Allocation> allocations = journey.all(Kinds.ALLOCATIONS);
        for (int i = 0; i < allocations.size(); i++) {
            for (int j = i + 1; j < allocations.size(); j++) {
                Allocation a = allocations.get(i);
                Allocation b = allocations.get(j);
                if (a.involvementStartDate() != null && b.involvementStartDate() != null
                        && java.util.Objects.equals(a.professionalRoleId(), b.professionalRoleId())
                        && Dates.overlap(a.involvementStartDate(), a.involvementEndDate(), b.involvementStartDate(),
                        b.involvementEndDate())) {
                    out.add(new Violation("one-worker-per-role", null, Kinds.ALLOCATIONS.name(), b.id(),
                            "involvementStartDate", "The child already has a " + a.professionalRoleId()
                            + " allocated from " + uk(a.involvementStartDate()) + "; end that allocation first"));
                }
            }
        }
        for (Visit v : journey.all(Kinds.VISITS)) {
            if (v.visitSeen() == null) {
                out.add(new Violation("visit-seen", null, Kinds.VISITS.name(), v.id(), "visitSeen",
                        "Say whether the child was seen on the visit"));
            }
            if (v.visitContext() == null || !VISIT_CONTEXTS.contains(v.visitContext())) {
                out.add(new Violation("visit-context", null, Kinds.VISITS.name(), v.id(), "visitContext",
                        "Say which plan the visit is for: CIN, CP, CLA, EH (family help) or CL (care leaver)"));
            }
            if (Boolean.TRUE.equals(v.visitSeenAlone()) && !Boolean.TRUE.equals(v.visitSeen())) {
                out.add(new Violation("visit-seen-alone", null, Kinds.VISITS.name(), v.id(), "visitSeenAlone",
                        "A child seen alone was seen: tick seen as well"));
            }
        }
        for (Permanence p : journey.all(Kinds.PERMANENCE)) {
            if (p.startDate() == null) {
                out.add(new Violation("permanence-dated", null, Kinds.PERMANENCE.name(), p.id(), "admDecisionDate",
                        "Give the date of the decision or of the order"));
            }
            if (p.admDecisionDate() != null && p.matchedDate() != null && p.matchedDate().isBefore(p.admDecisionDate())) {
                out.add(new Violation("adoption-order", null, Kinds.PERMANENCE.name(), p.id(), "matchedDate",
                        "The match on " + uk(p.matchedDate()) + " is before the decision on " + uk(p.admDecisionDate())));
            }
            if (p.matchedDate() != null && p.placedForAdoptionDate() != null
                    && p.placedForAdoptionDate().isBefore(p.matchedDate())) {
                out.add(new Violation("adoption-order", null, Kinds.PERMANENCE.name(), p.id(), "placedForAdoptionDate",
                        "The placement for adoption on " + uk(p.placedForAdoptionDate()) + " is before the match on "
                        + uk(p.matchedDate())));
            }
        }
        if (!journey.all(Kinds.CARE_LEAVER_CONTACTS).isEmpty() && journey.all(Kinds.CARE_PERIODS).isEmpty()) {
            CareLeaverContact first = journey.all(Kinds.CARE_LEAVER_CONTACTS).get(0);
            out.add(new Violation("care-leaver-was-looked-after", "1002", Kinds.CARE_LEAVER_CONTACTS.name(), first.id(),
                    "careLeaverLatestContact", "Care leaver contacts need a period of being looked after on the record"));
        }
        return out;
    }

}
