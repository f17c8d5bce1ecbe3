package org.hearth.protection;

import java.time.LocalDate;

/** An action agreed at a meeting as a form or the API gives it: the agency, who owns it, what, and by when. */
public record AgreedAction(String agency, String organisationId, String owner, String action, LocalDate dueDate) {
    public AgreedAction {
        organisationId = ProtectionChecks.blankToNull(organisationId);
        owner = ProtectionChecks.blankToNull(owner);
        action = ProtectionChecks.blankToNull(action);
    }
}
