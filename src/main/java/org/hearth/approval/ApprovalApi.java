package org.hearth.approval;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.CommandApi;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A team manager's decisions over HTTP, as on the approvals page: approving an assessment is what authorises it
 * (the only way); returning one says why. Only a team manager of the worker's team decides, never on their own work.
 */
@RestController
@RequestMapping("/api/approvals/{requestId}")
@Tag(name = "Approvals", description = "A team manager approves or returns a worker's request")
class ApprovalApi {
    private final Approvals approvals;
    private final CurrentActor currentActor;

    ApprovalApi(Approvals approvals, CurrentActor currentActor) {
        this.approvals = approvals;
        this.currentActor = currentActor;
    }

    /**
     * Version 1 of a decision's reason.
     *
     * @param reason why (the manager's rationale, required for every decision: why it is approved, or what to change)
     */
    record DecisionRequest(String reason) {}

    /**
     * Version 1 of the answer to a decision.
     *
     * @param version the request's new version (its ETag)
     */
    record DecisionResult(UUID id, UUID childId, String type, String status, String decidedBy, LocalDate decidedOn,
                          String reason, int version) {
        static DecisionResult of(Approval a) {
            return new DecisionResult(a.id(), a.childId(), a.type().name(), a.status().name(), a.decidedBy(),
                    a.decidedOn(), a.reason(), a.version());
        }
    }

    @PostMapping("/approve")
    @Operation(summary = "Approve a request", description = "Approving an assessment authorises it today. Send the "
            + "request's version as If-Match to be sure of deciding what you saw.")
    ResponseEntity<DecisionResult> approve(@PathVariable UUID requestId,
                                           @RequestBody(required = false) DecisionRequest request,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return decide(requestId, ApprovalRules.Decision.APPROVE, request, ifMatch);
    }

    @PostMapping("/return")
    @Operation(summary = "Return a request to the worker with the reason")
    ResponseEntity<DecisionResult> giveBack(@PathVariable UUID requestId,
                                            @RequestBody(required = false) DecisionRequest request,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return decide(requestId, ApprovalRules.Decision.RETURN, request, ifMatch);
    }

    private ResponseEntity<DecisionResult> decide(UUID requestId, ApprovalRules.Decision decision,
                                                  DecisionRequest request, String ifMatch) {
        Actor actor = currentActor.get();
        Long seen = CommandApi.version(ifMatch);
        long version = seen != null ? seen : approvals.get(actor, requestId).version();
        Approval done = approvals.decide(actor, requestId, version, decision, request == null ? null : request.reason());
        return ResponseEntity.ok().eTag(CommandApi.etag(done.version())).body(DecisionResult.of(done));
    }
}
