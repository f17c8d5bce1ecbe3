package org.hearth.access;

/**
 * The signed-in user on whose behalf a request acts: their role, their team (council staff) or the partner
 * organisation they belong to (a partner's practitioner; null for everyone else).
 */
public record Actor(String username, String displayName, Role role, String teamId, String organisationId) {
    public Actor(String username, String displayName, Role role, String teamId) {
        this(username, displayName, role, teamId, null);
    }
}
