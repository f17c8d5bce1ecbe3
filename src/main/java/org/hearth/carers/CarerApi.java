package org.hearth.carers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.Role;
import org.hearth.clocks.ClockSettings;
import org.hearth.journey.CommandApi;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The carer's own space over HTTP, for a carer app: the children placed with the signed-in carer now, what the carer
 * needs to know of each (never the rest of the record), who decides what, their requests for decisions and their own
 * logs; and the same commands as {@code /carer} ({@link AskForDecision}, {@link RecordCarerLog}) through the journey.
 * Every read and write passes the access seam with the carer's view, which ends with the placement.
 */
@RestController
@RequestMapping("/api/carer")
@Tag(name = "The carer's space", description = "For a foster or kinship carer: the children placed with them now, "
        + "delegated authority, asking the social worker for a decision, daily logs and significant events")
class CarerApi {
    private final CarerSpace space;
    private final JourneyService journeys;
    private final CurrentActor currentActor;

    CarerApi(CarerSpace space, JourneyService journeys, CurrentActor currentActor) {
        this.space = space;
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    private Actor carer() {
        Actor actor = currentActor.get();
        if (actor.role() != Role.CARER) {
            throw new HearthProblem(HttpStatus.FORBIDDEN, "Not a carer",
                    "This is the space for carers of children placed with them");
        }
        return actor;
    }

    /** Version 1: a child placed with me, as a carer needs to know them. */
    record ChildV1(UUID id, String name, String knownAs, LocalDate dateOfBirth, List<String> healthNeeds,
                   String socialWorker, String socialWorkerTeam, LocalDate placedWithMeOn, String iAmTheir,
                   long requestsWaiting) {
        static ChildV1 of(CarerSpace.Child c) {
            return new ChildV1(c.id(), c.name(), c.knownAs(), c.dob(), c.healthNeeds(), c.socialWorker(),
                    c.socialWorkerTeam(), c.placedOn(), c.carerKind(), c.waiting());
        }
    }

    /** Version 1: who takes one everyday decision, and whether it is mine. */
    record DelegationV1(String decision, String decisionLabel, String decidedBy, String decidedByLabel, String reason,
                        LocalDate agreedOn, boolean mine) {}

    /** Version 1: one of my requests for a decision and its answer (null while waiting). */
    record RequestV1(UUID id, String decision, String decisionLabel, String asked, LocalDate askedOn,
                     LocalDate answerDueOn, String answer, String answerReason, LocalDate answeredOn,
                     String answeredBy) {}

    /** Version 1: one of my logs. */
    record LogV1(UUID id, LocalDate date, String mood, String moodLabel, String whatHappened, boolean significant,
                 Instant writtenAt) {}

    /** Version 1: a child placed with me, with who decides what, my requests and my logs. */
    record ChildDetailV1(ChildV1 child, List<LocalDate> placementPlans, LocalDate delegatedAuthorityReviewedOn,
                         List<DelegationV1> delegatedAuthority, List<RequestV1> requests, List<LogV1> logs) {}

    @GetMapping("/children")
    @Operation(summary = "The children placed with me now")
    List<ChildV1> children() {
        return space.home(carer()).stream().map(ChildV1::of).toList();
    }

    @GetMapping("/children/{childId}")
    @Operation(summary = "A child placed with me: what I need to know, who decides what, my requests and my logs",
            description = "Refused (403) when the child is not placed with me now.")
    ResponseEntity<ChildDetailV1> child(@PathVariable UUID childId) {
        CarerSpace.Child c = space.child(carer(), childId);
        return ResponseEntity.ok().eTag(CommandApi.etag(c.version())).body(new ChildDetailV1(ChildV1.of(c),
                c.placementPlans(), c.lastReviewed(), delegations(c), requests(c), logs(c)));
    }

    @GetMapping("/children/{childId}/delegated-authority")
    @Operation(summary = "Who takes each everyday decision for a child placed with me")
    List<DelegationV1> delegatedAuthority(@PathVariable UUID childId) {
        return delegations(space.child(carer(), childId));
    }

    @GetMapping("/children/{childId}/decision-requests")
    @Operation(summary = "My requests for decisions about a child placed with me, newest first")
    List<RequestV1> requests(@PathVariable UUID childId) {
        return requests(space.child(carer(), childId));
    }

    @GetMapping("/children/{childId}/logs")
    @Operation(summary = "My daily logs and significant events for a child placed with me, newest first")
    List<LogV1> logs(@PathVariable UUID childId) {
        return logs(space.child(carer(), childId));
    }

    /** Version 1 of a request for a decision: what it is about (DELEGATED_DECISION code) and what I am asking. */
    record AskRequest(String decision, String asked) {}

    @PostMapping("/children/{childId}/decision-requests")
    @Operation(summary = "Ask the social worker for a decision that is not mine to take",
            description = "Only for a decision my delegated authority does not give me, while the child is placed with me.")
    ResponseEntity<CommandApi.Result> ask(@PathVariable UUID childId, @RequestBody AskRequest request) {
        Actor actor = carer();
        return CommandApi.run(journeys, actor, childId, null, new AskForDecision(request == null ? null
                        : request.decision(), request == null ? null : request.asked(), Instant.now(),
                ClockSettings.rules().rule("DECISION_REQUEST").amount()), CarerPages.ASK,
                Map.of("decision", "decision", "asked", "asked"),
                r -> URI.create("/api/carer/children/" + childId + "/decision-requests"));
    }

    /** Version 1 of a log: the day (today or before), the child's mood (MOOD code, optional), what happened. */
    record LogRequest(LocalDate date, String mood, String whatHappened, Boolean significant) {}

    @PostMapping("/children/{childId}/logs")
    @Operation(summary = "Write a daily log or a significant event",
            description = "The day must be today or before, while the child was placed with me.")
    ResponseEntity<CommandApi.Result> log(@PathVariable UUID childId, @RequestBody LogRequest request) {
        Actor actor = carer();
        return CommandApi.run(journeys, actor, childId, null, new RecordCarerLog(
                        request == null ? null : request.date(), request == null ? null : request.mood(),
                        request == null ? null : request.whatHappened(),
                        request != null && Boolean.TRUE.equals(request.significant()), Instant.now()), CarerPages.LOG,
                Map.of("logDate", "date", "mood", "mood", "whatHappened", "whatHappened"),
                r -> URI.create("/api/carer/children/" + childId + "/logs"));
    }

    private static List<DelegationV1> delegations(CarerSpace.Child c) {
        return c.delegations().stream().map(d -> new DelegationV1(d.decision(), d.label(), d.decidedBy(), d.whoLabel(),
                d.reason(), d.agreedOn(), d.mine())).toList();
    }

    private static List<RequestV1> requests(CarerSpace.Child c) {
        return c.asked().stream().map(a -> new RequestV1(a.request().id(), a.request().decision(), a.decisionLabel(),
                a.request().asked(), a.request().askedOn(), a.request().answerDueOn(),
                a.answer() == null ? null : a.answer().answer(), a.answer() == null ? null : a.answer().reason(),
                a.answer() == null ? null : a.answer().answeredOn(), a.answeredByName())).toList();
    }

    private static List<LogV1> logs(CarerSpace.Child c) {
        return c.logs().stream().map(l -> new LogV1(l.id(), l.logDate(), l.mood(),
                l.mood() == null ? null : CarersStage.label(CarersStage.MOOD, l.mood()), l.whatHappened(),
                l.isSignificant(), l.writtenAt())).toList();
    }
}
