package org.hearth.demo;

/**
 * A demo practitioner account. Roles: SOCIAL_WORKER, TEAM_MANAGER, IRO, EARLY_HELP_WORKER, PERSONAL_ADVISER,
 * DATA_ANALYST, ADMINISTRATOR, HEALTH_PARTNER (of the demo NHS trust, with no team).
 */
public record DemoUser(String username, String displayName, String role, String teamId) {}
