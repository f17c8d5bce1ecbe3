package org.hearth.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One role assignment: who holds it (a user today; an organisation or the child themself later), in which role,
 * over what scope, of which grant type, for which parts of the record (null: every part the role allows), for when,
 * and why. Allocations, team management, grants and break-glass are all assignments; {@link AccessPolicy} turns a
 * user's assignments and a child's facts into a {@link View}.
 */
public record Assignment(UUID id, HolderKind holderKind, String holderId, String role, Scope scope, String scopeId,
                         GrantType grantType, Set<String> parts, Instant validFrom, Instant validTo, String reason) {
    public enum HolderKind { USER, ORGANISATION, CHILD }

    public enum Scope { CHILD, FAMILY, TEAM, ORGANISATION, COUNCIL }

    public enum GrantType {
        /** What the job brings: an allocation, managing a team. */
        STANDARD,
        /** A named grant of some parts, read-only, for a time. */
        SPECIFIC,
        /** A practitioner's own emergency access with a typed reason: read-only, time-limited, reviewed. */
        BREAK_GLASS,
        /** A conflict-of-interest wall: beats every other assignment. */
        EXCLUDED
    }

    /** The allocation roles (SSD involvement roles) and the other roles an assignment can carry. */
    public static final String SW = "SW";
    public static final String EHW = "EHW";
    public static final String PA = "PA";
    public static final String IRO = "IRO";
    public static final String TEAM_MANAGER = "TEAM_MANAGER";
    public static final String GRANTEE = "GRANTEE";
    public static final String BREAK_GLASS_USER = "BREAK_GLASS";
    /** A health partner's standing assignment to look up the flags of the council's children (scope COUNCIL). */
    public static final String HEALTH_FLAG_LOOKUP = "HEALTH_FLAG_LOOKUP";
    /**
     * The performance team: held council-wide, it lets a practitioner make and check the statutory return files
     * ({@link RecordParts#RETURN_FILES}); it opens no child's record.
     */
    public static final String PERFORMANCE = "PERFORMANCE";
    /**
     * The carer of a child's placement (scope CHILD): mirrored from the link of the carer to the placement, so it lasts
     * while the placement does. Only a user whose role is CARER is given a view by it.
     */
    public static final String CARER = "CARER";

    /**
     * A child's or care leaver's link to their own record (holder USER: their portal account; scope CHILD): opens
     * their own space. Pausing the account ends it.
     */
    public static final String SELF = "SELF";

    /**
     * The principal social worker: held council-wide, it lets a practitioner see the council's supervision figures
     * (counts only); it opens no child's record and no worker's supervision record.
     */
    public static final String PRINCIPAL_SOCIAL_WORKER = "PRINCIPAL_SOCIAL_WORKER";

    /**
     * A sharing decision with a partner organisation (holder ORGANISATION, scope CHILD, the parts it covers, valid to
     * its end): the organisation's practitioners read those parts of that child while it stands.
     */
    public static final String SHARING = "SHARING";

    public Assignment {
        parts = parts == null ? null : Set.copyOf(parts);
    }

    public boolean heldBy(Actor actor) {
        return holderKind == HolderKind.USER && holderId.equals(actor.username());
    }

    /** Held by this partner organisation (for all its practitioners). */
    public boolean heldByOrganisation(String organisationId) {
        return holderKind == HolderKind.ORGANISATION && organisationId != null && holderId.equals(organisationId);
    }

    /** In force at this instant: from is inclusive, to exclusive. */
    public boolean liveAt(Instant now) {
        return !validFrom.isAfter(now) && (validTo == null || validTo.isAfter(now));
    }

    /** An allocation of one child to a user in an SSD involvement role (a convenience for tests and callers). */
    public static Assignment allocation(String username, String role, UUID childId, Instant from, Instant to) {
        return new Assignment(UUID.randomUUID(), HolderKind.USER, username, role, Scope.CHILD, childId.toString(),
                GrantType.STANDARD, null, from, to, "Allocated");
    }
}
