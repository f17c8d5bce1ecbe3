package org.hearth.leaving;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
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
 * The pathway plan over HTTP: the same commands as the personal adviser's page, and the young person's own comment and
 * ask for help (the young person's page calls these). A change to an existing record needs the version read as
 * {@code If-Match} (an older version is refused with 412); the answer's {@code ETag} is the new version.
 */
@RestController
@RequestMapping("/api/children/{childId}")
@Tag(name = "Pathway plan", description = "Care leavers to 25: the pathway plan, its reviews, the young person's "
        + "comments and asks for help")
class PathwayPlanApi {
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final SelfLink selfLink;

    PathwayPlanApi(JourneyService journeys, CurrentActor currentActor, SelfLink selfLink) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.selfLink = selfLink;
    }

    /** @param needsAssessment the summary of the needs assessment the plan rests on */
    record StartRequest(LocalDate date, String needsAssessment) {}

    /** An action to add: what, who owns it, when it is due (today or later). */
    record ActionRequest(String text, String owner, LocalDate due) {}

    /**
     * @param area              ACCOMMODATION, EET, HEALTH, FINANCE, RELATIONSHIPS, IDENTITY or PRACTICAL_SKILLS
     * @param goals             the goals for the area (replaces the last, with the words)
     * @param youngPersonsWords the young person's own words about the area
     * @param actions           actions to add to the area
     */
    record SectionRequest(String area, String goals, String youngPersonsWords, List<ActionRequest> actions) {}

    record ReviewRequest(LocalDate date, Boolean youngPersonTookPart, String summary, LocalDate nextReviewDate) {}

    /** @param type STAYING_PUT or STAYING_CLOSE; @param with the former foster carers, or the provider */
    record StayingRequest(String type, LocalDate from, LocalDate to, String with) {}

    /** @param area the area commented on, or null for the whole plan */
    record CommentRequest(String area, String text) {}

    /** @param about HOUSING, MONEY, WORK_OR_STUDY, HEALTH or OTHER */
    record HelpRequestBody(String about, String words) {}

    @GetMapping("/pathway-plan")
    @Operation(summary = "The young person's pathway plan",
            description = "Every area with its goals, actions and the young person's words; the reviews and when the "
                    + "next is due; the young person's comments; help asked for and waiting; a link to the local "
                    + "offer. `plan` is null when there is no open plan. The record's version is the ETag.")
    ResponseEntity<PathwayPlanView> plan(@PathVariable UUID childId,
                                         @RequestParam(defaultValue = "read the pathway plan") String purpose) {
        ChildJourney j = journeys.read(currentActor.get(), childId, LeavingCareStage.PATHWAY_PLANS.name(), purpose);
        return ResponseEntity.ok().eTag(CommandApi.etag(j.version())).body(PathwayPlanView.of(j, LocalDate.now()));
    }

    @PostMapping("/pathway-plan")
    @Operation(summary = "Start the young person's pathway plan",
            description = "For an eligible, relevant or former relevant young person (16 to 25); one open plan.")
    ResponseEntity<CommandApi.Result> start(@PathVariable UUID childId, @RequestBody StartRequest r,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestParam(defaultValue = "start the pathway plan") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new StartPathwayPlan(r.date(), r.needsAssessment()), purpose,
                Map.of("planStartDate", "date", "needsAssessment", "needsAssessment"));
    }

    @PostMapping("/pathway-plan/{planId}/sections")
    @Operation(summary = "Write an area of the pathway plan",
            description = "Goals and the young person's words replace the area's last (send If-Match); actions add.")
    ResponseEntity<CommandApi.Result> section(@PathVariable UUID childId, @PathVariable UUID planId,
                                              @RequestBody SectionRequest r,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @RequestParam(defaultValue = "update the pathway plan") String purpose) {
        List<UpdatePathwayPlanSection.NewAction> actions = r.actions() == null ? List.of() : r.actions().stream()
                .map(a -> a == null ? new UpdatePathwayPlanSection.NewAction(null, null, null)
                        : new UpdatePathwayPlanSection.NewAction(a.text(), a.owner(), a.due())).toList();
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new UpdatePathwayPlanSection(planId, r.area(), r.goals(), r.youngPersonsWords(), actions), purpose,
                Map.of("area", "area", "goals", "goals", "youngPersonsWords", "youngPersonsWords",
                        "actionText", "actions", "owner", "actions", "dueDate", "actions"));
    }

    @PostMapping("/pathway-plan/{planId}/reviews")
    @Operation(summary = "Record a review of the pathway plan",
            description = "Not in the future; the next review after this one and within six months.")
    ResponseEntity<CommandApi.Result> review(@PathVariable UUID childId, @PathVariable UUID planId,
                                             @RequestBody ReviewRequest r,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = "review the pathway plan") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new ReviewPathwayPlan(planId, r.date(), r.youngPersonTookPart(), r.summary(), r.nextReviewDate()),
                purpose, Map.of("reviewDate", "date", "youngPersonTookPart", "youngPersonTookPart",
                        "reviewSummary", "summary", "nextReviewDate", "nextReviewDate"));
    }

    @PostMapping("/pathway-plan/{planId}/staying")
    @Operation(summary = "Record a Staying Put or Staying Close arrangement on the plan",
            description = "Staying Put: with former foster carers, 18 to 21. Staying Close: 18 to 25. Send If-Match.")
    ResponseEntity<CommandApi.Result> staying(@PathVariable UUID childId, @PathVariable UUID planId,
                                              @RequestBody StayingRequest r,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @RequestParam(defaultValue = "update the pathway plan") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new RecordStayingArrangement(planId, r.type(), r.from(), r.to(), r.with()), purpose,
                Map.of("type", "type", "from", "from", "to", "to", "who", "with"));
    }

    @PostMapping("/pathway-plan/comments")
    @Operation(summary = "The young person comments on their own pathway plan",
            description = "Only by the young person, on their own plan: the record their sign-in is linked to.")
    ResponseEntity<CommandApi.Result> comment(@PathVariable UUID childId, @RequestBody CommentRequest r,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @RequestParam(defaultValue = "comment on my pathway plan") String purpose) {
        Actor actor = currentActor.get();
        return CommandApi.run(journeys, actor, childId, ifMatch,
                new CommentOnPathwayPlan(selfLink.of(actor).orElse(null), r.area(), r.text()), purpose,
                Map.of("area", "area", "text", "text"));
    }

    @PostMapping("/help-requests")
    @Operation(summary = "A care leaver asks for help (to their 25th birthday)",
            description = "Re-opens support without a new referral: the leaving care team manager sees it waiting "
                    + "until the personal adviser is in contact. By the young person, or their worker for them.")
    ResponseEntity<CommandApi.Result> help(@PathVariable UUID childId, @RequestBody HelpRequestBody r,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @RequestParam(defaultValue = "ask for help") String purpose) {
        Actor actor = currentActor.get();
        return CommandApi.run(journeys, actor, childId, ifMatch,
                new AskForHelp(selfLink.of(actor).orElse(null), r.about(), r.words()), purpose,
                Map.of("about", "about", "words", "words"));
    }
}
