package org.hearth.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A team manager ends a worker's allocation on {@code date} (a personal adviser when the care leaver turns 21, a
 * family help worker when the help ends, an IRO when the plan ends). The manager of the worker's team, or of the
 * child's social worker, may. A child's social worker is not ended on its own, which would leave the child with no
 * one responsible: the social worker is changed instead.
 */
public record EndAllocation(UUID allocation, LocalDate date, StaffDirectory staff) implements JourneyCommand {
    @Override
    public List<String> parts() {
        return List.of(AllocationStage.ALLOCATIONS.name());
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Actor actor = context.actor();
        Allocation a = allocation == null ? null : j.find(AllocationStage.ALLOCATIONS, allocation).orElse(null);
        if (a == null || a.involvementEndDate() != null) {
            return Decision.refused(new Violation("end-allocation-open", null, Allocating.KIND, allocation, null,
                    "There is no open allocation with this id on the child's record"));
        }
        if (actor.role() != Role.TEAM_MANAGER) {
            return Decision.refused(new Violation("allocation-by-manager", null, Allocating.KIND, a.id(), null,
                    "Only a team manager can end a worker's allocation. Ask your team manager"));
        }
        if (AllocationRoles.SW.equals(a.professionalRoleId())) {
            return Decision.refused(new Violation("end-allocation-social-worker", null, Allocating.KIND, a.id(), null,
                    "A child's social worker is changed, not ended, so the child is never left with no one "
                            + "responsible: change the social worker instead"));
        }
        String socialWorkersTeam = Allocations.socialWorker(j, context.today()).map(staff::teamOf).orElse(null);
        if (actor.teamId() == null || !(actor.teamId().equals(staff.teamOf(a))
                || actor.teamId().equals(socialWorkersTeam))) {
            return Decision.refused(new Violation("allocation-by-manager", null, Allocating.KIND, a.id(), null,
                    "Only the manager of the worker's team, or of the child's social worker, can end this allocation"));
        }
        List<Violation> out = new ArrayList<>();
        if (date == null) {
            out.add(new Violation("end-allocation-date", null, Allocating.KIND, a.id(), "involvementEndDate",
                    "Enter the date the allocation ended as a real date, for example 27 3 2025"));
        } else if (date.isAfter(context.today())) {
            out.add(new Violation("not-in-future", null, Allocating.KIND, a.id(), "involvementEndDate",
                    "The date the allocation ended must be today or in the past"));
        } else if (date.isBefore(a.involvementStartDate())) {
            out.add(new Violation("end-allocation-date", null, Allocating.KIND, a.id(), "involvementEndDate",
                    "The allocation cannot end before it started on " + Dates.uk(a.involvementStartDate())));
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        return Decision.of(JourneyChange.of(AllocationStage.ALLOCATIONS, a.endedOn(date)));
    }
}
