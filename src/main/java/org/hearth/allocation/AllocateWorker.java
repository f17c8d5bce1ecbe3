package org.hearth.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A team manager allocates a personal adviser (PA) to a care leaver or a family help worker (EHW) to a family, from
 * their own team, from {@code date}; the worker in that role now ends that day. A social worker or IRO is allocated by
 * {@link ChangeSocialWorker} or {@link AllocateIro}, whose rules differ.
 */
public record AllocateWorker(String role, String worker, LocalDate date, String reason, StaffDirectory staff)
        implements JourneyCommand {
    static final Set<String> ROLES = Set.of(AllocationRoles.PA, AllocationRoles.EHW);

    @Override
    public List<String> parts() {
        return List.of(AllocationStage.ALLOCATIONS.name());
    }

    @Override
    public Decision decide(ChildJourney journey, Context context) {
        if (role == null || !ROLES.contains(role)) {
            String hint = AllocationRoles.SW.equals(role) ? ". A social worker is allocated by changing social worker"
                    : AllocationRoles.IRO.equals(role) ? ". An IRO is allocated by allocating an IRO" : "";
            return Decision.refused(new Violation("allocation-role", null, Allocating.KIND, null, "professionalRoleId",
                    "Choose PA (personal adviser) or EHW (family help worker), in capitals" + hint));
        }
        return Allocating.allocate(journey, context, role, worker, date, reason, staff);
    }
}
