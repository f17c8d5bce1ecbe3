package org.hearth.access;

import java.util.Optional;

/**
 * Who may see or change a child's record. Deny by default: access follows from a legitimate relationship with
 * the child — the allocated worker, that worker's team manager, the child's IRO, an explicit time-limited grant,
 * or break-glass with a typed reason (flagged to managers). Grants and break-glass allow reading only.
 */
public final class AccessPolicy {
    public enum Action { READ, WRITE }

    /** The basis on which access was allowed, as the audit records it. */
    public enum Basis { ALLOCATED_WORKER, IRO, TEAM_MANAGER, GRANT, BREAK_GLASS }

    public record Decision(boolean allowed, Basis basis, String reason) {
        static Decision allow(Basis basis) {
            return new Decision(true, basis, null);
        }

        static Decision deny(String reason) {
            return new Decision(false, null, reason);
        }
    }

    private AccessPolicy() {}

    public static Decision decide(Actor actor, Relationships facts, Action action) {
        if (!actor.role().practitioner()) {
            return Decision.deny(actor.role() == Role.DATA_ANALYST
                    ? "Data analysts see de-identified and aggregate data only, not a child's record"
                    : "Administrators manage Hearth, not children's records");
        }
        Optional<Relationships.Allocated> own = facts.allocations().stream()
                .filter(a -> a.username().equals(actor.username())).findFirst();
        if (own.isPresent()) {
            return Decision.allow("IRO".equals(own.get().allocationRole()) ? Basis.IRO : Basis.ALLOCATED_WORKER);
        }
        if (actor.role() == Role.TEAM_MANAGER && actor.teamId() != null
                && facts.allocations().stream().anyMatch(a -> actor.teamId().equals(a.teamId()))) {
            return Decision.allow(Basis.TEAM_MANAGER);
        }
        if (action == Action.READ) {
            if (facts.grants().stream().anyMatch(g -> Relationships.GRANT.equals(g.kind()))) {
                return Decision.allow(Basis.GRANT);
            }
            if (facts.grants().stream().anyMatch(g -> Relationships.BREAK_GLASS.equals(g.kind()))) {
                return Decision.allow(Basis.BREAK_GLASS);
            }
        }
        return Decision.deny(action == Action.WRITE && !facts.grants().isEmpty()
                ? "Your access to this child's record is to read only; ask their team manager to allocate you"
                : "You have no working relationship with this child. Ask their team manager for access, or use "
                + "break-glass access with a reason if a child may be at risk now");
    }
}
