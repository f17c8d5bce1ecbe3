package org.hearth.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Ends a sharing decision today, with a reason (the enquiry ended, the organisation no longer involved): its
 * organisation's practitioners lose the access it gave at once. Refused for a decision already ended, or stale.
 */
public record EndSharing(String reason, Integer version) {
    static final int MAX_REASON = 500;

    public List<Refusal> decide(Optional<SharingDecision> decision, LocalDate today) {
        if (decision.isEmpty()) {
            return List.of(new Refusal("sharing", "There is no such sharing decision for this child"));
        }
        SharingDecision d = decision.get();
        if (d.endedOn() != null || d.endsOn().isBefore(today)) {
            return List.of(new Refusal("sharing", "This sharing decision has already ended"));
        }
        if (version != null && version != d.version()) {
            return List.of(new Refusal("version", "Someone changed this sharing decision since you opened it: reload "
                    + "the page and check it"));
        }
        if (reason == null || reason.isBlank()) {
            return List.of(new Refusal("reason", "Say why sharing ends"));
        }
        if (reason.length() > MAX_REASON) {
            return List.of(new Refusal("reason", "Say why in at most " + MAX_REASON + " characters"));
        }
        return List.of();
    }
}
