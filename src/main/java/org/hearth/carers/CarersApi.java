package org.hearth.carers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.RecordParts;
import org.hearth.clocks.ClockSettings;
import org.hearth.journey.CommandApi;
import org.hearth.journey.JourneyService;
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
 * Carers over HTTP: the same commands as the pages. A carer reads who decides what and their requests, asks for a
 * decision and writes a log; the social worker answers a request. Every call goes through the seam as its caller.
 */
@RestController
@RequestMapping("/api/children/{childId}")
@Tag(name = "Carers", description = "Delegated authority, carers' requests for decisions, and carers' logs")
class CarersApi {
    private final JourneyService journeys;
    private final CurrentActor currentActor;

    CarersApi(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    /** Version 1: who takes one everyday decision. */
    record DelegationV1(String decision, String decisionLabel, String decidedBy, String decidedByLabel, String reason,
                        LocalDate agreedOn) {}

    /** Version 1: a carer's request and its answer (null while waiting). */
    record RequestV1(UUID id, String decision, String asked, LocalDate askedOn, LocalDate answerDueOn, String askedBy,
                     String answer, String answerReason, LocalDate answeredOn, String answeredBy) {}

    /** Version 1 of a carer's request for a decision. */
    record AskRequest(String decision, String asked) {}

    /** Version 1 of the social worker's answer: AGREED or REFUSED, and why. */
    record AnswerRequest(String answer, String reason) {}

    /** Version 1 of a carer's log: the day, the child's mood (optional), what happened, and whether it is significant. */
    record LogRequest(LocalDate date, String mood, String whatHappened, Boolean significant) {}

    @GetMapping("/delegated-authority")
    @Operation(summary = "Who takes each everyday decision for the child, and why")
    List<DelegationV1> delegatedAuthority(@PathVariable UUID childId,
                                          @RequestParam(defaultValue = "caring for the child") String purpose) {
        var j = journeys.read(currentActor.get(), childId, RecordParts.DELEGATED_AUTHORITY, purpose);
        return j.all(CarersStage.DELEGATED_AUTHORITY).stream().map(d -> new DelegationV1(d.decision(),
                CarersStage.label(CarersStage.DECISION, d.decision()), d.decidedBy(),
                CarersStage.label(CarersStage.DECIDED_BY, d.decidedBy()), d.reason(), d.agreedOn())).toList();
    }

    @GetMapping("/decision-requests")
    @Operation(summary = "Carers' requests for decisions and the answers, newest first")
    List<RequestV1> requests(@PathVariable UUID childId,
                             @RequestParam(defaultValue = "caring for the child") String purpose) {
        var j = journeys.read(currentActor.get(), childId, CarersStage.DECISION_REQUESTS.name(), purpose);
        return j.all(CarersStage.DECISION_REQUESTS).stream()
                .sorted(java.util.Comparator.comparing(DecisionRequest::askedAt).reversed())
                .map(r -> {
                    DecisionAnswer a = CarerRules.answerTo(j, r.id()).orElse(null);
                    return new RequestV1(r.id(), r.decision(), r.asked(), r.askedOn(), r.answerDueOn(), r.askedBy(),
                            a == null ? null : a.answer(), a == null ? null : a.reason(),
                            a == null ? null : a.answeredOn(), a == null ? null : a.answeredBy());
                }).toList();
    }

    @PostMapping("/decision-requests")
    @Operation(summary = "A carer asks for a decision that is not theirs to take",
            description = "Only the child's carer now, and only for a decision their delegated authority does not give them.")
    ResponseEntity<CommandApi.Result> ask(@PathVariable UUID childId, @RequestBody AskRequest request,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @RequestParam(defaultValue = CarerPages.ASK) String purpose) {
        Actor actor = currentActor.get();
        return CommandApi.run(journeys, actor, childId, ifMatch, new AskForDecision(request == null ? null
                        : request.decision(), request == null ? null : request.asked(), Instant.now(),
                ClockSettings.rules().rule("DECISION_REQUEST").amount()), purpose,
                Map.of("decision", "decision", "asked", "asked"));
    }

    @PostMapping("/decision-requests/{requestId}/answer")
    @Operation(summary = "The social worker answers a carer's request")
    ResponseEntity<CommandApi.Result> answer(@PathVariable UUID childId, @PathVariable UUID requestId,
                                             @RequestBody AnswerRequest request,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = DelegatedAuthorityPages.ANSWER) String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch, new AnswerDecisionRequest(requestId,
                        request == null ? null : request.answer(), request == null ? null : request.reason(),
                        Instant.now()), purpose,
                Map.of("answer", "answer", "reason", "reason", "requestId", "requestId"));
    }

    @PostMapping("/carer-logs")
    @Operation(summary = "A carer writes a daily log or a significant event")
    ResponseEntity<CommandApi.Result> log(@PathVariable UUID childId, @RequestBody LogRequest request,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @RequestParam(defaultValue = CarerPages.LOG) String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch, new RecordCarerLog(
                        request == null ? null : request.date(), request == null ? null : request.mood(),
                        request == null ? null : request.whatHappened(),
                        request != null && Boolean.TRUE.equals(request.significant()), Instant.now()), purpose,
                Map.of("logDate", "date", "mood", "mood", "whatHappened", "whatHappened"));
    }
}
