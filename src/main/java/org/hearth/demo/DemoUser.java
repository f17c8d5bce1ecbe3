package org.hearth.demo;

/**
 * A demo practitioner account. Roles: SOCIAL_WORKER, TEAM_MANAGER, IRO, EARLY_HELP_WORKER, PERSONAL_ADVISER,
 * DATA_ANALYST, ADMINISTRATOR.
 */
public record DemoUser(String username, String displayName, String role, String teamId) {}
