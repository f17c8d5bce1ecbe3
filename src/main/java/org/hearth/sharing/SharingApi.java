package org.hearth.sharing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sharing over HTTP, the same commands as the pages: a child's sharing decisions, share, end, consent withdrawn; who
 * looked; service requests between agencies. A change to a decision needs its version (If-Match, or the body's).
 */
@RestController
@RequestMapping("/api/children/{childId}")
@Tag(name = "Sharing with partners", description = "Sharing decisions (purpose, lawful basis, consent, parts, end), "
        + "who looked at the record, and service requests between agencies")
class SharingApi {
    private final Sharing sharing;
    private final AccessLog accessLog;
    private final ServiceRequests requests;
    private final Organisations organisations;
    private final CurrentActor currentActor;

    SharingApi(Sharing sharing, AccessLog accessLog, ServiceRequests requests, Organisations organisations,
               CurrentActor currentActor) {
        this.sharing = sharing;
        this.accessLog = accessLog;
        this.requests = requests;
        this.organisations = organisations;
        this.currentActor = currentActor;
    }

    /**
     * Version 1 of a sharing decision.
     *
     * @param purpose     SHARING_PURPOSE code; purposeText its words
     * @param lawfulBasis LAWFUL_BASIS code; lawfulBasisText its plain-English words
     * @param parts       the record parts (API names) the organisation's practitioners may read
     * @param endsOn      the last day shared, unless the episode it follows ends first
     */
    record SharingV1(UUID id, String organisationId, String organisation, String purpose, String purposeText,
                     String lawfulBasis, String lawfulBasisText, boolean consentSought, Boolean consentGiven,
                     LocalDate consentWithdrawnOn, List<String> parts, LocalDate startsOn, LocalDate endsOn,
                     String episodeKind, UUID episodeId, LocalDate endedOn, String endedReason, String state,
                     String recordedBy, Instant recordedAt, int version) {}

    /** Version 1 of the request to share: as the form asks it. */
    record ShareRequest(String organisationId, String purpose, String lawfulBasis, Boolean consentSought,
                        Boolean consentGiven, Set<String> parts, LocalDate endsOn) {}

    record EndRequest(String reason, Integer version) {}

    record ConsentWithdrawnRequest(LocalDate withdrawnOn, Integer version) {}

    SharingV1 v1(SharingDecision d) {
        return new SharingV1(d.id(), d.organisationId(), organisations.name(d.organisationId()), d.purpose(),
                LawfulBasis.purposeWords(d.purpose()), d.lawfulBasis(), LawfulBasis.basisWords(d.lawfulBasis()),
                d.consentSought(), d.consentGiven(), d.consentWithdrawnOn(), d.parts().stream().sorted().toList(),
                d.startsOn(), d.endsOn(), d.episodeKind(), d.episodeId(), d.endedOn(), d.endedReason(),
                d.state(Sharing.today()), d.recordedBy(), d.recordedAt(), d.version());
    }

    private static <T> T body(T body) {
        if (body == null) {
            throw HearthProblem.badRequest("Send the request as a JSON body");
        }
        return body;
    }

    private static Integer version(String ifMatch, Integer inBody) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return inBody;
        }
        try {
            return Integer.valueOf(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw new HearthProblem(HttpStatus.BAD_REQUEST, "Check the If-Match header",
                    "If-Match must be the version of the sharing decision you read, e.g. \"0\"");
        }
    }

    @GetMapping("/sharing")
    @Operation(summary = "The child's sharing decisions with partner organisations, newest first")
    List<SharingV1> list(@PathVariable UUID childId) {
        return sharing.decisions(currentActor.get(), childId).stream().map(this::v1).toList();
    }

    @PostMapping("/sharing")
    @Operation(summary = "Share the child's record with a partner organisation (renews a current decision for it)",
            description = "Refused (422, each problem pointing at its field) for an unknown organisation, a purpose with "
                    + "no open episode, parts the organisation's type is not offered, consent as the basis without "
                    + "consent, an end date in the past or more than 12 months ahead.")
    ResponseEntity<SharingV1> share(@PathVariable UUID childId, @RequestBody(required = false) ShareRequest request) {
        ShareRequest r = body(request);
        SharingDecision d = sharing.share(currentActor.get(), childId, new ShareWithOrganisation(r.organisationId(),
                r.purpose(), r.lawfulBasis(), r.consentSought(), r.consentGiven(), r.parts(), r.endsOn()));
        return ResponseEntity.status(HttpStatus.CREATED).eTag("\"" + d.version() + "\"").body(v1(d));
    }

    @PostMapping("/sharing/{sharingId}/end")
    @Operation(summary = "End sharing today, with a reason")
    ResponseEntity<SharingV1> end(@PathVariable UUID childId, @PathVariable UUID sharingId,
                                  @RequestBody(required = false) EndRequest request,
                                  @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        EndRequest r = body(request);
        SharingDecision d = sharing.end(currentActor.get(), childId, sharingId,
                new EndSharing(r.reason(), version(ifMatch, r.version())));
        return ResponseEntity.ok().eTag("\"" + d.version() + "\"").body(v1(d));
    }

    @PostMapping("/sharing/{sharingId}/consent-withdrawn")
    @Operation(summary = "Record that the family withdrew their consent (ends sharing whose basis is consent)")
    ResponseEntity<SharingV1> consentWithdrawn(@PathVariable UUID childId, @PathVariable UUID sharingId,
                                               @RequestBody(required = false) ConsentWithdrawnRequest request,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        ConsentWithdrawnRequest r = body(request);
        SharingDecision d = sharing.consentWithdrawn(currentActor.get(), childId, sharingId,
                new RecordConsentWithdrawn(r.withdrawnOn(), version(ifMatch, r.version())));
        return ResponseEntity.ok().eTag("\"" + d.version() + "\"").body(v1(d));
    }

    /** Version 1 of one access to the record. */
    record AccessV1(Instant at, String who, String username, String agency, boolean partner, String did, String part,
                    String why) {}

    @GetMapping("/who-looked")
    @Operation(summary = "Who looked at the child's record: partners only unless everyone=true; newest first")
    List<AccessV1> whoLooked(@PathVariable UUID childId, @RequestParam(defaultValue = "false") boolean everyone) {
        return accessLog.whoLooked(currentActor.get(), childId, !everyone).stream()
                .map(e -> new AccessV1(e.at(), e.who(), e.username(), e.agency(), e.partner(), e.did(), e.part(),
                        e.why())).toList();
    }

    /** Version 1 of a service request. A null organisation is the council. */
    record ServiceRequestV1(UUID id, String fromOrganisation, String toOrganisation, String service, String reason,
                            LocalDate neededBy, String state, String declineReason, UUID sharingId, String requestedBy,
                            Instant requestedAt, String answeredBy, Instant answeredAt, int version) {}

    /** Version 1 of asking for a service: toOrganisation null asks the council (a partner asking for family help). */
    record AskRequest(String toOrganisation, String service, String reason, LocalDate neededBy, String lawfulBasis) {}

    /** Version 1 of an answer: ACCEPT, DECLINE (with declineReason) or DONE. */
    record AnswerRequest(String answer, String declineReason, Integer version) {}

    static ServiceRequestV1 v1(ServiceRequest r) {
        return new ServiceRequestV1(r.id(), r.fromOrganisation(), r.toOrganisation(), r.service(), r.reason(),
                r.neededBy(), r.state().name(), r.declineReason(), r.sharingId(), r.requestedBy(), r.requestedAt(),
                r.answeredBy(), r.answeredAt(), r.version());
    }

    @GetMapping("/service-requests")
    @Operation(summary = "Service requests for the child (a partner sees its own organisation's)")
    List<ServiceRequestV1> requests(@PathVariable UUID childId) {
        return requests.forChild(currentActor.get(), childId).stream().map(SharingApi::v1).toList();
    }

    @PostMapping("/service-requests")
    @Operation(summary = "Ask another agency for a service for the child",
            description = "The council asking a partner shares who the child is and their lead practitioner with it "
                    + "until the date needed (or four weeks), under the lawful basis given.")
    ResponseEntity<ServiceRequestV1> ask(@PathVariable UUID childId, @RequestBody(required = false) AskRequest request) {
        AskRequest r = body(request);
        ServiceRequest made = requests.ask(currentActor.get(), childId, new RequestService(r.toOrganisation(),
                r.service(), r.reason(), r.neededBy(), r.lawfulBasis()));
        return ResponseEntity.status(HttpStatus.CREATED).eTag("\"" + made.version() + "\"").body(v1(made));
    }

    @PostMapping("/service-requests/{requestId}/answer")
    @Operation(summary = "Answer a service request asked of your organisation: accept, decline with a reason, done",
            description = "Accepting shares what the organisation's type needs; declining or done ends the access the "
                    + "request opened.")
    ResponseEntity<ServiceRequestV1> answer(@PathVariable UUID childId, @PathVariable UUID requestId,
                                            @RequestBody(required = false) AnswerRequest request,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        AnswerRequest r = body(request);
        AnswerServiceRequest.Answer answer;
        try {
            answer = r.answer() == null ? null : AnswerServiceRequest.Answer.valueOf(r.answer().trim().toUpperCase(
                    java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            answer = null;
        }
        ServiceRequest done = requests.answer(currentActor.get(), childId, requestId,
                new AnswerServiceRequest(answer, r.declineReason(), version(ifMatch, r.version())));
        return ResponseEntity.ok().eTag("\"" + done.version() + "\"").body(v1(done));
    }
}
