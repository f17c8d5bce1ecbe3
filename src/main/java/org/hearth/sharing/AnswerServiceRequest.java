package org.hearth.sharing;

import java.util.List;
import java.util.Optional;

/**
 * The organisation asked answers a service request: accepts it, declines it with a reason, or (once accepted) says
 * it is done. Only the organisation asked answers (the council for a request to the council); each step in order.
 */
public record AnswerServiceRequest(Answer answer, String declineReason, Integer version) {
    public enum Answer { ACCEPT, DECLINE, DONE }

    static final int MAX_REASON = 1_000;

    /** @param answering the organisation of the user answering (null: the council) */
    public List<Refusal> decide(Optional<ServiceRequest> found, String answering) {
        if (found.isEmpty()) {
            return List.of(new Refusal("request", "There is no such service request for this child"));
        }
        ServiceRequest r = found.get();
        if (!java.util.Objects.equals(r.toOrganisation(), answering)) {
            return List.of(new Refusal("request", "Only the organisation asked can answer this request"));
        }
        if (version != null && version != r.version()) {
            return List.of(new Refusal("version", "Someone answered this request since you opened it: reload the page"));
        }
        if (answer == null) {
            return List.of(new Refusal("answer", "Choose your answer"));
        }
        ServiceRequest.State need = answer == Answer.DONE ? ServiceRequest.State.ACCEPTED : ServiceRequest.State.REQUESTED;
        if (r.state() != need) {
            return List.of(new Refusal("answer", answer == Answer.DONE
                    ? "Only an accepted request can be done; this one is " + r.state().words().toLowerCase()
                    : "This request has already been answered: " + r.state().words().toLowerCase()));
        }
        if (answer == Answer.DECLINE && (declineReason == null || declineReason.isBlank())) {
            return List.of(new Refusal("declineReason", "Say why you are declining the request"));
        }
        if (declineReason != null && declineReason.length() > MAX_REASON) {
            return List.of(new Refusal("declineReason", "Say why in at most " + MAX_REASON + " characters"));
        }
        return List.of();
    }
}
