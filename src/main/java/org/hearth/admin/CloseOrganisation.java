package org.hearth.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * Closes an organisation today, with a reason: its users can no longer sign in and each of its sharing decisions not
 * yet ended ends (through sharing's EndSharing). Refused when already closed, or changed since it was read.
 */
public record CloseOrganisation(String reason, Integer version) {
    static final int MAX_REASON = 500;

    public List<AdminRefusal> decide(Organisation current) {
        if (current.closed()) {
            return List.of(new AdminRefusal(null, current.name() + " is already closed"));
        }
        if (version == null || version != current.version()) {
            return List.of(new AdminRefusal(AdminRefusal.VERSION, "Someone changed " + current.name()
                    + " since you opened it: reload the page and check what closing it ends"));
        }
        List<AdminRefusal> out = new ArrayList<>();
        String r = OrganisationDetails.text(reason);
        if (r == null) {
            out.add(new AdminRefusal("reason", "Say why the organisation is closing"));
        } else if (r.length() > MAX_REASON) {
            out.add(new AdminRefusal("reason", "Say why in " + MAX_REASON + " characters or fewer"));
        } else if (!OrganisationDetails.printable(r)) {
            out.add(new AdminRefusal("reason", "Say why in letters, numbers and punctuation"));
        }
        return out;
    }
}
