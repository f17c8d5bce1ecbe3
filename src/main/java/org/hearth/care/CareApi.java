package org.hearth.care;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.journey.CommandApi;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The looked-after stage's tasks over HTTP: each runs the same command as its web form, so the API keeps every rule
 * the forms keep. Errors point at the request's own fields.
 */
@RestController
@RequestMapping("/api/children/{childId}")
@Tag(name = "Looked after", description = "Becoming looked after, placements, legal status, missing episodes, "
        + "looked-after reviews and ceasing care")
class CareApi {
    /** The request field each placement field of the record is given in. */
    private static final Map<String, String> PLACEMENT_FIELDS = Map.of("claPlacementType", "placement/type",
            "claPlacementProvider", "placement/provider", "claPlacementPostcode", "placement/postcode",
            "claPlacementUrn", "placement/ofstedUrn");

    private final JourneyService journeys;
    private final CurrentActor currentActor;

    CareApi(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    /**
     * Version 1 of a placement the child starts.
     *
     * @param type      the type of placement, a code from the DfE's PLACE list for the day it starts (e.g. U1)
     * @param provider  who provides it, PR0–PR5
     * @param postcode  the placement's postcode
     * @param ofstedUrn the provision's Ofsted URN, when it has one (6 or 7 digits, or SC and 6 digits)
     */
    record PlacementRequest(String type, String provider, String postcode, String ofstedUrn) {
        NewPlacement placement() {
            return new NewPlacement(type, provider, postcode, ofstedUrn);
        }
    }

    /**
     * Version 1 of the request to record a child becoming looked after.
     *
     * @param date           the day the child became looked after (not in the future)
     * @param legalStatus    the legal status from that day, a code from the DfE's LS list (e.g. C2)
     * @param categoryOfNeed the category of need, a code from the DfE's CIN list (N1–N8)
     * @param placement      the placement from that day
     */
    record BecomeLookedAfterRequest(LocalDate date, String legalStatus, String categoryOfNeed,
                                    PlacementRequest placement) {}

    /**
     * Version 1 of the request to record a change of placement.
     *
     * @param date      the day of the move: the current placement ends and the next starts (not in the future)
     * @param reason    the reason for the change, a code from the DfE's REASON_PLACE_CHANGE list (e.g. CARPL)
     * @param placement the placement the child moves to
     */
    record ChangePlacementRequest(LocalDate date, String reason, PlacementRequest placement) {}

    /**
     * Version 1 of the request to record a change of legal status.
     *
     * @param date        the day the current legal status ends and the new one starts (not in the future)
     * @param legalStatus the new legal status, a code from the DfE's LS list, different from the current one
     */
    record ChangeLegalStatusRequest(LocalDate date, String legalStatus) {}

    /**
     * Version 1 of the request to end care.
     *
     * @param date   the day the child ceased to be looked after (not in the future)
     * @param reason the reason episode ceased, a code from the DfE's REC list for that year (not X1)
     */
    record CeaseCareRequest(LocalDate date, String reason) {}

    /**
     * Version 1 of the request to record a missing or away episode.
     *
     * @param startDate                 the day the child went missing or away (not in the future)
     * @param type                      M (missing) or A (away from placement without authorisation: looked after only)
     * @param returnDate                the day the child returned, when they are back
     * @param returnInterviewOffered    whether a return home interview was offered (asked once the child is back)
     * @param returnInterviewAccepted   whether the child accepted it (asked when it was offered)
     */
    record MissingRequest(LocalDate startDate, String type, LocalDate returnDate, Boolean returnInterviewOffered,
                          Boolean returnInterviewAccepted) {}

    /**
     * Version 1 of the request to record a child's return from a missing or away episode.
     *
     * @param date                    the day the child returned (not in the future, not before they went)
     * @param returnInterviewOffered  whether a return home interview was offered
     * @param returnInterviewAccepted whether the child accepted it (asked when it was offered)
     */
    record ReturnRequest(LocalDate date, Boolean returnInterviewOffered, Boolean returnInterviewAccepted) {}

    /**
     * Version 1 of the request to record a looked-after review (by the child's IRO).
     *
     * @param date          the day of the review (not in the future; while the child is looked after)
     * @param participation how the child took part, a code from the DfE's PARTICIPATION list (PN0–PN7)
     * @param childsViews   the child's views in their own words (not needed for PN0 or PN7)
     * @param decisions     what the review decided
     */
    record CareReviewRequest(LocalDate date, String participation, String childsViews, String decisions) {}

    /**
     * Version 1 of the request to record a step that stops a statutory clock, or a long-term placement.
     *
     * @param type          CARE_PLAN, PLACEMENT_PLAN, HEALTH_ASSESSMENT, PEP, RETURN_INTERVIEW, PATHWAY_PLAN_REVIEW or
     *                      LONG_TERM_PLACEMENT
     * @param date          when it was done (not in the future)
     * @param subjectId     the placement (placement plan, long-term placement) or missing episode (return interview)
     * @param childAgreed   long-term placement: whether the child agreed to visits every three months
     * @param iroConsulted  long-term placement: whether the child's IRO was consulted (must be yes)
     */
    record CareStepRequest(String type, LocalDate date, UUID subjectId, Boolean childAgreed, Boolean iroConsulted) {}

    @PostMapping("/care-steps")
    @Operation(summary = "A care plan, placement plan, health assessment, PEP, return interview or pathway plan review "
            + "was done, or the placement is confirmed as long-term",
            description = "Stops (or, for a long-term placement, changes) the statutory clock it belongs to.")
    ResponseEntity<CommandApi.Result> careStep(@PathVariable UUID childId, @RequestBody CareStepRequest request,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @RequestParam(defaultValue = "record a care plan, health or education step")
                                               String purpose) {
        return run(childId, ifMatch, purpose, new RecordCareMilestone(request.type(), request.date(),
                request.subjectId(), request.childAgreed(), request.iroConsulted()),
                Map.of("milestoneType", "type", "milestoneDate", "date", "subjectId", "subjectId",
                        "childAgreed", "childAgreed", "iroConsulted", "iroConsulted"));
    }

    @PostMapping("/care")
    @Operation(summary = "The child becomes looked after",
            description = "Starts a period of care, its legal status and its placement on the same day. Refused for a "
                    + "child who cannot be looked after (unborn, or 18 or over), in the future, or while already "
                    + "looked after.")
    ResponseEntity<CommandApi.Result> become(@PathVariable UUID childId, @RequestBody BecomeLookedAfterRequest request,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = "record becoming looked after")
                                             String purpose) {
        return run(childId, ifMatch, purpose, new BecomeLookedAfter(request.date(), request.legalStatus(),
                request.categoryOfNeed(), request.placement() == null ? null : request.placement().placement()),
                with(PLACEMENT_FIELDS, Map.of("periodStartDate", "date", "startDate", "date",
                        "legalStatus", "legalStatus", "cinCode", "categoryOfNeed")));
    }

    @PostMapping("/care/placements")
    @Operation(summary = "The child moves to another placement",
            description = "Ends the current placement with the reason for the change and starts the next on the same "
                    + "day.")
    ResponseEntity<CommandApi.Result> move(@PathVariable UUID childId, @RequestBody ChangePlacementRequest request,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @RequestParam(defaultValue = "record a change of placement")
                                           String purpose) {
        return run(childId, ifMatch, purpose, new ChangePlacement(request.date(), request.reason(),
                        request.placement() == null ? null : request.placement().placement()),
                with(PLACEMENT_FIELDS, Map.of("claPlacementEndDate", "date", "startDate", "date",
                        "claPlacementChangeReason", "reason")));
    }

    /**
     * Version 1 of the request to put right where a placement was.
     *
     * @param postcode  the placement's postcode
     * @param ofstedUrn the provision's Ofsted URN, when it has one (kept as recorded when not given)
     */
    record PlacementDetailsRequest(String postcode, String ofstedUrn) {}

    @PostMapping("/care/placements/{placementId}/details")
    @Operation(summary = "A placement's postcode or Ofsted URN is put right",
            description = "Corrects where the placement was; its dates, type and provider stay as recorded.")
    ResponseEntity<CommandApi.Result> correct(@PathVariable UUID childId, @PathVariable UUID placementId,
                                              @RequestBody PlacementDetailsRequest request,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @RequestParam(defaultValue = "correct a placement's details")
                                              String purpose) {
        return run(childId, ifMatch, purpose, new CorrectPlacementDetails(placementId, request.postcode(),
                request.ofstedUrn()), Map.of("claPlacementPostcode", "postcode", "claPlacementUrn", "ofstedUrn"));
    }

    @PostMapping("/care/legal-statuses")
    @Operation(summary = "The child's legal status changes",
            description = "Ends the current legal status and starts the new one on the same day.")
    ResponseEntity<CommandApi.Result> legalStatus(@PathVariable UUID childId,
                                                  @RequestBody ChangeLegalStatusRequest request,
                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                  @RequestParam(defaultValue = "record a change of legal status")
                                                  String purpose) {
        return run(childId, ifMatch, purpose, new ChangeLegalStatus(request.date(), request.legalStatus()),
                Map.of("legalStatusEndDate", "date", "startDate", "date", "legalStatus", "legalStatus"));
    }

    @PostMapping("/care/end")
    @Operation(summary = "The child ceases to be looked after",
            description = "Ends the period of care, its placement and its legal status on the same day.")
    ResponseEntity<CommandApi.Result> cease(@PathVariable UUID childId, @RequestBody CeaseCareRequest request,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestParam(defaultValue = "record ceasing to be looked after")
                                            String purpose) {
        return run(childId, ifMatch, purpose, new CeaseCare(request.date(), request.reason()),
                Map.of("periodEndDate", "date", "reasonCeased", "reason"));
    }

    @PostMapping("/missing")
    @Operation(summary = "The child is missing or away from placement",
            description = "Records the episode and, when the child is already back, the return and the return home "
                    + "interview. Refused for an unborn child and in the future.")
    ResponseEntity<CommandApi.Result> missing(@PathVariable UUID childId, @RequestBody MissingRequest request,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @RequestParam(defaultValue = "record a missing or away episode")
                                              String purpose) {
        return run(childId, ifMatch, purpose, RecordMissingEpisode.of(request.startDate(), request.type(),
                        request.returnDate(), request.returnInterviewOffered(), request.returnInterviewAccepted()),
                Map.of("missingEpisodeStartDate", "startDate", "startDate", "startDate", "missingEpisodeType", "type",
                        "missingEpisodeEndDate", "returnDate", "endDate", "returnDate",
                        "missingRhiOffered", "returnInterviewOffered", "missingRhiAccepted", "returnInterviewAccepted"));
    }

    @PostMapping("/missing/{episodeId}/return")
    @Operation(summary = "The child is back from a missing or away episode",
            description = "Records the day the child returned and the return home interview on the episode.")
    ResponseEntity<CommandApi.Result> returned(@PathVariable UUID childId, @PathVariable UUID episodeId,
                                               @RequestBody ReturnRequest request,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @RequestParam(defaultValue = "record a missing or away episode")
                                               String purpose) {
        return run(childId, ifMatch, purpose, new RecordReturn(episodeId, request.date(),
                        request.returnInterviewOffered(), request.returnInterviewAccepted()),
                Map.of("missingEpisodeEndDate", "date", "endDate", "date", "missingRhiOffered",
                        "returnInterviewOffered", "missingRhiAccepted", "returnInterviewAccepted"));
    }

    @PostMapping("/care-reviews")
    @Operation(summary = "The child's IRO records a looked-after review",
            description = "The date, how the child took part, the child's views and what the review decided.")
    ResponseEntity<CommandApi.Result> review(@PathVariable UUID childId, @RequestBody CareReviewRequest request,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = "record a looked-after review")
                                             String purpose) {
        return run(childId, ifMatch, purpose, new RecordCareReview(request.date(), request.participation(),
                        request.childsViews(), request.decisions()),
                Map.of("claReviewDate", "date", "startDate", "date", "claReviewParticipation", "participation",
                        "claReviewChildViews", "childsViews", "claReviewDecisions", "decisions"));
    }

    private ResponseEntity<CommandApi.Result> run(UUID childId, String ifMatch, String purpose, JourneyCommand command,
                                                  Map<String, String> requestFields) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch, command, purpose, requestFields);
    }

    private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
        Map<String, String> out = new java.util.HashMap<>(a);
        out.putAll(b);
        return out;
    }
}
