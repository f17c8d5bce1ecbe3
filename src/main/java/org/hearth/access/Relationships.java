package org.hearth.access;

import java.util.List;

/**
 * What links a user to a child today: the child's open allocations (with each worker's team) and the user's
 * unexpired grants. Loaded by the seam, judged by {@link AccessPolicy}.
 */
public record Relationships(List<Allocated> allocations, List<Grant> grants) {
    public record Allocated(String username, String allocationRole, String teamId) {}

    public record Grant(String kind, String reason) {}

    public static final String GRANT = "GRANT";
    public static final String BREAK_GLASS = "BREAK_GLASS";
}
