package org.hearth.admin;

import java.util.List;
import java.util.Optional;

/**
 * Gives a partner user a new password from the version read (they may have forgotten theirs, or someone else may know
 * it): every session of theirs ends. Refused while the organisation is closed, for a user not of this organisation,
 * a version that moved, or a password that is too short or too long.
 */
public record ResetPartnerPassword(String password, Integer version) {
    public List<AdminRefusal> decide(Organisation org, Optional<PartnerUser> user) {
        List<AdminRefusal> refused = UserChecks.found(org, user, version);
        if (!refused.isEmpty()) {
            return refused;
        }
        if (org.closed()) {
            return List.of(new AdminRefusal(null, org.name() + " is closed: its users cannot sign in"));
        }
        String problem = AddPartnerUser.passwordProblem(password);
        return problem == null ? List.of() : List.of(new AdminRefusal("password", problem.replace("an initial", "a new")));
    }
}
