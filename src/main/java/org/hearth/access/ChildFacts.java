package org.hearth.access;

import java.util.List;
import java.util.UUID;

/**
 * What the policy needs to know about a child to judge scoped assignments: who is allocated to them today, in which
 * role and team (a team manager's scope reaches the children their team holds), the child's family, and (for a
 * health partner's look-up) whether the child carries a health flag. Loaded by the seam; no I/O here.
 */
public record ChildFacts(UUID childId, String familyId, List<Allocated> allocations, boolean healthFlagged) {
    public record Allocated(String username, String role, String teamId) {}

    public ChildFacts {
        allocations = List.copyOf(allocations);
    }

    public ChildFacts(UUID childId, String familyId, List<Allocated> allocations) {
        this(childId, familyId, allocations, false);
    }

    /** The same child, with whether it carries a health flag (a CP plan, born or unborn, or looked after) now. */
    public ChildFacts flagged(boolean flagged) {
        return new ChildFacts(childId, familyId, allocations, flagged);
    }

    public static ChildFacts of(UUID childId, Allocated... allocations) {
        return new ChildFacts(childId, null, List.of(allocations));
    }
}
