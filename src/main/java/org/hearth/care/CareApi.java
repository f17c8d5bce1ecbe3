package org.hearth.care;

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

/** The looked-after stage's tasks over HTTP: each runs the same command as the web form. */
@RestController
@RequestMapping("/api/children/{childId}/care")
@Tag(name = "Looked after", description = "Periods of care, placements, legal status and ceasing care")
class CareApi {
    private final JourneyService journeys;
    private final CurrentActor currentActor;

    CareApi(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    /**
     * Version 1 of the request to end care.
     *
     * @param date   the day the child ceased to be looked after (not in the future)
     * @param reason the reason episode ceased, a code from the DfE's REC list for that year (not X1)
     */
    record CeaseCareRequest(LocalDate date, String reason) {}

    @PostMapping("/end")
    @Operation(summary = "The child ceases to be looked after",
            description = "Ends the period of care, its placement and its legal status on the same day.")
    ResponseEntity<CommandApi.Result> cease(@PathVariable UUID childId, @RequestBody CeaseCareRequest request,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestParam(defaultValue = "record ceasing to be looked after")
                                            String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new CeaseCare(request.date(), request.reason()), purpose,
                Map.of("periodEndDate", "date", "reasonCeased", "reason"));
    }
}
