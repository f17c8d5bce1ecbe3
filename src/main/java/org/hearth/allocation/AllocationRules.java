package org.hearth.allocation;

import static org.hearth.journey.Dates.uk;

import java.util.ArrayList;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.Violation;

/**
 * An allocation is in one of Hearth's roles (SW, IRO, PA, EHW, case-exact: a "FRIEND" or "sw" would open the record
 * to someone in no role the policy knows), and there is one allocated worker per role at a time.
 */
public final class AllocationRules {
    private AllocationRules() {}

    public static List<Violation> check(ChildJourney journey) {
        List<Violation> out = new ArrayList<>();
        List<Allocation> allocations = journey.all(AllocationStage.ALLOCATIONS);
        for (Allocation a : allocations) {
            if (!AllocationRoles.known(a.professionalRoleId())) {
                out.add(new Violation("allocation-role", null, AllocationStage.ALLOCATIONS.name(), a.id(),
                        "professionalRoleId", "An allocation's role is one of "
                        + String.join(", ", AllocationRoles.NAMES.keySet()) + " (in capitals), not '"
                        + a.professionalRoleId() + "'"));
            }
        }
        for (int i = 0; i < allocations.size(); i++) {
            for (int j = i + 1; j < allocations.size(); j++) {
                Allocation a = allocations.get(i);
                Allocation b = allocations.get(j);
                if (a.involvementStartDate() != null && b.involvementStartDate() != null
                        && java.util.Objects.equals(a.professionalRoleId(), b.professionalRoleId())
                        && Dates.overlap(a.involvementStartDate(), a.involvementEndDate(), b.involvementStartDate(),
                        b.involvementEndDate())) {
                    out.add(new Violation("one-worker-per-role", null, AllocationStage.ALLOCATIONS.name(), b.id(),
                            "involvementStartDate", "The child already has a " + a.professionalRoleId()
                            + " allocated from " + uk(a.involvementStartDate()) + "; end that allocation first"));
                }
            }
        }
        return out;
    }
}
