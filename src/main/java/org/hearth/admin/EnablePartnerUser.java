package org.hearth.admin;

import java.util.List;
import java.util.Optional;

/**
 * Lets a disabled partner user sign in again, from the version read. Refused while their organisation is closed, for
 * a user not of this organisation, one already enabled, or a version that moved.
 */
public record EnablePartnerUser(Integer version) {
    public List<AdminRefusal> decide(Organisation org, Optional<PartnerUser> user) {
        List<AdminRefusal> refused = UserChecks.found(org, user, version);
        if (!refused.isEmpty()) {
            return refused;
        }
        if (org.closed()) {
            return List.of(new AdminRefusal(null, org.name() + " is closed: its users cannot sign in"));
        }
        return user.get().enabled() ? List.of(new AdminRefusal(null, user.get().displayName() + " can already sign in"))
                : List.of();
    }
}
