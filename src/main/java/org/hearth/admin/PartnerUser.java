package org.hearth.admin;

import java.time.Instant;

/**
 * A partner organisation's user as its administrator sees it: never the password's hash, only whether there is one
 * (none: the user signs in only through an identity provider).
 */
public record PartnerUser(String username, String displayName, String email, String role, String organisationId,
                          boolean enabled, boolean hasPassword, int version, Instant createdAt, String changedBy,
                          Instant changedAt) {
    public String roleWords() {
        return "HEALTH_PARTNER".equals(role) ? "Health partner (health flag look-ups)" : "Partner practitioner";
    }

    public String signIn() {
        return hasPassword ? "Password" : "Organisation's sign-in only";
    }
}
