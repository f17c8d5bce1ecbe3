package org.hearth.notes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.journey.CommandApi;
import org.hearth.journey.JourneyService;
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

/** Case notes over HTTP: the same commands as the web forms; a correction needs the version read (If-Match). */
@RestController
@RequestMapping("/api/children/{childId}/case-notes")
@Tag(name = "Case notes", description = "What workers write about the child, and its corrections")
class NotesApi {
    private final JourneyService journeys;
    private final CurrentActor currentActor;

    NotesApi(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    /**
     * Version 1 of the request to write a case note.
     *
     * @param date       the day of the work the note records (today or before)
     * @param kind       VISIT, PHONE_CALL, MEETING, DIRECT_WORK, MANAGEMENT_OVERSIGHT or SUPERVISION_DECISION (the last
     *                   two a team manager's)
     * @param seen       who was seen or spoken to
     * @param text       the note
     * @param restricted shown only to the child's allocated worker and their manager
     * @param step       the id of the record (a visit, a conference…) the note belongs to
     */
    record NoteRequest(LocalDate date, String kind, String seen, String text, Boolean restricted, UUID step) {}

    /** Version 1 of a correction: the note as it should read, and why. */
    record CorrectionRequest(String text, String reason) {}

    /** A note as it reads now, with its corrections (the original kept). */
    record NoteV1(UUID id, LocalDate date, String kind, String kindLabel, String seen, String text, boolean restricted,
                  UUID step, String stepKind, String writtenBy, Instant writtenAt, String originalText,
                  List<CorrectionV1> corrections) {}

    record CorrectionV1(UUID id, String text, String reason, String correctedBy, Instant correctedAt) {}

    @GetMapping
    @Operation(summary = "The child's case notes as they read now, newest first",
            description = "Restricted notes only for the allocated worker and their manager.")
    List<NoteV1> list(@PathVariable UUID childId, @RequestParam(defaultValue = "casework") String purpose) {
        return NotesStage.all(journeys.read(currentActor.get(), childId, NotesStage.CASE_NOTES.name(), purpose)).stream()
                .map(NotesApi::v1).toList();
    }

    @PostMapping
    @Operation(summary = "Write a case note")
    ResponseEntity<CommandApi.Result> write(@PathVariable UUID childId, @RequestBody NoteRequest request,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestParam(defaultValue = "write a case note") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new RecordCaseNote(request.date(), request.kind(), request.seen(), request.text(), request.restricted(),
                        request.step(), Instant.now()), purpose,
                Map.of("noteDate", "date", "noteKind", "kind", "seen", "seen", "noteText", "text", "stepId", "step"),
                result -> java.net.URI.create("/api/children/" + childId + "/case-notes/" + result.saved().stream()
                        .filter(s -> s.kind().equals(NotesStage.CASE_NOTES.name())).findFirst().orElseThrow().id()));
    }

    @GetMapping("/{noteId}")
    @Operation(summary = "One case note as it reads now, with its corrections",
            description = "Where a written note's Location points. A restricted note only for the allocated worker and "
                    + "their manager (404 for anyone else, as for a note that is not there).")
    NoteV1 one(@PathVariable UUID childId, @PathVariable UUID noteId,
               @RequestParam(defaultValue = "casework") String purpose) {
        return NotesStage.read(journeys.read(currentActor.get(), childId, NotesStage.CASE_NOTES.name(), purpose), noteId)
                .map(NotesApi::v1).orElseThrow(() -> HearthProblem.notFound("The case note"));
    }

    private static NoteV1 v1(NotesStage.NoteAsItReads n) {
        return new NoteV1(n.note().id(), n.note().noteDate(), n.note().noteKind(), n.kindLabel(), n.note().seen(),
                n.text(), n.note().restricted(), n.note().stepId(), n.note().stepKind(), n.note().writtenBy(),
                n.note().writtenAt(), n.note().noteText(), n.amendments().stream().map(a -> new CorrectionV1(a.id(),
                a.noteText(), a.reason(), a.amendedBy(), a.amendedAt())).toList());
    }

    @PostMapping("/{noteId}/corrections")
    @Operation(summary = "Correct a case note",
            description = "Adds a correction beside the original, which is kept. Send the record's version as If-Match.")
    ResponseEntity<CommandApi.Result> correct(@PathVariable UUID childId, @PathVariable UUID noteId,
                                              @RequestBody CorrectionRequest request,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @RequestParam(defaultValue = "correct a case note") String purpose) {
        if (CommandApi.version(ifMatch) == null) {
            throw new HearthProblem(HttpStatus.PRECONDITION_REQUIRED, "Say which version you are changing",
                    "Correcting a note needs the version you read (send it as If-Match)");
        }
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new AmendCaseNote(noteId, request.text(), request.reason(), Instant.now()), purpose,
                Map.of("noteText", "text", "reason", "reason", "noteId", "noteId"));
    }
}
