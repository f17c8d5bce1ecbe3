package org.hearth.admin;

import java.util.List;
import java.util.Optional;

/**
 * Disables a partner user from the version read: they cannot sign in, and every session of theirs ends at once.
 * Refused for a user not of this organisation, one already disabled, or a version that moved.
 */
public record DisablePartnerUser(Integer version) {
    public List<AdminRefusal> decide(Organisation org, Optional<PartnerUser> user) {
        List<AdminRefusal> refused = UserChecks.found(org, user, version);
        if (!refused.isEmpty()) {
            return refused;
        }
        return user.get().enabled() ? List.of()
                : List.of(new AdminRefusal(null, user.get().displayName() + " is already disabled"));
    }
}
