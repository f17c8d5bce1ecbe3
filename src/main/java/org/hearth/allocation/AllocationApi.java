package org.hearth.allocation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.journey.CommandApi;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who works with the child, over HTTP: each task runs the same command as the team manager's pages. Only a team
 * manager allocates, within their team, a Hearth user of the role allocated.
 */
@RestController
@RequestMapping("/api/children/{childId}/allocations")
@Tag(name = "Allocations", description = "The child's social worker, IRO, personal adviser and family help worker")
class AllocationApi {
    private static final Map<String, String> FIELDS = Map.of("professionalId", "worker", "professionalRoleId", "role",
            "involvementStartDate", "date", "involvementEndDate", "date", "workerChangeReason", "reason");

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Staff staff;

    AllocationApi(JourneyService journeys, CurrentActor currentActor, Staff staff) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.staff = staff;
    }

    /**
     * Version 1 of the request to allocate a worker.
     *
     * @param worker the Hearth username of the worker allocated
     * @param date   the day the allocation starts (not in the future); the worker in that role now ends that day
     * @param reason for a social worker, the DfE's reason for the change (SW_REASON, e.g. LEFTRL) when the child
     *               had one; otherwise optional words
     */
    record AllocationRequest(String worker, LocalDate date, String reason) {}

    /**
     * Version 1 of the request to allocate a personal adviser or family help worker.
     *
     * @param role   PA (personal adviser) or EHW (family help worker), in capitals
     * @param worker the Hearth username of the worker
     * @param date   the day the allocation starts (not in the future)
     * @param reason optional words
     */
    record WorkerRequest(String role, String worker, LocalDate date, String reason) {}

    /**
     * Version 1 of the request to end an allocation.
     *
     * @param date the day the allocation ended (not in the future)
     */
    record EndRequest(LocalDate date) {}

    @PostMapping("/social-worker")
    @Operation(summary = "Change the child's social worker",
            description = "The allocated worker's team manager allocates a social worker from their team; the current "
                    + "social worker's allocation ends the same day.")
    ResponseEntity<CommandApi.Result> changeSocialWorker(
            @PathVariable UUID childId, @RequestBody AllocationRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestParam(defaultValue = "change the child's social worker") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new ChangeSocialWorker(request.worker(), request.date(), request.reason(), staff), purpose, FIELDS);
    }

    @PostMapping("/iro")
    @Operation(summary = "Allocate the child's IRO",
            description = "The team manager of the child's social worker (or of the IRO's team) allocates an independent "
                    + "reviewing officer; the previous IRO's allocation ends the same day.")
    ResponseEntity<CommandApi.Result> allocateIro(
            @PathVariable UUID childId, @RequestBody AllocationRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestParam(defaultValue = "allocate the child's IRO") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new AllocateIro(request.worker(), request.date(), request.reason(), staff), purpose, FIELDS);
    }

    @PostMapping
    @Operation(summary = "Allocate a personal adviser or family help worker",
            description = "A team manager allocates a worker of their team in role PA or EHW.")
    ResponseEntity<CommandApi.Result> allocateWorker(
            @PathVariable UUID childId, @RequestBody WorkerRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestParam(defaultValue = "allocate a worker") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new AllocateWorker(request.role(), request.worker(), request.date(), request.reason(), staff), purpose,
                FIELDS);
    }

    @PostMapping("/{allocationId}/end")
    @Operation(summary = "End a worker's allocation",
            description = "A team manager ends an IRO's, personal adviser's or family help worker's allocation. A "
                    + "social worker is changed, not ended.")
    ResponseEntity<CommandApi.Result> end(
            @PathVariable UUID childId, @PathVariable UUID allocationId, @RequestBody EndRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestParam(defaultValue = "end an allocation") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new EndAllocation(allocationId, request.date(), staff), purpose, FIELDS);
    }

    /** An allocation is never rewritten: it is ended, or the worker changed, by the tasks above. */
    @PutMapping("/{allocationId}")
    ResponseEntity<CommandApi.Result> replace(@PathVariable UUID childId, @PathVariable UUID allocationId) {
        throw new HearthProblem(HttpStatus.METHOD_NOT_ALLOWED, "An allocation is not rewritten",
                "Change the social worker (POST .../allocations/social-worker), allocate an IRO "
                        + "(POST .../allocations/iro) or end the allocation (POST .../allocations/{id}/end)");
    }
}
