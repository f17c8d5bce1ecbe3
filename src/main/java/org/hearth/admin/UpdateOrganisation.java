package org.hearth.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Changes an organisation's details from the version the administrator read. Refused for a closed organisation, a
 * version that moved (someone changed it meanwhile), a change of type once it has users (their roles follow the type:
 * close it and register it again), and for the same problems as registering.
 */
public record UpdateOrganisation(OrganisationDetails details, Integer version) {
    public UpdateOrganisation {
        details = details == null ? new OrganisationDetails(null, null, null, null, null, null, null, null)
                : details.normalised();
    }

    public List<AdminRefusal> decide(Organisation current, Map<String, OrganisationType> types,
                                     List<Organisation> existing) {
        if (current.closed()) {
            return List.of(new AdminRefusal(null, current.name() + " is closed: a closed organisation is not changed"));
        }
        if (version == null || version != current.version()) {
            return List.of(new AdminRefusal(AdminRefusal.VERSION, "Someone changed " + current.name()
                    + " since you opened it: reload the page, check their change, and make yours again"));
        }
        List<AdminRefusal> out = new ArrayList<>(details.check(current.id(), types, existing));
        if (details.type() != null && !details.type().equals(current.type()) && current.users() > 0) {
            out.add(new AdminRefusal("type", current.name() + " has users, whose roles follow its type: its type "
                    + "cannot change. Close it and register the organisation again"));
        }
        return out;
    }
}
