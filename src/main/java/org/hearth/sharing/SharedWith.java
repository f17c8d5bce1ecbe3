package org.hearth.sharing;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The decisions current today for an organisation: which children a partner's home offers (each child is then read
 * through the seam, which judges the decision again).
 */
@Component
public class SharedWith {
    private final SharingStore store;

    SharedWith(SharingStore store) {
        this.store = store;
    }

    public List<SharingDecision> current(String organisationId) {
        return organisationId == null ? List.of() : store.currentFor(organisationId);
    }
}
