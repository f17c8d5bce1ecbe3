package org.hearth.earlyhelp;

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

/** Family help over HTTP: starting and ending an episode run the same commands as the contact decision. */
@RestController
@RequestMapping("/api/children/{childId}/early-help")
@Tag(name = "Family help", description = "Early help episodes, before or instead of statutory work")
class EarlyHelpApi {
    private final JourneyService journeys;
    private final CurrentActor currentActor;

    EarlyHelpApi(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    /**
     * Version 1 of the request to start family help.
     *
     * @param startDate    the day family help started (not in the future)
     * @param reason       why, in a short line (up to 120 characters)
     * @param organisation who gives it (a family hub, a school), if known
     */
    record StartRequest(LocalDate startDate, String reason, String organisation) {}

    /**
     * Version 1 of the request to end family help.
     *
     * @param endDate the day it ended (not before it started, not in the future)
     * @param reason  why it ended, e.g. COMPLETED or STEP_UP
     */
    record EndRequest(LocalDate endDate, String reason) {}

    @PostMapping
    @Operation(summary = "Start family help", description = "Refused while another family help episode is open.")
    ResponseEntity<CommandApi.Result> start(@PathVariable UUID childId, @RequestBody StartRequest request,
                                            @RequestParam(defaultValue = "start family help") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, null,
                new StartEarlyHelp(request.startDate(), request.reason(), request.organisation()), purpose,
                Map.of("episodeStartDate", "startDate", "episodeReason", "reason"));
    }

    @PostMapping("/{episodeId}/end")
    @Operation(summary = "End family help")
    ResponseEntity<CommandApi.Result> end(@PathVariable UUID childId, @PathVariable UUID episodeId,
                                          @RequestBody EndRequest request,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @RequestParam(defaultValue = "end family help") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new EndEarlyHelp(episodeId, request.endDate(), request.reason()), purpose,
                Map.of("episodeEndDate", "endDate", "episodeEndReason", "reason"));
    }
}
