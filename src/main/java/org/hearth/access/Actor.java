package org.hearth.access;

/** The signed-in user on whose behalf a request acts. */
public record Actor(String username, String displayName, Role role, String teamId) {}
