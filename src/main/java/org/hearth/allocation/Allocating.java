package org.hearth.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand.Context;
import org.hearth.journey.JourneyCommand.Decision;
import org.hearth.journey.Violation;

/**
 * What every allocation command decides, whatever the role: allocation is what opens a child's record, so only a
 * team manager allocates, and only within their own team; the role is one of Hearth's codes, held by a Hearth user of
 * that role; the date is not in the future nor before the current worker's; the worker in that role now is ended the
 * day the new one starts; and the record says which manager allocated whom.
 */
final class Allocating {
    static final String KIND = AllocationStage.ALLOCATIONS.name();

    private Allocating() {}

    /** Who may allocate in {@code role}: the reason {@code actor} may not, or empty when they may. */
    static Optional<String> refusal(Actor actor, String role, ChildJourney j, LocalDate today, StaffDirectory staff,
                                    Actor worker) {
        String name = AllocationRoles.name(role);
        if (actor.role() != Role.TEAM_MANAGER) {
            return Optional.of(AllocationRoles.SW.equals(role)
                    ? "Only the allocated worker's team manager can change a child's social worker. "
                    + "Ask your team manager to reallocate the child"
                    : "Only a team manager can allocate " + AllocationRoles.aName(role) + " to a child. Ask your team manager");
        }
        String socialWorkersTeam = Allocations.socialWorker(j, today).map(staff::teamOf).orElse(null);
        switch (role) {
            case AllocationRoles.SW -> {
                return Reallocation.refusal(actor, socialWorkersTeam);
            }
            case AllocationRoles.IRO -> {
                // The social worker's manager asks for an IRO; the IRO service's manager assigns one of theirs.
                String irosTeam = Allocations.iro(j, today).map(staff::teamOf).orElse(null);
                boolean managesChild = actor.teamId() != null && (actor.teamId().equals(socialWorkersTeam)
                        || actor.teamId().equals(irosTeam));
                boolean managesIro = worker != null && actor.teamId() != null && actor.teamId().equals(worker.teamId());
                return managesChild || managesIro ? Optional.empty() : Optional.of("Only the team manager of the "
                        + "child's social worker, or the manager of the IRO's team, can allocate the child's IRO");
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    static Decision allocate(ChildJourney j, Context context, String role, String workerId, LocalDate date,
                             String reason, StaffDirectory staff) {
        Actor actor = context.actor();
        LocalDate today = context.today();
        if (!AllocationRoles.known(role)) {
            return Decision.refused(new Violation("allocation-role", null, KIND, null, "professionalRoleId",
                    "Choose the role the worker is allocated in: " + String.join(", ", AllocationRoles.NAMES.keySet())
                            + " (in capitals)"));
        }
        String name = AllocationRoles.name(role);
        String aName = AllocationRoles.aName(role);
        Actor worker = workerId == null || workerId.isBlank() ? null : staff.find(workerId.strip()).orElse(null);
        Optional<String> refusal = refusal(actor, role, j, today, staff, worker);
        if (refusal.isPresent()) {
            return Decision.refused(new Violation("allocation-by-manager", null, KIND, null, null, refusal.get()));
        }
        List<Violation> out = new ArrayList<>();
        Optional<Allocation> current = Allocations.current(j, role, today);
        Role needed = AllocationRoles.hearthRole(role).orElseThrow();
        if (workerId == null || workerId.isBlank()) {
            out.add(refusal("allocation-worker", "professionalId", "Select the " + name + " to allocate"));
        } else if (worker == null) {
            out.add(refusal("allocation-worker", "professionalId", "There is no Hearth user '" + workerId.strip()
                    + "'. Select " + aName + " who has a Hearth account"));
        } else if (worker.role() != needed) {
            out.add(refusal("allocation-worker", "professionalId", worker.displayName() + " is not " + aName
                    + " on Hearth. Select " + aName));
        } else if (!AllocationRoles.IRO.equals(role) && !java.util.Objects.equals(worker.teamId(), actor.teamId())) {
            out.add(refusal("allocation-worker", "professionalId", AllocationRoles.SW.equals(role)
                    ? "Select the new social worker from your team" : "Select " + aName + " from your team"));
        } else if (current.isPresent() && worker.username().equals(current.get().professionalId())) {
            out.add(refusal("allocation-worker", "professionalId", "Select " + aName
                    + " other than the one allocated now"));
        }
        if (date == null) {
            out.add(refusal("allocation-date", "involvementStartDate",
                    "Enter the date of the change as a real date, for example 27 3 2025"));
        } else if (date.isAfter(today)) {
            out.add(refusal("not-in-future", "involvementStartDate", "The date of the change must be today or in the past"));
        } else if (current.isPresent() && date.isBefore(current.get().involvementStartDate())) {
            out.add(refusal("allocation-date", "involvementStartDate", "The change cannot be before the current "
                    + name + " was allocated on " + Dates.uk(current.get().involvementStartDate())));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (AllocationRoles.SW.equals(role)) {
            Map<String, String> reasons = Reallocation.reasons(date == null || date.isAfter(today) ? today : date);
            if (current.isPresent() && !reasons.isEmpty() && (why == null || !reasons.containsKey(why))) {
                out.add(refusal("allocation-reason", "workerChangeReason",
                        "Select the reason for the change of social worker"));
            } else if (why != null && !reasons.containsKey(why)) {
                out.add(refusal("allocation-reason", "workerChangeReason",
                        "The reason for a change of social worker is one of the DfE's codes: "
                                + String.join(", ", reasons.keySet())));
            }
        } else if (why != null && why.length() > 200) {
            out.add(refusal("allocation-reason", "workerChangeReason", "Give the reason in 200 characters or fewer"));
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        List<JourneyChange<?>> changes = new ArrayList<>();
        current.ifPresent(a -> changes.add(JourneyChange.of(AllocationStage.ALLOCATIONS, a.endedOn(date))));
        changes.add(JourneyChange.of(AllocationStage.ALLOCATIONS, new Allocation(null, j.child().id(),
                worker.username(), role, worker.teamId(), date, null, why, actor.username())));
        return Decision.of(changes);
    }

    static Violation refusal(String rule, String field, String message) {
        return new Violation(rule, null, KIND, null, field, message);
    }
}
