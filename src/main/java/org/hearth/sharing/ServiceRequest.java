package org.hearth.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A service one agency asks of another for a child (the council asks CAMHS; a school asks the council's family help):
 * requested → accepted or declined with a reason → done. A null organisation is the council.
 */
public record ServiceRequest(UUID id, UUID childId, String fromOrganisation, String toOrganisation, String service,
                             String reason, LocalDate neededBy, State state, String declineReason, UUID sharingId,
                             String requestedBy, Instant requestedAt, String answeredBy, Instant answeredAt,
                             int version) {
    public enum State {
        REQUESTED("Waiting for an answer"), ACCEPTED("Accepted"), DECLINED("Declined"), DONE("Done");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
