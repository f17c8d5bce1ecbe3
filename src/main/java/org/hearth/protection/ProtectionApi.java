package org.hearth.protection;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
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
 * The child protection stage's tasks over HTTP: each runs the same command as its web form, so a plan ends only at a
 * review conference, with a reason, whichever front end asks.
 */
@RestController
@RequestMapping("/api/children/{childId}")
@Tag(name = "Child protection", description = "Strategy discussions, section 47 enquiries, conferences and plans")
class ProtectionApi {
    private final JourneyService journeys;
    private final CurrentActor currentActor;

    ProtectionApi(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    /**
     * Version 1 of a strategy discussion.
     *
     * @param date     the day it was held (not in the future, not before the open referral)
     * @param agencies who took part: POLICE, HEALTH, SCHOOL, OTHER
     * @param outcome  S47 (a section 47 enquiry starts that day), CIN or NFA
     */
    record StrategyDiscussionRequest(LocalDate date, List<String> agencies, String outcome) {}

    /**
     * Version 1 of a section 47 enquiry's outcome.
     *
     * @param endDate            the day the enquiry ended (not in the future)
     * @param conferenceRequired whether an initial child protection conference is needed
     */
    record EnquiryOutcomeRequest(LocalDate endDate, Boolean conferenceRequired) {}

    /**
     * Version 1 of an initial child protection conference.
     *
     * @param enquiryId   the section 47 enquiry it follows (omit for the latest awaiting a conference)
     * @param date        the day it was held (a weekday, not in the future)
     * @param planDecided whether it decided on a child protection plan, which starts that day
     * @param category    the plan's category of abuse: NEG, PHY, SAB, EMO or MUL (needed when a plan is decided)
     */
    record InitialConferenceRequest(UUID enquiryId, LocalDate date, Boolean planDecided, String category) {}

    /**
     * Version 1 of a review conference at which the plan continues.
     *
     * @param date       the day it was held (after the plan started, not in the future)
     * @param childViews the child's views in their own words, or how they were sought (needed from age 4)
     * @param category   the plan's category of abuse from now on, when the review changed it
     */
    record ReviewRequest(LocalDate date, String childViews, String category) {}

    /**
     * Version 1 of the review conference that ends a plan.
     *
     * @param reviewDate the day the review conference was held; the plan ends that day
     * @param reason     why it ends: NO_LONGER_AT_RISK, LOOKED_AFTER, MOVED_LA, LEFT_UK, AGED_18 or DIED
     * @param childViews the child's views in their own words, or how they were sought (needed from age 4)
     */
    record EndPlanRequest(LocalDate reviewDate, String reason, String childViews) {}

    @PostMapping("/strategy-discussions")
    @Operation(summary = "Record a strategy discussion",
            description = "For the child's open referral; an outcome of S47 starts a section 47 enquiry the same day.")
    ResponseEntity<CommandApi.Result> strategyDiscussion(@PathVariable UUID childId,
                                                         @RequestBody StrategyDiscussionRequest request,
                                                         @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                         @RequestParam(defaultValue = "record a strategy discussion")
                                                         String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new RecordStrategyDiscussion(request.date(), request.agencies(), request.outcome()), purpose,
                Map.of("discussionDate", "date", "s47StartDate", "date", "agencies", "agencies", "outcome", "outcome"));
    }

    @PostMapping("/s47-enquiries/{enquiryId}/outcome")
    @Operation(summary = "Record the outcome of a section 47 enquiry",
            description = "The day it ended and whether an initial child protection conference is needed.")
    ResponseEntity<CommandApi.Result> enquiryOutcome(@PathVariable UUID childId, @PathVariable UUID enquiryId,
                                                     @RequestBody EnquiryOutcomeRequest request,
                                                     @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                     @RequestParam(defaultValue = "record the outcome of a section 47 enquiry")
                                                     String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new RecordS47Outcome(enquiryId, request.endDate(), request.conferenceRequired()), purpose,
                Map.of("s47EndDate", "endDate", "endDate", "endDate", "icpcRequired", "conferenceRequired"));
    }

    @PostMapping("/initial-conferences")
    @Operation(summary = "Record an initial child protection conference",
            description = "With the child protection plan it decides, which starts the same day.")
    ResponseEntity<CommandApi.Result> initialConference(@PathVariable UUID childId,
                                                        @RequestBody InitialConferenceRequest request,
                                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                        @RequestParam(defaultValue = "record an initial conference")
                                                        String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new RecordInitialConference(request.enquiryId(), request.date(), request.planDecided(),
                        request.category()), purpose,
                Map.of("icpcDate", "date", "cpPlanStartDate", "date", "icpcOutcomeCpFlag", "planDecided",
                        "cpPlanInitialCategory", "category", "cpPlanLatestCategory", "category",
                        "s47EnquiryId", "enquiryId"));
    }

    @PostMapping("/cp-plans/{planId}/reviews")
    @Operation(summary = "Record a review conference at which the child protection plan continues",
            description = "The review may change the plan's category of abuse. A plan ends only through /end.")
    ResponseEntity<CommandApi.Result> review(@PathVariable UUID childId, @PathVariable UUID planId,
                                             @RequestBody ReviewRequest request,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = "record a child protection review")
                                             String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new ReviewCpPlan(planId, request.date(), request.childViews(), request.category()), purpose,
                Map.of("cpReviewDate", "date", "cpReviewChildViews", "childViews", "cpPlanLatestCategory", "category"));
    }

    @PostMapping("/cp-plans/{planId}/end")
    @Operation(summary = "End a child protection plan at a review conference",
            description = "Records the review conference that decided the plan ends, with the reason, and ends the "
                    + "plan on that day. Needs the record's version (If-Match).")
    ResponseEntity<CommandApi.Result> end(@PathVariable UUID childId, @PathVariable UUID planId,
                                          @RequestBody EndPlanRequest request,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @RequestParam(defaultValue = "end a child protection plan at a review")
                                          String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new EndCpPlan(planId, request.reviewDate(), request.reason(), request.childViews()), purpose,
                Map.of("cpReviewDate", "reviewDate", "cpPlanEndDate", "reviewDate", "cpReviewPlanEndReason", "reason",
                        "cpReviewChildViews", "childViews"));
    }

    /** A plan is not replaced wholesale: it changes only at a conference (the former bypass answers in words). */
    @Hidden
    @PutMapping("/cp-plans/{planId}")
    void replacePlan(@PathVariable UUID childId, @PathVariable UUID planId) {
        throw new HearthProblem(HttpStatus.METHOD_NOT_ALLOWED, "A child protection plan is not changed directly",
                "A child protection plan ends only at a review conference, with a reason: POST /api/children/"
                        + childId + "/cp-plans/" + planId + "/end. A review at which it continues: POST .../reviews");
    }
}
