package org.hearth.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.approval.Approval;
import org.hearth.approval.ApprovalType;
import org.hearth.approval.Approvals;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CommandApi;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assessments and child in need plans over HTTP, running the same commands as the pages. A worker starts an
 * assessment, saves it part by part and sends it to their team manager; no request here carries an authorisation:
 * an assessment is authorised only when a team manager approves it ({@code POST /api/approvals/{id}/approve}).
 */
@RestController
@Tag(name = "Assessments and child in need plans",
        description = "Child and family assessments (authorised only through a team manager's approval) and CIN plans")
class AssessmentApi {
    private static final Map<String, String> FIELDS = Map.of("assessmentStartDate", "startDate",
            "assessmentChildSeen", "childSeen", "assessmentChildViews", "childsNeedsAndViews",
            "assessmentParenting", "parentingCapacity", "assessmentFamily", "familyAndEnvironment",
            "assessmentFactors", "factors", "assessmentOutcomeNfa", "noFurtherAction",
            "assessmentAnalysis", "analysis", "assessmentHelpOffered", "helpOffered");

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Approvals approvals;

    AssessmentApi(JourneyService journeys, CurrentActor currentActor, Approvals approvals) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.approvals = approvals;
    }

    /**
     * Version 1 of what a worker writes in an assessment. Starting one needs {@code startDate}; saving a part reads
     * only that part's answers (needs: startDate, childSeen, childsNeedsAndViews; parenting: parentingCapacity;
     * family: familyAndEnvironment; factors: factors; outcome: analysis, noFurtherAction, helpOffered). There is no
     * authorisation here: that is the team manager's approval.
     *
     * @param factors         DfE assessment factor codes (1A–24A; 21 "no factors identified" stands alone)
     * @param noFurtherAction the outcome: true for no further action, false for further help or services
     * @param helpOffered     the help offered to the child and family, required whatever the outcome
     */
    record AssessmentRequest(LocalDate startDate, LocalDate childSeen, String childsNeedsAndViews,
                             String parentingCapacity, String familyAndEnvironment, List<String> factors,
                             Boolean noFurtherAction, String analysis, String helpOffered) {
        AssessmentAnswers answers() {
            return new AssessmentAnswers(startDate, childSeen, childsNeedsAndViews, parentingCapacity,
                    familyAndEnvironment, factors, noFurtherAction, analysis, helpOffered);
        }
    }

    /**
     * Version 1 of sending an assessment to the team manager.
     *
     * @param note anything the manager should know (optional)
     */
    record SubmitRequest(String note) {}

    /** Version 1 of the answer to sending: the approval request made, waiting for the team manager. */
    record Submitted(UUID requestId, String status, int version) {}

    /**
     * Version 1 of the request to start or end a child in need plan.
     *
     * @param date the day the plan started or ended (not in the future)
     */
    record CinPlanRequest(LocalDate date) {}

    @PostMapping("/api/children/{childId}/assessments")
    @Operation(summary = "Start an assessment",
            description = "Under the open referral (refused with none), with what has been written so far.")
    ResponseEntity<CommandApi.Result> start(@PathVariable UUID childId, @RequestBody AssessmentRequest request,
                                            @RequestParam(defaultValue = "start an assessment") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, null, new StartAssessment(request.answers()),
                purpose, FIELDS);
    }

    @PutMapping("/api/children/{childId}/assessments/{assessmentId}/parts/{part}")
    @Operation(summary = "Save a part of an assessment",
            description = "part is needs, parenting, family, factors or outcome. Refused while the assessment waits for "
                    + "the team manager, and once it is authorised. Send the record's version as If-Match.")
    ResponseEntity<CommandApi.Result> savePart(@PathVariable UUID childId, @PathVariable UUID assessmentId,
                                               @PathVariable String part, @RequestBody AssessmentRequest request,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @RequestParam(defaultValue = "record an assessment") String purpose) {
        AssessmentForm.Part which = AssessmentForm.Part.of(part);
        if (which == null) {
            throw HearthProblem.notFound("That part of the assessment ('" + part
                    + "'; the parts are needs, parenting, family, factors and outcome)");
        }
        Actor actor = currentActor.get();
        refuseWhileWaiting(actor, childId, assessmentId);
        return CommandApi.run(journeys, actor, childId, ifMatch,
                new SaveAssessmentParts(assessmentId, Set.of(which), request.answers()), purpose, FIELDS);
    }

    /** The whole-record replace the generic API had: an assessment is written part by part and never self-authorised. */
    @PutMapping("/api/children/{childId}/assessments/{assessmentId}")
    @Operation(summary = "Not allowed: an assessment is saved part by part",
            description = "Always refused. Save a part with PUT .../parts/{part}; a team manager authorises it by "
                    + "approving the request POST .../submit makes.")
    ResponseEntity<Void> replace(@PathVariable UUID childId, @PathVariable UUID assessmentId) {
        throw new HearthProblem(HttpStatus.METHOD_NOT_ALLOWED, "An assessment is not replaced whole",
                "Save an assessment part by part (PUT /api/children/{id}/assessments/{assessmentId}/parts/{part}); "
                        + "only a team manager authorises it, by approving the request sent with POST .../submit");
    }

    @PostMapping("/api/children/{childId}/assessments/{assessmentId}/submit")
    @Operation(summary = "Send an assessment to the team manager",
            description = "Refused until every part is complete, help offered included whatever the outcome. Makes an "
                    + "approval request; approving it authorises the assessment.")
    ResponseEntity<Submitted> submit(@PathVariable UUID childId, @PathVariable UUID assessmentId,
                                     @RequestBody(required = false) SubmitRequest request) {
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "assessments", "send an assessment for authorisation");
        var refusals = new SubmitAssessment(assessmentId).refusals(j);
        if (!refusals.isEmpty()) {
            throw new RuleViolations(refusals, v -> v.field() == null || !FIELDS.containsKey(v.field()) ? ""
                    : "/" + FIELDS.get(v.field()));
        }
        Approval asked = approvals.request(actor, childId, ApprovalType.ASSESSMENT_AUTHORISATION, assessmentId,
                request == null ? null : request.note());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(CommandApi.etag(asked.version()))
                .body(new Submitted(asked.id(), asked.status().name(), asked.version()));
    }

    @PostMapping("/api/children/{childId}/cin-plans")
    @Operation(summary = "Start a child in need plan",
            description = "Under the open referral; refused with none, while a CIN plan is open (4004) and while a child "
                    + "protection plan is open (4001).")
    ResponseEntity<CommandApi.Result> startPlan(@PathVariable UUID childId, @RequestBody CinPlanRequest request,
                                                @RequestParam(defaultValue = "start a child in need plan") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, null, new StartCinPlan(request.date()), purpose,
                Map.of("cinPlanStartDate", "date"));
    }

    @PostMapping("/api/children/{childId}/cin-plans/{planId}/end")
    @Operation(summary = "End a child in need plan")
    ResponseEntity<CommandApi.Result> endPlan(@PathVariable UUID childId, @PathVariable UUID planId,
                                              @RequestBody CinPlanRequest request,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @RequestParam(defaultValue = "end a child in need plan") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch, new EndCinPlan(planId, request.date()),
                purpose, Map.of("cinPlanEndDate", "date"));
    }

    private void refuseWhileWaiting(Actor actor, UUID childId, UUID assessmentId) {
        boolean waiting = approvals.forChild(actor, childId).stream()
                .anyMatch(a -> a.subjectId().equals(assessmentId) && a.pending());
        if (waiting) {
            throw new HearthProblem(HttpStatus.CONFLICT, "The assessment is waiting for a decision",
                    "This assessment is with the team manager for authorisation; it can be changed again if they return it");
        }
    }
}
