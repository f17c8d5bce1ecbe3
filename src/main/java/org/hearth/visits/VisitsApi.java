package org.hearth.visits;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.journey.CommandApi;
import org.hearth.journey.JourneyService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statutory visits over HTTP: the same command as the web form. */
@RestController
@RequestMapping("/api/children/{childId}/visits")
@Tag(name = "Visits", description = "Statutory visits to the child")
class VisitsApi {
    private final JourneyService journeys;
    private final CurrentActor currentActor;

    VisitsApi(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    /**
     * Version 1 of the request to record a visit.
     *
     * @param date        the day of the visit (today or before)
     * @param context     the plan the visit is for: CIN, CP, CLA, EH (family help) or CL (care leaver)
     * @param seen        whether the child was seen
     * @param seenAlone   whether the child was seen alone
     * @param bedroomSeen whether the child's bedroom was seen
     * @param note        what happened, and what the child said
     * @param notSeenReason why the child was not seen (needed when {@code seen} is false)
     */
    record VisitRequest(LocalDate date, String context, Boolean seen, Boolean seenAlone, Boolean bedroomSeen,
                        String note, String notSeenReason) {}

    @PostMapping
    @Operation(summary = "Record a statutory visit",
            description = "A visit that has happened, by the child's social worker, family help worker or personal "
                    + "adviser; it moves the visit clock of the plan it is for. An IRO's visit is not recorded here.")
    ResponseEntity<CommandApi.Result> record(@PathVariable UUID childId, @RequestBody VisitRequest request,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = "record a visit") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new RecordVisit(request.date(), request.context(), request.seen(), request.seenAlone(),
                        request.bedroomSeen(), request.note(), request.notSeenReason()), purpose,
                Map.of("visitDate", "date", "visitContext", "context", "visitSeen", "seen", "visitSeenAlone",
                        "seenAlone", "visitNote", "note", "visitNotSeenReason", "notSeenReason"));
    }
}
