package org.hearth.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Registers a partner organisation: a name no other organisation has, a type from the code list, the identifier the
 * type needs (and no other), how to reach it. Its Hearth id (named in configuration, e.g. its sign-in issuer) is its
 * ODS code for an NHS organisation, URN-… for a school or setting, POLICE-… for a force, else ORG-…; never reused.
 */
public record RegisterOrganisation(OrganisationDetails details) {
    public RegisterOrganisation {
        details = details == null ? new OrganisationDetails(null, null, null, null, null, null, null, null)
                : details.normalised();
    }

    public List<AdminRefusal> decide(Map<String, OrganisationType> types, List<Organisation> existing) {
        return details.check(null, types, existing);
    }

    /** The id to give it: the first of the readable choices not taken, else a random ORG- id. */
    public String proposeId(Set<String> taken) {
        String readable = details.odsCode() != null ? details.odsCode()
                : details.urn() != null ? "URN-" + details.urn()
                : details.policeForceCode() != null ? "POLICE-" + details.policeForceCode() : null;
        if (readable != null && !taken.contains(readable)) {
            return readable;
        }
        String id;
        do {
            id = "ORG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.UK);
        } while (taken.contains(id));
        return id;
    }
}
