package org.hearth.protection;

/**
 * Someone at a child protection meeting as a form or the API names them: the agency they came for (a code of
 * {@link ChildProtection#AGENCIES}; for an organisation of the organisations table, the one its type gives), the
 * organisation (its id and name, or none for the council's own staff and the family), their name and role, and whether
 * they took part or sent apologies.
 */
public record Participant(String agency, String organisationId, String organisationName, String name, String role,
                          boolean attended) {
    public Participant {
        organisationId = ProtectionChecks.blankToNull(organisationId);
        organisationName = ProtectionChecks.blankToNull(organisationName);
        name = ProtectionChecks.blankToNull(name);
        role = ProtectionChecks.blankToNull(role);
    }
}
