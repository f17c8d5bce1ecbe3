package org.hearth.allocation;

import java.time.LocalDate;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;

/**
 * The allocated worker's team manager gives the child a new social worker from their team on {@code date}: the
 * current allocation ends that day, and the new one carries the DfE's reason for the change (SW_REASON) from the
 * 2023/24 collection year, when the 903 began to hold it. A child with no social worker is allocated one with no
 * reason.
 *
 * @param staff who each username is (role and team), to check the worker and the manager's team
 */
public record ChangeSocialWorker(String worker, LocalDate date, String reason, StaffDirectory staff)
        implements JourneyCommand {
    @Override
    public List<String> parts() {
        return List.of(AllocationStage.ALLOCATIONS.name());
    }

    @Override
    public Decision decide(ChildJourney journey, Context context) {
        return Allocating.allocate(journey, context, AllocationRoles.SW, worker, date, reason, staff);
    }
}
