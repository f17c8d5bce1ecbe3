package org.hearth.access;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the policy needs to know about a child to judge scoped assignments: who is allocated to them today, in which
 * role and team (a team manager's scope reaches the children their team holds), the child's family, (for a health
 * partner's look-up) whether the child carries a health flag, and (for a partner's practitioner) the sharing decisions
 * behind the organisations' SHARING assignments. Loaded by the seam; no I/O here.
 */
public record ChildFacts(UUID childId, String familyId, List<Allocated> allocations, boolean healthFlagged,
                         List<Shared> sharing) {
    public record Allocated(String username, String role, String teamId) {}

    /**
     * A sharing decision with a partner organisation, as the policy needs it: the assignment it materialises as, its
     * purpose and lawful basis (codes, for the audit and the partner's page) and, where consent is the basis, whether
     * it was given and when it was withdrawn.
     */
    public record Shared(UUID sharingId, UUID assignmentId, String organisationId, String purpose, String lawfulBasis,
                         Boolean consentGiven, LocalDate consentWithdrawnOn, LocalDate endsOn, LocalDate endedOn) {
        /** The lawful basis that rests on the family's consent: it stands only while consent is given. */
        public static final String CONSENT = "CONSENT";

        /** A decision as the policy needs it to judge access (with no end known: it says nothing of why it ended). */
        public Shared(UUID sharingId, UUID assignmentId, String organisationId, String purpose, String lawfulBasis,
                      Boolean consentGiven, LocalDate consentWithdrawnOn) {
            this(sharingId, assignmentId, organisationId, purpose, lawfulBasis, consentGiven, consentWithdrawnOn, null,
                    null);
        }

        /** Why sharing under this decision has stopped by {@code today}, if it has: the partner is told. */
        public enum Ended { CONSENT_WITHDRAWN, ENDED_BY_THE_COUNCIL, END_DATE_PASSED }

        /** Whether, why and on which day sharing under this decision stopped by {@code today}; null while it stands. */
        public java.util.Map.Entry<Ended, LocalDate> ended(LocalDate today) {
            if (CONSENT.equals(lawfulBasis) && consentWithdrawnOn != null && !consentWithdrawnOn.isAfter(today)) {
                return java.util.Map.entry(Ended.CONSENT_WITHDRAWN, consentWithdrawnOn);
            }
            if (endedOn != null && !endedOn.isAfter(today) && (endsOn == null || !endedOn.isAfter(endsOn))) {
                return java.util.Map.entry(Ended.ENDED_BY_THE_COUNCIL, endedOn);
            }
            if (endsOn != null && endsOn.isBefore(today)) {
                return java.util.Map.entry(Ended.END_DATE_PASSED, endsOn);
            }
            return null;
        }

        /** Whether the decision still stands on its basis (a consent basis needs consent given and not withdrawn). */
        public boolean standsOnItsBasis() {
            return !CONSENT.equals(lawfulBasis) || Boolean.TRUE.equals(consentGiven) && consentWithdrawnOn == null;
        }
    }

    public ChildFacts {
        allocations = List.copyOf(allocations);
        sharing = sharing == null ? List.of() : List.copyOf(sharing);
    }

    public ChildFacts(UUID childId, String familyId, List<Allocated> allocations, boolean healthFlagged) {
        this(childId, familyId, allocations, healthFlagged, List.of());
    }

    public ChildFacts(UUID childId, String familyId, List<Allocated> allocations) {
        this(childId, familyId, allocations, false, List.of());
    }

    /** The same child, with whether it carries a health flag (a CP plan, born or unborn, or looked after) now. */
    public ChildFacts flagged(boolean flagged) {
        return new ChildFacts(childId, familyId, allocations, flagged, sharing);
    }

    /** The same child, with the sharing decisions behind its organisations' assignments. */
    public ChildFacts shared(List<Shared> decisions) {
        return new ChildFacts(childId, familyId, allocations, healthFlagged, decisions);
    }

    public static ChildFacts of(UUID childId, Allocated... allocations) {
        return new ChildFacts(childId, null, List.of(allocations));
    }
}
