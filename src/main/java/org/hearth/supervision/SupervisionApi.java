package org.hearth.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.journey.CommandApi;
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
 * Supervision over HTTP: the same service and rules as the pages. A change to a record needs the version read
 * (If-Match, from the ETag); answers carry the new version as the ETag.
 */
@RestController
@RequestMapping("/api/supervisions")
@Tag(name = "Supervision", description = "A team manager's supervision of a worker: decisions about children (written "
        + "on each child's record as supervision-decision case notes), actions, and the worker's agreement")
class SupervisionApi {
    private final Supervisions supervisions;
    private final CurrentActor currentActor;

    SupervisionApi(Supervisions supervisions, CurrentActor currentActor) {
        this.supervisions = supervisions;
        this.currentActor = currentActor;
    }

    /**
     * Version 1 of a new supervision.
     *
     * @param worker    the username of the worker supervised (of the manager's own team)
     * @param date      the day of the supervision (today or before)
     * @param type      FORMAL, GROUP, REFLECTIVE or AD_HOC (codes/SUPERVISION_TYPE.tsv)
     * @param wellbeing the worker's wellbeing: seen only by the worker and the supervisor
     * @param caseload  what was discussed about the caseload
     * @param learning  learning and development
     * @param nextDate  the next supervision, after this one
     * @param decisions a decision per child discussed: each is written on that child's record
     * @param actions   actions agreed, each the worker's or the supervisor's
     */
    record SupervisionRequest(String worker, LocalDate date, String type, String wellbeing, String caseload,
                              String learning, LocalDate nextDate, List<DecisionRequest> decisions,
                              List<ActionRequest> actions) {}

    /** A decision about a child: the child's id and the decision in words. */
    record DecisionRequest(UUID child, String decision) {}

    /** An action: what, whose (the worker's or the supervisor's username) and by when. */
    record ActionRequest(String action, String owner, LocalDate due) {}

    /** The worker's agreement: their comments, and that they agree the record is accurate (must be true). */
    record AgreementRequest(String comments, Boolean agree) {}

    /** A supervision record as its reader may see it: wellbeing is null unless they are the worker or the supervisor. */
    record SupervisionV1(UUID id, String supervisor, String worker, LocalDate date, String type, String typeLabel,
                         String wellbeing, String caseload, String learning, LocalDate nextDate, String workerComments,
                         Instant agreedAt, long version, List<DecisionV1> decisions, List<ActionV1> actions) {}

    /** A decision as the reader's view of the child shows it: the child and the case note; text null if not readable. */
    record DecisionV1(UUID child, UUID caseNote, String decision) {}

    record ActionV1(UUID id, String action, String owner, LocalDate due, LocalDate done) {}

    @PostMapping
    @Operation(summary = "Record a supervision",
            description = "A team manager, for a worker of their team. Each decision is written on the child's record "
                    + "as a supervision-decision case note in the same transaction: all is saved or nothing. 201 with "
                    + "the record's address and its version as the ETag.")
    ResponseEntity<SupervisionV1> create(@RequestBody(required = false) SupervisionRequest request,
                                         @RequestParam(defaultValue = "record a supervision") String purpose) {
        if (request == null) {
            throw HearthProblem.badRequest("Send the supervision as JSON");
        }
        var s = new SupervisionRules.NewSession(request.date(), request.type(), request.wellbeing(), request.caseload(),
                request.learning(), request.nextDate(),
                request.decisions() == null ? List.of() : request.decisions().stream().map(d -> d == null
                        ? new SupervisionRules.DecisionAnswer(null, null)
                        : new SupervisionRules.DecisionAnswer(d.child(), d.decision())).toList(),
                request.actions() == null ? List.of() : request.actions().stream().map(a -> a == null
                        ? new SupervisionRules.ActionAnswer(null, null, null)
                        : new SupervisionRules.ActionAnswer(a.action(), a.owner(), a.due())).toList());
        var actor = currentActor.get();
        Supervision saved = supervisions.record(actor, request.worker(), s, purpose);
        return ResponseEntity.created(URI.create("/api/supervisions/" + saved.id()))
                .eTag(CommandApi.etag(saved.version())).body(v1(actor, saved, purpose));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A supervision record",
            description = "For the worker, their supervisor and the managers of the worker's team (without the worker's "
                    + "wellbeing for the last). Its version is the ETag.")
    ResponseEntity<SupervisionV1> get(@PathVariable UUID id,
                                      @RequestParam(defaultValue = "read a supervision record") String purpose) {
        var actor = currentActor.get();
        Supervision s = supervisions.get(actor, id, purpose);
        return ResponseEntity.ok().eTag(CommandApi.etag(s.version())).body(v1(actor, s, purpose));
    }

    @PostMapping("/{id}/agreement")
    @Operation(summary = "The worker agrees the record is accurate, with their comments",
            description = "Only the worker, once. Send the version read as If-Match; a stale version is refused (409).")
    ResponseEntity<SupervisionV1> agree(@PathVariable UUID id, @RequestBody(required = false) AgreementRequest request,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @RequestParam(defaultValue = "agree a supervision record") String purpose) {
        long version = required(ifMatch);
        if (request == null || !Boolean.TRUE.equals(request.agree())) {
            throw new HearthProblem(HttpStatus.BAD_REQUEST, "Check your answers",
                    "Say that you agree this is an accurate record (agree: true)",
                    List.of(java.util.Map.of("pointer", "/agree", "detail", "Say that you agree this is an accurate record")));
        }
        var actor = currentActor.get();
        Supervision s = supervisions.agree(actor, id, version, request.comments(), purpose);
        return ResponseEntity.ok().eTag(CommandApi.etag(s.version())).body(v1(actor, s, purpose));
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "Record an action on a supervision",
            description = "The worker or the supervisor; the owner is one of them. Send the version read as If-Match.")
    ResponseEntity<SupervisionV1> addAction(@PathVariable UUID id, @RequestBody(required = false) ActionRequest request,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestParam(defaultValue = "add a supervision action") String purpose) {
        long version = required(ifMatch);
        if (request == null) {
            throw HearthProblem.badRequest("Send the action as JSON");
        }
        var actor = currentActor.get();
        Supervision s = supervisions.addAction(actor, id, version,
                new SupervisionRules.ActionAnswer(request.action(), request.owner(), request.due()), purpose);
        return ResponseEntity.ok().eTag(CommandApi.etag(s.version())).body(v1(actor, s, purpose));
    }

    @PostMapping("/{id}/actions/{actionId}/done")
    @Operation(summary = "Mark a supervision action as done (today)",
            description = "The worker or the supervisor. Send the version read as If-Match.")
    ResponseEntity<SupervisionV1> done(@PathVariable UUID id, @PathVariable UUID actionId,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                       @RequestParam(defaultValue = "mark a supervision action done") String purpose) {
        long version = required(ifMatch);
        var actor = currentActor.get();
        Supervision s = supervisions.completeAction(actor, id, version, actionId, purpose);
        return ResponseEntity.ok().eTag(CommandApi.etag(s.version())).body(v1(actor, s, purpose));
    }

    private static long required(String ifMatch) {
        Long version = CommandApi.version(ifMatch);
        if (version == null) {
            throw new HearthProblem(HttpStatus.PRECONDITION_REQUIRED, "Say which version you are changing",
                    "Changing a supervision record needs the version you read (send it as If-Match)");
        }
        return version;
    }

    private SupervisionV1 v1(org.hearth.access.Actor actor, Supervision s, String purpose) {
        List<DecisionV1> decisions = supervisions.decisions(actor, s, purpose).stream()
                .map(d -> new DecisionV1(d.visible() ? d.childId() : null, d.visible() ? d.noteId() : null, d.text())).toList();
        return new SupervisionV1(s.id(), s.supervisor(), s.worker(), s.date(), s.type(), s.typeLabel(), s.wellbeing(),
                s.caseload(), s.learning(), s.nextDate(), s.workerComments(), s.agreedAt(), s.version(), decisions,
                s.actions().stream().map(a -> new ActionV1(a.id(), a.text(), a.owner(), a.dueOn(), a.doneOn())).toList());
    }
}
