package org.hearth.permanence;

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
 * Permanence over HTTP, one step at a time: the decision on the plan, the match with adopters, the placement for
 * adoption, the reversal of a decision and the order that makes the plan permanent. Each runs its command.
 */
@RestController
@RequestMapping("/api/children/{childId}/permanence")
@Tag(name = "Permanence", description = "Permanence decisions, adoption steps and permanence orders")
class PermanenceApi {
    private static final String PURPOSE = "record a permanence step";

    private final JourneyService journeys;
    private final CurrentActor currentActor;

    PermanenceApi(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    /**
     * Version 1 of the request to record a permanence decision.
     *
     * @param plan the plan: ADOPTION, SGO, RETURN_HOME, CHILD_ARRANGEMENTS or LONG_TERM_FOSTERING
     * @param date the day of the decision (for adoption, the agency decision maker's); the child looked after then
     */
    record DecisionRequest(String plan, LocalDate date) {}

    /**
     * Version 1 of the request to record a match with adopters.
     *
     * @param date                 the day of the match (not before the decision)
     * @param adoptedByFosterCarer 1 when the adopters are the child's foster carers, else 0 (FOSTER_CARE)
     * @param numberOfAdopters     1 or 2
     * @param adoptersSex          the adopters' sex, a SEX_ADOPTR code (M1, F1, MM, FF, MF)
     * @param adoptersLegalStatus  the adopters' legal status, an LS_ADOPTR code (L0, L11, L12, L2, L3, L4)
     */
    record MatchRequest(LocalDate date, String adoptedByFosterCarer, String numberOfAdopters, String adoptersSex,
                        String adoptersLegalStatus) {}

    /**
     * Version 1 of a dated step.
     *
     * @param date the day it happened (not in the future)
     */
    record DateRequest(LocalDate date) {}

    /**
     * Version 1 of the request to reverse a permanence decision.
     *
     * @param date   the day the decision was reversed
     * @param reason for an adoption plan, why the child is no longer to be placed for adoption (RD1–RD4)
     */
    record ReversalRequest(LocalDate date, String reason) {}

    /**
     * Version 1 of the request to record a permanence order.
     *
     * @param planId the plan the order completes; none for an SGO or child arrangements order with no earlier plan
     * @param date   the day the court made the order
     * @param order  ADOPTION, SGO or CHILD_ARRANGEMENTS
     */
    record OrderRequest(UUID planId, LocalDate date, String order) {}

    @PostMapping
    @Operation(summary = "A permanence plan is decided", description = "Starts a permanence plan for a looked-after "
            + "child; refused while another plan is in progress.")
    ResponseEntity<CommandApi.Result> decide(@PathVariable UUID childId, @RequestBody DecisionRequest request,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = PURPOSE) String purpose) {
        return run(childId, ifMatch, purpose, new DecidePermanence(request.plan(), request.date()),
                Map.of("permanencePlan", "plan", "admDecisionDate", "date", "startDate", "date"));
    }

    @PostMapping("/{planId}/match")
    @Operation(summary = "The child is matched with adopters")
    ResponseEntity<CommandApi.Result> match(@PathVariable UUID childId, @PathVariable UUID planId,
                                            @RequestBody MatchRequest request,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestParam(defaultValue = PURPOSE) String purpose) {
        return run(childId, ifMatch, purpose, new MatchForAdoption(planId, request.date(),
                        request.adoptedByFosterCarer(), request.numberOfAdopters(), request.adoptersSex(),
                        request.adoptersLegalStatus()),
                Map.of("matchedDate", "date", "adoptedByCarerFlag", "adoptedByFosterCarer",
                        "numberOfAdopters", "numberOfAdopters", "adopterSex", "adoptersSex",
                        "adopterLegalStatus", "adoptersLegalStatus"));
    }

    @PostMapping("/{planId}/placed-for-adoption")
    @Operation(summary = "The matched child is placed with the adopters")
    ResponseEntity<CommandApi.Result> placed(@PathVariable UUID childId, @PathVariable UUID planId,
                                             @RequestBody DateRequest request,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = PURPOSE) String purpose) {
        return run(childId, ifMatch, purpose, new PlaceForAdoption(planId, request.date()),
                Map.of("placedForAdoptionDate", "date"));
    }

    @PostMapping("/{planId}/reversal")
    @Operation(summary = "A permanence decision is reversed")
    ResponseEntity<CommandApi.Result> reverse(@PathVariable UUID childId, @PathVariable UUID planId,
                                              @RequestBody ReversalRequest request,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @RequestParam(defaultValue = PURPOSE) String purpose) {
        return run(childId, ifMatch, purpose, new ReversePermanenceDecision(planId, request.date(), request.reason()),
                Map.of("decisionReversedDate", "date", "endDate", "date", "decisionReversedReason", "reason"));
    }

    @PostMapping("/orders")
    @Operation(summary = "A court makes a permanence order",
            description = "An adoption order completes an adoption plan; an SGO or child arrangements order may "
                    + "complete a plan or stand alone.")
    ResponseEntity<CommandApi.Result> order(@PathVariable UUID childId, @RequestBody OrderRequest request,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestParam(defaultValue = PURPOSE) String purpose) {
        return run(childId, ifMatch, purpose, new GrantPermanenceOrder(request.planId(), request.date(),
                        request.order()),
                Map.of("permanenceOrderDate", "date", "endDate", "date", "permanenceOrderType", "order",
                        "placedForAdoptionDate", "planId"));
    }

    private ResponseEntity<CommandApi.Result> run(UUID childId, String ifMatch, String purpose, JourneyCommand command,
                                                  Map<String, String> requestFields) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch, command, purpose, requestFields);
    }
}
