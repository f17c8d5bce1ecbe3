package org.hearth.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner organisation as its administrator sees it: its Hearth id (named in configuration, e.g. its sign-in
 * issuer), name, type, the identifier its type needs, how to reach it, its version, whether it is closed, and counts
 * of its users and of the children currently shared with it (no child named).
 */
public record Organisation(String id, String name, String type, String typeLabel, boolean health, String urn,
                           String odsCode, String policeForceCode, String address, String email, String phone,
                           LocalDate closedOn, String closedReason, int version, int users, int enabledUsers,
                           int childrenShared) {
    public boolean closed() {
        return closedOn != null;
    }

    /** Its identifiers in words, e.g. "URN 123456", "ODS code RXX01", "Police force code 13"; empty when none. */
    public List<String> identifiers() {
        List<String> out = new ArrayList<>();
        if (urn != null) {
            out.add(("EARLY_YEARS".equals(type) ? "Ofsted URN " : "URN ") + urn);
        }
        if (odsCode != null) {
            out.add("ODS code " + odsCode);
        }
        if (policeForceCode != null) {
            out.add("Police force code " + policeForceCode);
        }
        return out;
    }

    public String status() {
        return closed() ? "Closed" : "Open";
    }

    /** The answers it stands on, to start an edit from. */
    public OrganisationDetails details() {
        return new OrganisationDetails(name, type, urn, odsCode, policeForceCode, address, email, phone);
    }
}
