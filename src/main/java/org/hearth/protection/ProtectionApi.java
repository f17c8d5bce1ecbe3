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
    private final PartnerOrganisations organisations;

    ProtectionApi(JourneyService journeys, CurrentActor currentActor, PartnerOrganisations organisations) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.organisations = organisations;
    }

    /**
     * Version 1 of someone at a child protection meeting.
     *
     * @param organisationId the organisation they came for, from the organisations table (its type gives the agency)
     * @param agency         when no organisation: SOCIAL_CARE (the council), FAMILY, POLICE, HEALTH, SCHOOL or OTHER
     * @param name           their name
     * @param role           their role, for example detective constable or health visitor
     * @param attended       false when they sent apologies (default true)
     */
    record ParticipantRequest(String organisationId, String agency, String name, String role, Boolean attended) {}

    /**
     * Version 1 of an action agreed at a meeting.
     *
     * @param organisationId the organisation responsible (its type gives the agency), or none
     * @param agency         when no organisation: SOCIAL_CARE, FAMILY, POLICE, HEALTH, SCHOOL or OTHER
     * @param owner          who owns it
     * @param action         what is to be done
     * @param dueDate        by when (on or after the meeting)
     */
    record ActionRequest(String organisationId, String agency, String owner, String action, LocalDate dueDate) {}

    /**
     * Version 1 of a core group meeting.
     *
     * @param date         the day it met (on or after the initial conference that made the plan, not in the future)
     * @param participants who came (or sent apologies)
     * @param progress     the progress on the plan, in words
     * @param actions      the plan's actions' progress: each action's id, its status (NOT_STARTED, IN_PROGRESS, DONE,
     *                     STOPPED) and what was done; changing an action needs the record's version (If-Match)
     */
    record CoreGroupRequest(LocalDate date, List<ParticipantRequest> participants, String progress,
                            List<RecordCoreGroup.ActionUpdate> actions) {}

    /**
     * Version 1 of an outcome of a child protection plan.
     *
     * @param date    the day it was agreed (not before the plan started, not in the future)
     * @param outcome what must change for the child to be safe
     * @param actions the actions towards it (at least one)
     */
    record OutcomeRequest(LocalDate date, String outcome, List<ActionRequest> actions) {}

    private List<Participant> participants(List<ParticipantRequest> people) {
        return people == null ? List.of() : people.stream().map(p -> p == null ? null : organisations.participant(
                p.organisationId(), p.agency(), p.name(), p.role(), !Boolean.FALSE.equals(p.attended()))).toList();
    }

    private List<AgreedAction> actions(List<ActionRequest> actions) {
        return actions == null ? List.of() : actions.stream().map(a -> a == null ? null : organisations.action(
                a.organisationId(), a.agency(), a.owner(), a.action(), a.dueDate())).toList();
    }

    /**
     * Version 1 of a strategy discussion.
     *
     * @param date                        the day it was held (not in the future, not before the open referral)
     * @param participants                each agency's participant, by organisation (the police and health must
     *                                    take part)
     * @param outcome                     S47 (a section 47 enquiry starts that day), CIN or NFA
     * @param minutes                     the minutes
     * @param policeOrHealthAbsentBecause why the police or health did not take part (needed when either did not)
     * @param actions                     the actions each agency agreed, with due dates
     */
    record StrategyDiscussionRequest(LocalDate date, List<ParticipantRequest> participants, String outcome,
                                     String minutes, String policeOrHealthAbsentBecause, List<ActionRequest> actions) {}

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
     * @param participants who took part (or sent apologies)
     * @param recommendations what the conference recommended
     */
    record InitialConferenceRequest(UUID enquiryId, LocalDate date, Boolean planDecided, String category,
                                    List<ParticipantRequest> participants, String recommendations) {}

    /**
     * Version 1 of a review conference at which the plan continues.
     *
     * @param date       the day it was held (after the plan started, not in the future)
     * @param childViews the child's views in their own words, or how they were sought (needed from age 4)
     * @param category   the plan's category of abuse from now on, when the review changed it
     */
    record ReviewRequest(LocalDate date, String childViews, String category, List<ParticipantRequest> participants,
                         String recommendations) {}

    /**
     * Version 1 of the review conference that ends a plan.
     *
     * @param reviewDate the day the review conference was held; the plan ends that day
     * @param reason     why it ends: NO_LONGER_AT_RISK, LOOKED_AFTER, MOVED_LA, LEFT_UK, AGED_18 or DIED
     * @param childViews the child's views in their own words, or how they were sought (needed from age 4)
     */
    record EndPlanRequest(LocalDate reviewDate, String reason, String childViews, List<ParticipantRequest> participants,
                          String recommendations) {}

    @PostMapping("/strategy-discussions")
    @Operation(summary = "Record a strategy discussion",
            description = "For the child's open referral; an outcome of S47 starts a section 47 enquiry the same day.")
    ResponseEntity<CommandApi.Result> strategyDiscussion(@PathVariable UUID childId,
                                                         @RequestBody StrategyDiscussionRequest request,
                                                         @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                         @RequestParam(defaultValue = "record a strategy discussion")
                                                         String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new RecordStrategyDiscussion(request.date(), participants(request.participants()), request.outcome(),
                        request.minutes(), request.policeOrHealthAbsentBecause(), actions(request.actions())), purpose,
                Map.of("discussionDate", "date", "s47StartDate", "date", "participants", "participants",
                        "outcome", "outcome", "absenceReason", "policeOrHealthAbsentBecause"));
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
                        request.category(), participants(request.participants()), request.recommendations()), purpose,
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
                new ReviewCpPlan(planId, request.date(), request.childViews(), request.category(),
                        participants(request.participants()), request.recommendations()), purpose,
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
                new EndCpPlan(planId, request.reviewDate(), request.reason(), request.childViews(),
                        participants(request.participants()), request.recommendations()), purpose,
                Map.of("cpReviewDate", "reviewDate", "cpPlanEndDate", "reviewDate", "cpReviewPlanEndReason", "reason",
                        "cpReviewChildViews", "childViews"));
    }

    @PostMapping("/cp-plans/{planId}/outcomes")
    @Operation(summary = "Add an outcome, with its actions, to the open child protection plan",
            description = "What must change for the child to be safe, and each agency's actions towards it with their "
                    + "owners and due dates.")
    ResponseEntity<CommandApi.Result> outcome(@PathVariable UUID childId, @PathVariable UUID planId,
                                              @RequestBody OutcomeRequest request,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @RequestParam(defaultValue = "add an outcome to a child protection plan")
                                              String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new AddCpPlanOutcome(planId, request.date(), request.outcome(), actions(request.actions())), purpose,
                Map.of("setDate", "date", "cpPlanId", "planId"));
    }

    @PostMapping("/cp-plans/{planId}/core-groups")
    @Operation(summary = "Record a core group meeting of the open child protection plan",
            description = "Who came, the progress, and the plan's actions' progress. A core group meets only after the "
                    + "initial conference; the first is due within 10 working days of it. Changing actions needs "
                    + "If-Match.")
    ResponseEntity<CommandApi.Result> coreGroup(@PathVariable UUID childId, @PathVariable UUID planId,
                                                @RequestBody CoreGroupRequest request,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                @RequestParam(defaultValue = "record a core group") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new RecordCoreGroup(planId, request.date(), participants(request.participants()), request.progress(),
                        request.actions()), purpose,
                Map.of("meetingDate", "date", "cpPlanId", "planId", "actionId", "actions"));
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
