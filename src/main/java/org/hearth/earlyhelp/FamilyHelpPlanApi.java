package org.hearth.earlyhelp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
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
 * The family help plan over HTTP: the same commands as its pages. Every change may send the version read as
 * {@code If-Match} (a change to an older version is refused with 412); the answer's {@code ETag} is the new version.
 */
@RestController
@RequestMapping("/api/children/{childId}")
@Tag(name = "Family help plan", description = "Goals, actions, reviews and the lead practitioner of family help")
class FamilyHelpPlanApi {
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final org.hearth.sharing.Organisations organisations;
    static final String UNKNOWN_ORGANISATION = "Select the partner organisation that owns the action from the list, or "
            + "none if the council or the family does";

    FamilyHelpPlanApi(JourneyService journeys, CurrentActor currentActor, org.hearth.sharing.Organisations organisations) {
        this.organisations = organisations;
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    /** Version 1 of the request to start a plan: the day and the lead practitioner (any practitioner, any agency). */
    record FamilyHelpPlanRequest(LocalDate startDate, String leadName, String leadAgency, String leadContact) {}

    /** Version 1 of a goal: in words, up to 1,000 characters. */
    record FamilyHelpGoalRequest(String goal) {}

    /**
     * Version 1 of an action: the goal it is towards, what, who owns it and when it is due (not before the plan), and
     * the partner organisation that owns it (an id of the organisations; none for the council or the family).
     */
    record FamilyHelpActionRequest(UUID goalId, String action, String owner, LocalDate dueDate, String organisationId) {}

    /** Version 1 of an action done: the day. */
    record FamilyHelpDoneRequest(LocalDate date) {}

    /**
     * Version 1 of a review: the day, the progress towards every goal of the plan (goal id → ACHIEVED, GOOD_PROGRESS,
     * SOME_PROGRESS, NO_PROGRESS or WORSE), what was said, and the next review's date.
     */
    record FamilyHelpReviewRequest(LocalDate date, Map<UUID, String> progress, String summary, LocalDate nextReviewDate) {}

    @Schema(description = "A family help plan with its goals (each with its actions) and reviews")
    record FamilyHelpPlanView(UUID id, UUID episodeId, LocalDate started, LocalDate ended, String leadName, String leadAgency,
                    String leadContact, List<FamilyHelpGoalView> goals, List<FamilyHelpReviewView> reviews) {}

    record FamilyHelpGoalView(UUID id, LocalDate set, String goal, List<FamilyHelpActionView> actions) {}

    record FamilyHelpActionView(UUID id, String action, String owner, LocalDate due, boolean done, LocalDate doneOn,
                                String organisationId) {}

    record FamilyHelpProgressView(UUID goalId, String progress) {}

    record FamilyHelpReviewView(UUID id, LocalDate date, List<FamilyHelpProgressView> progress, String summary, LocalDate nextReview) {}

    record FamilyHelpPlans(long version, List<FamilyHelpPlanView> plans) {}

    @GetMapping("/family-help-plans")
    @Operation(summary = "The child's family help plans", description = "With the record's version as the ETag.")
    ResponseEntity<FamilyHelpPlans> plans(@PathVariable UUID childId,
                                @RequestParam(defaultValue = "read the family help plan") String purpose) {
        ChildJourney j = journeys.read(currentActor.get(), childId, EarlyHelpStage.PLANS.name(), purpose);
        List<FamilyHelpPlanView> plans = j.all(EarlyHelpStage.PLANS).stream().map(p -> new FamilyHelpPlanView(p.id(), p.episodeId(),
                p.planStartDate(), p.planEndDate(), p.leadName(), p.leadAgency(), p.leadContact(),
                EarlyHelp.goals(j, p.id()).stream().map(g -> new FamilyHelpGoalView(g.id(), g.goalSetDate(), g.goalText(),
                        EarlyHelp.actions(j, g.id()).stream().map(a -> new FamilyHelpActionView(a.id(), a.actionText(),
                                a.actionOwner(), a.actionDueDate(), a.done(), a.actionDoneDate(), a.organisationId())).toList())).toList(),
                EarlyHelp.reviews(j, p.id()).stream().map(r -> new FamilyHelpReviewView(r.id(), r.reviewDate(),
                        progress(r), r.reviewSummary(), r.nextReviewDate())).toList())).toList();
        return ResponseEntity.ok().eTag(CommandApi.etag(j.version())).body(new FamilyHelpPlans(j.version(), plans));
    }

    private static List<FamilyHelpProgressView> progress(FamilyHelpReview r) {
        return java.util.stream.IntStream.range(0, r.goalIds().size()).mapToObj(i -> new FamilyHelpProgressView(
                UUID.fromString(r.goalIds().get(i)), PlanProgress.label(r.goalProgress().get(i)))).toList();
    }

    @PostMapping("/family-help-plans")
    @Operation(summary = "Start a family help plan", description = "Needs open family help; one plan at a time.")
    ResponseEntity<CommandApi.Result> start(@PathVariable UUID childId, @RequestBody FamilyHelpPlanRequest request,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestParam(defaultValue = "start a family help plan") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new StartFamilyHelpPlan(request.startDate(), request.leadName(), request.leadAgency(),
                        request.leadContact()), purpose,
                Map.of("planStartDate", "startDate", "leadName", "leadName", "leadAgency", "leadAgency",
                        "leadContact", "leadContact"));
    }

    @PostMapping("/family-help-plans/{planId}/goals")
    @Operation(summary = "Add a goal to the open family help plan")
    ResponseEntity<CommandApi.Result> goal(@PathVariable UUID childId, @PathVariable UUID planId,
                                           @RequestBody FamilyHelpGoalRequest request,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @RequestParam(defaultValue = "add a family help goal") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new AddFamilyHelpGoal(planId, request.goal()), purpose, Map.of("goalText", "goal"));
    }

    @PostMapping("/family-help-plans/{planId}/actions")
    @Operation(summary = "Add an action towards a goal of the open family help plan")
    ResponseEntity<CommandApi.Result> action(@PathVariable UUID childId, @PathVariable UUID planId,
                                             @RequestBody FamilyHelpActionRequest request,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = "add a family help action") String purpose) {
        String organisation = EarlyHelp.clean(request.organisationId());
        if (organisation != null && organisations.find(organisation).isEmpty()) {
            throw new org.hearth.platform.web.HearthProblem(org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY,
                    "Check your answers", UNKNOWN_ORGANISATION, List.of(Map.<String, Object>of("pointer",
                    "/organisationId", "detail", UNKNOWN_ORGANISATION)));
        }
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new AddFamilyHelpAction(planId, request.goalId(), request.action(), request.owner(), request.dueDate(),
                        organisation),
                purpose, Map.of("goalId", "goalId", "actionText", "action", "actionOwner", "owner",
                        "actionDueDate", "dueDate"));
    }

    @PostMapping("/family-help-actions/{actionId}/done")
    @Operation(summary = "Mark a family help action as done", description = "Send If-Match: it changes the action.")
    ResponseEntity<CommandApi.Result> done(@PathVariable UUID childId, @PathVariable UUID actionId,
                                           @RequestBody FamilyHelpDoneRequest request,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @RequestParam(defaultValue = "mark a family help action done") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new MarkFamilyHelpActionDone(actionId, request.date()), purpose, Map.of("actionDoneDate", "date"));
    }

    @PostMapping("/family-help-plans/{planId}/reviews")
    @Operation(summary = "Record a review of the open family help plan")
    ResponseEntity<CommandApi.Result> review(@PathVariable UUID childId, @PathVariable UUID planId,
                                             @RequestBody FamilyHelpReviewRequest request,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = "review the family help plan") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new ReviewFamilyHelpPlan(planId, request.date(), request.progress(), request.summary(),
                        request.nextReviewDate()), purpose,
                Map.of("reviewDate", "date", "progress", "progress", "reviewSummary", "summary",
                        "nextReviewDate", "nextReviewDate"));
    }
}
