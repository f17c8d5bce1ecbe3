package org.hearth.allocation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.hearth.journey.ChildJourney;

/**
 * The one place that answers who works with the child now: the allocated social worker, the IRO, the personal
 * adviser, the family help worker. An allocation is current on a day from its start to its end, both included (the
 * day a worker hands over, the newer one is current).
 */
public final class Allocations {
    private Allocations() {}

    /** The worker allocated in {@code role} (a code of {@link AllocationRoles}) on {@code today}, if any. */
    public static Optional<Allocation> current(ChildJourney j, String role, LocalDate today) {
        return j.all(AllocationStage.ALLOCATIONS).stream()
                .filter(a -> role.equals(a.professionalRoleId()) && a.involvementStartDate() != null
                        && a.openOn(today))
                .max(Comparator.comparing(Allocation::involvementStartDate));
    }

    public static Optional<Allocation> socialWorker(ChildJourney j, LocalDate today) {
        return current(j, AllocationRoles.SW, today);
    }

    public static Optional<Allocation> iro(ChildJourney j, LocalDate today) {
        return current(j, AllocationRoles.IRO, today);
    }

    public static Optional<Allocation> personalAdviser(ChildJourney j, LocalDate today) {
        return current(j, AllocationRoles.PA, today);
    }

    /** Whether {@code username} is allocated to the child on {@code today}, in any role. */
    public static boolean allocated(ChildJourney j, String username, LocalDate today) {
        return j.all(AllocationStage.ALLOCATIONS).stream().anyMatch(a -> a.professionalId() != null
                && a.professionalId().equals(username) && a.involvementStartDate() != null && a.openOn(today));
    }
}
