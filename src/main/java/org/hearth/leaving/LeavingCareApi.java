package org.hearth.leaving;

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

/** Leaving care over HTTP: the same command as the personal adviser's page. */
@RestController
@RequestMapping("/api/children/{childId}/care-leaver-contacts")
@Tag(name = "Leaving care", description = "Contacts with care leavers to 25")
class LeavingCareApi {
    private final JourneyService journeys;
    private final CurrentActor currentActor;

    LeavingCareApi(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    /**
     * Version 1 of the request to record a contact with a care leaver.
     *
     * @param date          the day of the contact (today or before)
     * @param inTouch       whether the LA is in touch, a code of the DfE's IN_TOUCH list (YES, NO, REFU, RHOM…)
     * @param activity      when in touch, the main activity (ACTIV, e.g. F2)
     * @param accommodation when in touch, the accommodation and whether it is suitable (ACCOM, e.g. U1)
     */
    record ContactRequest(LocalDate date, String inTouch, String activity, String accommodation) {}

    @PostMapping
    @Operation(summary = "Record a contact with a care leaver",
            description = "By the personal adviser or social worker; the young person has left care and is 16 to 25.")
    ResponseEntity<CommandApi.Result> record(@PathVariable UUID childId, @RequestBody ContactRequest request,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = "record a care leaver contact") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new RecordCareLeaverContact(request.date(), request.inTouch(), request.activity(),
                        request.accommodation()), purpose,
                Map.of("careLeaverLatestContact", "date", "careLeaverInTouch", "inTouch", "careLeaverActivity",
                        "activity", "careLeaverAccommodation", "accommodation"));
    }
}
