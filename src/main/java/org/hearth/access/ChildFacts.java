package org.hearth.access;

import java.util.List;
import java.util.UUID;

/**
 * What the policy needs to know about a child to judge scoped assignments: who is allocated to them today, in which
 * role and team (a team manager's scope reaches the children their team holds), and the child's family. Loaded by
 * the seam; no I/O here.
 */
public record ChildFacts(UUID childId, String familyId, List<Allocated> allocations) {
    public record Allocated(String username, String role, String teamId) {}

    public ChildFacts {
        allocations = List.copyOf(allocations);
    }

    public static ChildFacts of(UUID childId, Allocated... allocations) {
        return new ChildFacts(childId, null, List.of(allocations));
    }
}
