package org.hearth.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.RecordParts;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CommandApi;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyService;
import org.hearth.leaving.CommentOnPathwayPlan;
import org.hearth.leaving.LeavingCareStage;
import org.hearth.leaving.PathwayPlanView;
import org.hearth.platform.web.HearthProblem;
import org.hearth.portal.space.AddSomeoneWhoMatters;
import org.hearth.portal.space.AnswerAdvocateOffer;
import org.hearth.portal.space.AskForAdvocate;
import org.hearth.portal.space.AskToKeepInTouch;
import org.hearth.portal.space.ChangeSomeoneWhoMatters;
import org.hearth.portal.space.ChildSaid;
import org.hearth.portal.space.MyAmbitions;
import org.hearth.portal.space.MyPerson;
import org.hearth.portal.space.RemoveSomeoneWhoMatters;
import org.hearth.portal.space.SayWhatIThink;
import org.hearth.portal.space.SendMessage;
import org.hearth.portal.space.ShareViews;
import org.hearth.portal.space.WriteHopes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The child's (and care leaver's) own space over HTTP, for a council's own app: the same reads as {@code /me} and the
 * same commands ({@code portal.space}, run through the journey). Nothing here takes a child's id: the record is the one
 * the signed-in child's SELF link opens, and every read and write passes the access seam with the child's own view
 * (their parts only), audited with its purpose. Reads answer with the record's version as the ETag; a change to
 * something already written needs it back as If-Match.
 */
@RestController
@RequestMapping("/api/me")
@Tag(name = "The child's own space", description = "For the child or young person themself: their plan, what they "
        + "say, their hopes, the people who matter to them, advocacy and (for a care leaver) their pathway plan")
class MeApi {
    private final CurrentActor currentActor;
    private final PortalAccounts accounts;
    private final ChildSpace space;
    private final JourneyService journeys;

    MeApi(CurrentActor currentActor, PortalAccounts accounts, ChildSpace space, JourneyService journeys) {
        this.currentActor = currentActor;
        this.accounts = accounts;
        this.space = space;
        this.journeys = journeys;
    }

    private record Me(Actor actor, UUID childId) {}

    private Me me() {
        Actor actor = currentActor.get();
        if (actor.role() != Role.CHILD && actor.role() != Role.YOUNG_PERSON) {
            throw new HearthProblem(HttpStatus.FORBIDDEN, "Not your space",
                    "This is the space for children and young people to use themselves");
        }
        UUID child = accounts.childOf(actor.username()).orElseThrow(() -> new HearthProblem(HttpStatus.FORBIDDEN,
                "Your space is not open", "Your space is not open just now. Ask your worker"));
        return new Me(actor, child);
    }

    private ResponseEntity<CommandApi.Result> run(Me me, String ifMatch, JourneyCommand command, String purpose,
                                                  Map<String, String> fields, String path) {
        try {
            return CommandApi.run(journeys, me.actor(), me.childId(), ifMatch, command, purpose, fields,
                    r -> URI.create("/api/me/" + path));
        } catch (org.hearth.journey.StaleRecord stale) {
            // the child's own words, not the journey's (which name the worker who changed the record and the part)
            throw new HearthProblem(HttpStatus.CONFLICT, "Something changed since you opened this",
                    MePages.CHANGED_SINCE_OPENED);
        } catch (org.hearth.journey.RuleViolations refused) {
            // the same problems, field by field, under a title in the child's words rather than the record's
            throw new HearthProblem(HttpStatus.UNPROCESSABLE_CONTENT, NOT_SENT, refused.getMessage(),
                    refused.errors());
        }
    }

    /** The title of a refusal the child sees: what happened to their words, not "the record's rules". */
    static final String NOT_SENT = "That was not sent: have a look at what needs changing";

    private long version(Me me, String part, String purpose) {
        return space.version(me.actor(), me.childId(), part, purpose);
    }

    // ── Who I am and my plan ───────────────────────────────────────────────────────────────────────────────

    /** Version 1: the signed-in child, whether they are a care leaver, and their record's version. */
    record MeV1(String name, boolean youngPerson, long version) {}

    @GetMapping
    @Operation(summary = "Who is signed in, and the version of their record")
    ResponseEntity<MeV1> whoAmI() {
        Me me = me();
        long v = version(me, RecordParts.MY_PLAN, "the child opened their own space");
        return ResponseEntity.ok().eTag(CommandApi.etag(v)).body(new MeV1(me.actor().displayName(),
                me.actor().role() == Role.YOUNG_PERSON, v));
    }

    /** Version 1: my plan in my words, who works with me and how to reach them, my next review and my hopes. */
    record PlanV1(List<ChildSpace.PlanWords> goals, List<ChildSpace.PlanWords> decided,
                  List<ChildSpace.Contact> contacts, LocalDate nextReview, AmbitionsV1 ambitions) {}

    @GetMapping("/plan")
    @Operation(summary = "My plan, as my worker wrote it for me")
    PlanV1 plan() {
        Me me = me();
        ChildSpace.MyPlan p = space.plan(me.actor(), me.childId(), "the child read their plan");
        MyAmbitions a = space.ambitions(me.actor(), me.childId(), "the child read their plan");
        return new PlanV1(p.goals(), p.decided(), p.contacts(), p.nextReview(), AmbitionsV1.of(a));
    }

    // ── Say what I think ─────────────────────────────────────────────────────────────────────────────────

    record QuestionV1(String key, String question) {}

    /** Version 1: an occasion to say something about, its questions and, before a review, the ways to take part. */
    record OccasionV1(String code, String label, List<QuestionV1> questions, String wordsQuestion,
                      Map<String, String> takingPart) {}

    record OccasionsV1(List<OccasionV1> occasions, List<String> faces, int maxWords) {}

    @GetMapping("/say")
    @Operation(summary = "What I can say something about, the questions, and the faces (1 very sad to 5 very happy)")
    OccasionsV1 occasions() {
        me();
        List<OccasionV1> out = new ArrayList<>();
        for (SayWhatIThink.Occasion o : SayWhatIThink.Occasion.values()) {
            out.add(new OccasionV1(o.code(), o.label(), o.questions().entrySet().stream()
                    .map(e -> new QuestionV1(e.getKey(), e.getValue())).toList(), o.wordsQuestion(),
                    o == SayWhatIThink.Occasion.CARE_REVIEW ? SayWhatIThink.TAKING_PART : Map.of()));
        }
        return new OccasionsV1(out, SayWhatIThink.FACES, SayWhatIThink.MAX_WORDS);
    }

    /** Version 1 of my views: a face (1–5) per question key (any may be left out), my words, how I will take part. */
    record ViewsRequest(Map<String, Integer> faces, String words, String participation) {}

    @PostMapping("/say/{occasion}")
    @Operation(summary = "Say what I think before a meeting or after I was away",
            description = "At least one face or some words; before a looked-after review, how I will take part.")
    ResponseEntity<CommandApi.Result> say(@PathVariable String occasion, @RequestBody ViewsRequest request) {
        Me me = me();
        if (SayWhatIThink.Occasion.of(occasion) == null) {
            throw HearthProblem.notFound("That occasion");
        }
        Map<String, String> faces = new LinkedHashMap<>();
        if (request != null && request.faces() != null) {
            request.faces().forEach((k, v) -> faces.put(k, v == null ? null : v.toString()));
        }
        return run(me, null, new ShareViews(me.childId(), occasion, faces, request == null ? null : request.words(),
                        request == null ? null : request.participation(), Instant.now()),
                "the child said what they think", fieldsOf(occasion), "said");
    }

    private static Map<String, String> fieldsOf(String occasion) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("words", "words");
        f.put("participation", "participation");
        f.put("occasion", "occasion");
        f.put("faces", "faces");
        SayWhatIThink.Occasion.of(occasion).questions().keySet().forEach(k -> f.put(k, "faces/" + k));
        return f;
    }

    /** Version 1: one thing I said, and whether my worker has read it. */
    record SaidV1(UUID id, String kind, String occasion, String answers, String words, String participation,
                  Instant writtenAt, boolean read) {}

    @GetMapping("/said")
    @Operation(summary = "What I have said, newest first")
    List<SaidV1> said() {
        Me me = me();
        return space.says(me.actor(), me.childId(), "the child looked at what they said").stream()
                .map(s -> new SaidV1(s.id(), s.kind(), s.occasion(), s.answers(), s.words(), s.participation(),
                        s.writtenAt(), s.seenAt() != null)).toList();
    }

    /** Version 1 of a message: {@code tell} (tell my worker), {@code good-news} or {@code help}, and my words. */
    record MessageRequest(String kind, String words) {}

    private static final Map<String, String> MESSAGE_KINDS = Map.of("tell", ChildSaid.MESSAGE, "good-news",
            ChildSaid.GOOD_NEWS, "help", ChildSaid.HELP);

    @PostMapping("/messages")
    @Operation(summary = "Tell my worker something, share good news, or ask for help")
    ResponseEntity<CommandApi.Result> message(@RequestBody MessageRequest request) {
        Me me = me();
        String kind = request == null || request.kind() == null ? null
                : MESSAGE_KINDS.getOrDefault(request.kind(), request.kind());
        return run(me, null, new SendMessage(me.childId(), kind, request == null ? null : request.words(),
                Instant.now()), "the child said what they think", Map.of("kind", "kind", "words", "words"), "said");
    }

    // ── My hopes ─────────────────────────────────────────────────────────────────────────────────────────

    record AmbitionsV1(String oneYear, String threeYears, String fiveYears) {
        static AmbitionsV1 of(MyAmbitions a) {
            return new AmbitionsV1(a.oneYear(), a.threeYears(), a.fiveYears());
        }
    }

    @GetMapping("/ambitions")
    @Operation(summary = "My hopes for one, three and five years from now (the ETag is the record's version)")
    ResponseEntity<AmbitionsV1> ambitions() {
        Me me = me();
        long v = version(me, RecordParts.MY_AMBITIONS, "the child opened their hopes");
        return ResponseEntity.ok().eTag(CommandApi.etag(v))
                .body(AmbitionsV1.of(space.ambitions(me.actor(), me.childId(), "the child opened their hopes")));
    }

    @PutMapping("/ambitions")
    @Operation(summary = "Write or change my hopes", description = "Changing them needs If-Match: the ETag read.")
    ResponseEntity<CommandApi.Result> writeAmbitions(@RequestBody AmbitionsV1 request,
                                                     @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Me me = me();
        return run(me, ifMatch, new WriteHopes(me.childId(), request == null ? null : request.oneYear(),
                        request == null ? null : request.threeYears(), request == null ? null : request.fiveYears(),
                        Instant.now()), "the child wrote their hopes",
                Map.of("oneYear", "oneYear", "threeYears", "threeYears", "fiveYears", "fiveYears"), "ambitions");
    }

    // ── People who matter to me ──────────────────────────────────────────────────────────────────────────

    record PersonV1(UUID id, String kind, String name, String who, String words, boolean keepSeeing) {
        static PersonV1 of(MyPerson p) {
            return new PersonV1(p.id(), p.kind(), p.name(), p.who(), p.words(), p.keepSeeing());
        }
    }

    /** Version 1 of someone who matters: PERSON or PET, their name, who they are to me, my words, keep seeing them. */
    record PersonRequest(String kind, String name, String who, String words, Boolean keepSeeing) {}

    private static final Map<String, String> PERSON_FIELDS = Map.of("kind", "kind", "name", "name", "who", "who",
            "words", "words", "id", "id");

    @GetMapping("/people")
    @Operation(summary = "The people and pets who matter to me (the ETag is the record's version)")
    ResponseEntity<List<PersonV1>> people() {
        Me me = me();
        long v = version(me, RecordParts.MY_PEOPLE, "the child looked at who matters to them");
        return ResponseEntity.ok().eTag(CommandApi.etag(v)).body(space.people(me.actor(), me.childId(),
                "the child looked at who matters to them").stream().map(PersonV1::of).toList());
    }

    @PostMapping("/people")
    @Operation(summary = "Add someone or a pet who matters to me")
    ResponseEntity<CommandApi.Result> addPerson(@RequestBody PersonRequest r) {
        Me me = me();
        return run(me, null, new AddSomeoneWhoMatters(me.childId(), r == null ? null : r.kind(),
                        r == null ? null : r.name(), r == null ? null : r.who(), r == null ? null : r.words(),
                        r != null && Boolean.TRUE.equals(r.keepSeeing()), Instant.now()),
                "the child added someone who matters to them", PERSON_FIELDS, "people");
    }

    @PutMapping("/people/{id}")
    @Operation(summary = "Change what I wrote about someone who matters to me", description = "Needs If-Match.")
    ResponseEntity<CommandApi.Result> changePerson(@PathVariable UUID id, @RequestBody PersonRequest r,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Me me = me();
        return run(me, ifMatch, new ChangeSomeoneWhoMatters(me.childId(), id, r == null ? null : r.kind(),
                        r == null ? null : r.name(), r == null ? null : r.who(), r == null ? null : r.words(),
                        r != null && Boolean.TRUE.equals(r.keepSeeing()), Instant.now()),
                "the child changed someone who matters to them", PERSON_FIELDS, "people");
    }

    @DeleteMapping("/people/{id}")
    @Operation(summary = "Take someone off my list", description = "Needs If-Match.")
    ResponseEntity<CommandApi.Result> removePerson(@PathVariable UUID id,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Me me = me();
        return run(me, ifMatch, new RemoveSomeoneWhoMatters(me.childId(), id, Instant.now()),
                "the child took someone off their list", PERSON_FIELDS, "people");
    }

    @PostMapping("/people/{id}/keep-in-touch")
    @Operation(summary = "Ask to keep seeing someone on my list", description = "Needs If-Match.")
    ResponseEntity<CommandApi.Result> keepInTouch(@PathVariable UUID id,
                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Me me = me();
        return run(me, ifMatch, new AskToKeepInTouch(me.childId(), id, Instant.now()),
                "the child asked to keep in touch with someone who matters to them", PERSON_FIELDS, "people");
    }

    // ── Advocacy ─────────────────────────────────────────────────────────────────────────────────────────

    record AdvocacyV1(UUID id, boolean askedByMe, Instant recordedAt, String answer, String answerWords,
                      String advocateName, String advocateContact) {}

    @GetMapping("/advocacy")
    @Operation(summary = "Offers of an advocate, my answers, and my advocate once I have one")
    ResponseEntity<List<AdvocacyV1>> advocacy() {
        Me me = me();
        long v = version(me, RecordParts.ADVOCACY, "the child looked at advocacy");
        return ResponseEntity.ok().eTag(CommandApi.etag(v)).body(space.advocacy(me.actor(), me.childId(),
                "the child looked at advocacy").stream().map(a -> new AdvocacyV1(a.id(), a.askedByChild(),
                a.recordedAt(), a.answer(), a.answerWords(), a.advocateName(), a.advocateContact())).toList());
    }

    @PostMapping("/advocacy")
    @Operation(summary = "Ask for an advocate")
    ResponseEntity<CommandApi.Result> askForAdvocate() {
        Me me = me();
        return run(me, null, new AskForAdvocate(me.childId(), Instant.now()), "the child asked for an advocate",
                Map.of(), "advocacy");
    }

    /** Version 1 of my answer to an offer: YES, NO or NOT_SURE. */
    record AnswerRequest(String answer) {}

    @PostMapping("/advocacy/{offerId}/answer")
    @Operation(summary = "Answer my worker's offer of an advocate", description = "Needs If-Match.")
    ResponseEntity<CommandApi.Result> answerOffer(@PathVariable UUID offerId, @RequestBody AnswerRequest r,
                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Me me = me();
        return run(me, ifMatch, new AnswerAdvocateOffer(me.childId(), offerId, r == null ? null : r.answer(),
                        Instant.now()), "the child answered the offer of an advocate",
                Map.of("answer", "answer", "offerId", "offerId"), "advocacy");
    }

    // ── A care leaver's pathway plan ─────────────────────────────────────────────────────────────────────

    private static final String PLAN_PURPOSE = "the young person read their pathway plan";

    @GetMapping("/pathway-plan")
    @Operation(summary = "My pathway plan as my personal adviser wrote it with me, and my comments on it")
    ResponseEntity<PathwayPlanView> pathwayPlan() {
        Me me = me();
        ChildJourney j = journeys.read(me.actor(), me.childId(), LeavingCareStage.PATHWAY_PLANS.name(), PLAN_PURPOSE);
        PathwayPlanView view = PathwayPlanView.of(j, LocalDate.now());
        if (view.plan() == null) {
            throw new HearthProblem(HttpStatus.NOT_FOUND, "No pathway plan yet",
                    "You do not have a pathway plan yet. Ask your personal adviser about making one with you");
        }
        return ResponseEntity.ok().eTag(CommandApi.etag(j.version())).body(view);
    }

    /** Version 1 of a comment: on one area of the plan (or the whole plan when {@code area} is null). */
    record CommentRequest(String area, String text) {}

    @PostMapping("/pathway-plan/comments")
    @Operation(summary = "Comment on my pathway plan, or one part of it")
    ResponseEntity<CommandApi.Result> comment(@RequestBody CommentRequest r) {
        Me me = me();
        return run(me, null, new CommentOnPathwayPlan(me.childId(), r == null ? null : r.area(),
                        r == null ? null : r.text()), "the young person commented on their pathway plan",
                Map.of("area", "area", "text", "text"), "pathway-plan");
    }
}
