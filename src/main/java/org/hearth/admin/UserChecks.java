package org.hearth.admin;

import java.util.List;
import java.util.Optional;

/** What every change to a partner user checks first: the user is this organisation's, and unchanged since read. */
final class UserChecks {
    private UserChecks() {}

    static List<AdminRefusal> found(Organisation org, Optional<PartnerUser> user, Integer version) {
        if (user.isEmpty() || !org.id().equals(user.get().organisationId())) {
            return List.of(new AdminRefusal("username", "There is no such user of " + org.name()));
        }
        if (version == null || version != user.get().version()) {
            return List.of(new AdminRefusal(AdminRefusal.VERSION, "Someone changed " + user.get().displayName()
                    + "'s account since you opened it: reload the page and check it"));
        }
        return List.of();
    }
}
