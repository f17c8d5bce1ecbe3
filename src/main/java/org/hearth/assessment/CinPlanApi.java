package org.hearth.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.earlyhelp.PlanProgress;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CommandApi;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.HearthProblem;
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
 * A child in need plan's substance over HTTP: outcomes, actions, review meetings and the follow-up a year after it
 * ends, through the same commands as its pages. Changes may send {@code If-Match} (an older version is refused).
 */
@RestController
@RequestMapping("/api/children/{childId}")
@Tag(name = "Child in need plan", description = "Outcomes, actions, reviews and the 12-month 'better off?' follow-up")
class CinPlanApi {
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final org.hearth.sharing.Organisations organisations;

    CinPlanApi(JourneyService journeys, CurrentActor currentActor, org.hearth.sharing.Organisations organisations) {
        this.organisations = organisations;
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    /** Version 1 of an outcome: what will be different for the child, up to 1,000 characters. */
    record CinPlanOutcomeRequest(String outcome) {}

    /**
     * Version 1 of an action: the outcome it is towards, who, what and by when (not before the plan started), and the
     * partner organisation that will do it (an id of the organisations; none for the council or the family).
     */
    record CinPlanActionRequest(UUID outcomeId, String who, String what, LocalDate byWhen, String organisationId) {}

    /** Version 1 of an action done: the day. */
    record CinPlanDoneRequest(LocalDate date) {}

    /**
     * Version 1 of a review meeting: the day, who attended, whether the child did, the progress towards every outcome
     * (outcome id → ACHIEVED, GOOD_PROGRESS, SOME_PROGRESS, NO_PROGRESS or WORSE), what was decided, the next review.
     */
    record CinPlanReviewRequest(LocalDate date, List<String> attendees, Boolean childAttended, Map<UUID, String> progress,
                         String summary, LocalDate nextReviewDate) {}

    /** Version 1 of the follow-up: the day and the answer (BETTER_OFF, SAME, WORSE_OFF, NOT_KNOWN) with its evidence. */
    record CinPlanFollowUpRequest(LocalDate date, String answer, String evidence) {}

    @Schema(description = "A child in need plan with its outcomes (each with its actions), reviews and follow-up")
    record CinPlanPlanView(UUID id, LocalDate started, LocalDate ended, List<CinPlanOutcomeView> outcomes, List<CinPlanReviewView> reviews,
                    LocalDate followUpDue, CinPlanFollowUpView followUp) {}

    record CinPlanOutcomeView(UUID id, LocalDate set, String outcome, List<CinPlanActionView> actions) {}

    record CinPlanActionView(UUID id, String who, String what, LocalDate byWhen, boolean done, LocalDate doneOn, String organisationId) {}

    record CinPlanProgressView(UUID outcomeId, String progress) {}

    record CinPlanReviewView(UUID id, LocalDate date, List<String> attendees, Boolean childAttended,
                      List<CinPlanProgressView> progress, String summary, LocalDate nextReview) {}

    record CinPlanFollowUpView(UUID id, LocalDate date, String answer, String answerLabel, String evidence) {}

    @GetMapping("/cin-plans/{planId}")
    @Operation(summary = "A child in need plan with its outcomes, actions, reviews and follow-up")
    ResponseEntity<CinPlanPlanView> plan(@PathVariable UUID childId, @PathVariable UUID planId,
                                  @RequestParam(defaultValue = "read the child in need plan") String purpose) {
        ChildJourney j = journeys.read(currentActor.get(), childId, AssessmentStage.OUTCOMES.name(), purpose);
        CinPlan p = j.find(AssessmentStage.CIN_PLANS, planId)
                .orElseThrow(() -> HearthProblem.notFound("The child in need plan"));
        CinPlanPlanView view = new CinPlanPlanView(p.id(), p.cinPlanStartDate(), p.cinPlanEndDate(),
                CinPlans.outcomes(j, p.id()).stream().map(o -> new CinPlanOutcomeView(o.id(), o.outcomeSetDate(), o.outcomeText(),
                        CinPlans.actions(j, o.id()).stream().map(a -> new CinPlanActionView(a.id(), a.actionWho(),
                                a.actionWhat(), a.actionByWhen(), a.done(), a.actionDoneDate(), a.organisationId())).toList())).toList(),
                CinPlans.reviews(j, p.id()).stream().map(r -> new CinPlanReviewView(r.id(), r.reviewDate(), r.attendees(),
                        r.childAttended(), java.util.stream.IntStream.range(0, r.outcomeIds().size())
                        .mapToObj(i -> new CinPlanProgressView(UUID.fromString(r.outcomeIds().get(i)),
                                PlanProgress.label(r.outcomeProgress().get(i)))).toList(),
                        r.reviewSummary(), r.nextReviewDate())).toList(),
                p.cinPlanEndDate() == null ? null : CinPlans.followUpDue(p),
                CinPlans.followUp(j, p.id()).map(f -> new CinPlanFollowUpView(f.id(), f.followUpDate(), f.followUpAnswer(),
                        f.answerLabel(), f.followUpEvidence())).orElse(null));
        return ResponseEntity.ok().eTag(CommandApi.etag(j.version())).body(view);
    }

    @PostMapping("/cin-plans/{planId}/outcomes")
    @Operation(summary = "Add an outcome to the open child in need plan")
    ResponseEntity<CommandApi.Result> outcome(@PathVariable UUID childId, @PathVariable UUID planId,
                                              @RequestBody CinPlanOutcomeRequest request,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @RequestParam(defaultValue = "add a child in need plan outcome") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch, new AddCinPlanOutcome(planId,
                request.outcome()), purpose, Map.of("outcomeText", "outcome"));
    }

    @PostMapping("/cin-plans/{planId}/actions")
    @Operation(summary = "Add an action towards an outcome of the open child in need plan")
    ResponseEntity<CommandApi.Result> action(@PathVariable UUID childId, @PathVariable UUID planId,
                                             @RequestBody CinPlanActionRequest request,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = "add a child in need plan action") String purpose) {
        String organisation = CinPlans.clean(request.organisationId());
        if (organisation != null && organisations.find(organisation).isEmpty()) {
            throw new org.hearth.platform.web.HearthProblem(org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY,
                    "Check your answers", CinPlanDetailPages.UNKNOWN_ORGANISATION, List.of(Map.<String, Object>of("pointer",
                    "/organisationId", "detail", CinPlanDetailPages.UNKNOWN_ORGANISATION)));
        }
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch, new AddCinPlanAction(planId,
                request.outcomeId(), request.who(), request.what(), request.byWhen(), organisation), purpose,
                Map.of("outcomeId", "outcomeId", "actionWho", "who", "actionWhat", "what", "actionByWhen", "byWhen"));
    }

    @PostMapping("/cin-plan-actions/{actionId}/done")
    @Operation(summary = "Mark a child in need plan action as done", description = "Send If-Match: it changes the action.")
    ResponseEntity<CommandApi.Result> done(@PathVariable UUID childId, @PathVariable UUID actionId,
                                           @RequestBody CinPlanDoneRequest request,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @RequestParam(defaultValue = "mark a child in need plan action done") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new MarkCinPlanActionDone(actionId, request.date()), purpose, Map.of("actionDoneDate", "date"));
    }

    @PostMapping("/cin-plans/{planId}/reviews")
    @Operation(summary = "Record a review meeting of the open child in need plan")
    ResponseEntity<CommandApi.Result> review(@PathVariable UUID childId, @PathVariable UUID planId,
                                             @RequestBody CinPlanReviewRequest request,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = "review the child in need plan") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch, new ReviewCinPlan(planId, request.date(),
                        request.attendees(), request.childAttended(), request.progress(), request.summary(),
                        request.nextReviewDate()), purpose,
                Map.of("reviewDate", "date", "attendees", "attendees", "childAttended", "childAttended",
                        "progress", "progress", "reviewSummary", "summary", "nextReviewDate", "nextReviewDate"));
    }

    @PostMapping("/cin-plans/{planId}/follow-up")
    @Operation(summary = "Record whether the child is better off a year after the child in need plan ended",
            description = "Only for an ended plan, once, from a year after it ended.")
    ResponseEntity<CommandApi.Result> followUp(@PathVariable UUID childId, @PathVariable UUID planId,
                                               @RequestBody CinPlanFollowUpRequest request,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @RequestParam(defaultValue = "record the child in need plan follow-up") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch, new RecordCinFollowUp(planId,
                request.date(), request.answer(), request.evidence()), purpose,
                Map.of("followUpDate", "date", "followUpAnswer", "answer", "followUpEvidence", "evidence"));
    }
}
