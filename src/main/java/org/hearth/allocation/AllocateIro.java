package org.hearth.allocation;

import java.time.LocalDate;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;

/**
 * The child's independent reviewing officer is allocated from {@code date} (a child on a CP plan or looked after must
 * have one), ending the previous IRO's allocation that day. The team manager of the child's social worker, or the
 * manager of the IRO service for one of their IROs, allocates; the IRO must be a Hearth user with the IRO role.
 */
public record AllocateIro(String iro, LocalDate date, String reason, StaffDirectory staff) implements JourneyCommand {
    @Override
    public List<String> parts() {
        return List.of(AllocationStage.ALLOCATIONS.name());
    }

    @Override
    public Decision decide(ChildJourney journey, Context context) {
        return Allocating.allocate(journey, context, AllocationRoles.IRO, iro, date, reason, staff);
    }
}
