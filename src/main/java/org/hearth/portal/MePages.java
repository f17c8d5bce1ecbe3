package org.hearth.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.RecordParts;
import org.hearth.access.Role;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.RuleViolations;
import org.hearth.journey.StaleRecord;
import org.hearth.journey.Violation;
import org.hearth.platform.web.HearthProblem;
import org.hearth.portal.space.AddSomeoneWhoMatters;
import org.hearth.portal.space.AnswerAdvocateOffer;
import org.hearth.portal.space.AskForAdvocate;
import org.hearth.portal.space.ChangeSomeoneWhoMatters;
import org.hearth.portal.space.MyAmbitions;
import org.hearth.portal.space.MyPerson;
import org.hearth.portal.space.RemoveSomeoneWhoMatters;
import org.hearth.portal.space.SayWhatIThink;
import org.hearth.portal.space.SendMessage;
import org.hearth.portal.space.ShareViews;
import org.hearth.portal.space.WriteHopes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The child's (and care leaver's) own space under {@code /me}: mobile first, in words a nine-year-old reads. Every
 * page works on the signed-in child's own record only (their SELF link says which); nothing here takes a child's id.
 * What the child writes is a command of {@code portal.space} run through the journey (the same commands as
 * {@code /api/me}); a refusal is shown beside the question it is about, in the child's words.
 */
@Controller
class MePages {
    private final CurrentActor currentActor;
    private final PortalAccounts accounts;
    private final ChildSpace space;
    private final org.hearth.journey.JourneyService journeys;

    MePages(CurrentActor currentActor, PortalAccounts accounts, ChildSpace space,
            org.hearth.journey.JourneyService journeys) {
        this.currentActor = currentActor;
        this.accounts = accounts;
        this.space = space;
        this.journeys = journeys;
    }

    /** The signed-in child and the record their account opens. */
    private record Me(Actor actor, UUID childId) {}

    private Me me(Model model) {
        Actor actor = currentActor.get();
        if (actor.role() != Role.CHILD && actor.role() != Role.YOUNG_PERSON) {
            throw new HearthProblem(HttpStatus.FORBIDDEN, "Not your space",
                    "This is the space for children and young people to use themselves");
        }
        UUID child = accounts.childOf(actor.username()).orElseThrow(() -> new HearthProblem(HttpStatus.FORBIDDEN,
                "Your space is not open", "Your space is not open just now. Ask your worker"));
        model.addAttribute("me", actor);
        model.addAttribute("youngPerson", actor.role() == Role.YOUNG_PERSON);
        return new Me(actor, child);
    }

    @GetMapping("/me")
    String home(Model model, @RequestParam(required = false) String saved) {
        Me me = me(model);
        ChildSpace.MyPlan plan = space.plan(me.actor(), me.childId(), "the child opened their own space");
        model.addAttribute("plan", plan);
        model.addAttribute("offers", space.advocacy(me.actor(), me.childId(), "the child's own space").stream()
                .filter(a -> !a.askedByChild() && a.answer() == null).toList());
        model.addAttribute("saved", saved);
        model.addAttribute("needsPin", !accounts.hasPinOrDemo(me.actor().username()));
        return "portal/home";
    }

    @GetMapping("/me/plan")
    String plan(Model model) {
        Me me = me(model);
        model.addAttribute("plan", space.plan(me.actor(), me.childId(), "the child read their plan"));
        model.addAttribute("ambitions", space.ambitions(me.actor(), me.childId(), "the child read their plan"));
        return "portal/plan";
    }

    // ── Say what I think ──────────────────────────────────────────────────────────────────────────────────

    @GetMapping("/me/say")
    String chooseOccasion(Model model) {
        me(model);
        model.addAttribute("occasions", SayWhatIThink.Occasion.values());
        return "portal/say-choose";
    }

    @GetMapping("/me/say/{occasion}")
    String sayForm(@PathVariable String occasion, Model model) {
        me(model);
        return showSay(occasion(occasion), Map.of(), Map.of(), model);
    }

    @PostMapping("/me/say/{occasion}")
    String say(@PathVariable String occasion, @RequestParam Map<String, String> form, Model model) {
        Me me = me(model);
        SayWhatIThink.Occasion o = occasion(occasion);
        Map<String, String> faces = new LinkedHashMap<>();
        o.questions().keySet().forEach(q -> faces.put(q, form.get(q)));
        Map<String, String> problems = run(me, null, new ShareViews(me.childId(), o.code(), faces, form.get("words"),
                form.get("participation"), java.time.Instant.now()), "the child said what they think", "words");
        if (!problems.isEmpty()) {
            return showSay(o, form, problems, model);
        }
        return "redirect:/me?saved=views";
    }

    private static SayWhatIThink.Occasion occasion(String code) {
        SayWhatIThink.Occasion o = SayWhatIThink.Occasion.of(code);
        if (o == null) {
            throw HearthProblem.notFound("That page");
        }
        return o;
    }

    private String showSay(SayWhatIThink.Occasion o, Map<String, String> form, Map<String, String> problems,
                           Model model) {
        model.addAttribute("occasion", o);
        model.addAttribute("faces", SayWhatIThink.FACES);
        model.addAttribute("takingPart", o.takingPart());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "portal/say";
    }

    // ── Tell my worker, good news, ask for help ───────────────────────────────────────────────────────────

    static final Map<String, String[]> MESSAGES = Map.of(
            "tell", new String[] {"MESSAGE", "Tell my worker something", "What do you want to tell your worker?"},
            "good-news", new String[] {"GOOD_NEWS", "Share good news", "What is your good news?"},
            "help", new String[] {"HELP", "Ask for help", "What do you need help with?"});

    @GetMapping("/me/{kind:tell|good-news|help}")
    String messageForm(@PathVariable String kind, Model model) {
        me(model);
        return showMessage(kind, Map.of(), Map.of(), model);
    }

    @PostMapping("/me/{kind:tell|good-news|help}")
    String message(@PathVariable String kind, @RequestParam Map<String, String> form, Model model) {
        Me me = me(model);
        Map<String, String> problems = run(me, null, new SendMessage(me.childId(), MESSAGES.get(kind)[0],
                form.get("words"), java.time.Instant.now()), "the child said what they think", "words");
        if (!problems.isEmpty()) {
            return showMessage(kind, form, problems, model);
        }
        return "redirect:/me?saved=" + kind;
    }

    private String showMessage(String kind, Map<String, String> form, Map<String, String> problems, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("heading", MESSAGES.get(kind)[1]);
        model.addAttribute("question", MESSAGES.get(kind)[2]);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "portal/message";
    }

    // ── My ambitions ──────────────────────────────────────────────────────────────────────────────────────

    @GetMapping("/me/ambitions")
    String ambitionsForm(Model model) {
        Me me = me(model);
        MyAmbitions a = space.ambitions(me.actor(), me.childId(), "the child opened their hopes");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("oneYear", a.oneYear());
        form.put("threeYears", a.threeYears());
        form.put("fiveYears", a.fiveYears());
        form.put("version", Long.toString(space.version(me.actor(), me.childId(), RecordParts.MY_AMBITIONS,
                "the child opened their hopes")));
        return showAmbitions(form, Map.of(), model);
    }

    @PostMapping("/me/ambitions")
    String ambitions(@RequestParam Map<String, String> form, Model model) {
        Me me = me(model);
        Map<String, String> problems = run(me, version(form), new WriteHopes(me.childId(), form.get("oneYear"),
                form.get("threeYears"), form.get("fiveYears"), java.time.Instant.now()), "the child wrote their hopes",
                "oneYear");
        if (!problems.isEmpty()) {
            return showAmbitions(withVersionNow(me, form, RecordParts.MY_AMBITIONS, "the child opened their hopes"),
                    problems, model);
        }
        return "redirect:/me?saved=ambitions";
    }

    private String showAmbitions(Map<String, String> form, Map<String, String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "portal/ambitions";
    }

    /** The record's version the form was drawn from; one that is not a number matches no version (refused as stale). */
    static Long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /**
     * What a child or young person reads when their record changed after they opened the page (a worker's change, or
     * their own on another device): kind and plain, naming no one and no part of the record (the journey's own
     * refusal, in a practitioner's words, says who changed which part), with what they typed kept on the page below.
     */
    static final String CHANGED_SINCE_OPENED = "Something changed since you opened this page. Your words are below: "
            + "check them and send again";

    /**
     * Runs the child's command; the problems to show (field → words), empty when it was kept. A change made
     * elsewhere since the page was drawn is shown at {@code firstField} as {@link #CHANGED_SINCE_OPENED}.
     */
    private Map<String, String> run(Me me, Long version, JourneyCommand command, String purpose, String firstField) {
        try {
            space.execute(me.actor(), me.childId(), version, command, purpose);
            return Map.of();
        } catch (StaleRecord e) {
            return Map.of(firstField, CHANGED_SINCE_OPENED);
        } catch (RuleViolations v) {
            Map<String, String> problems = new LinkedHashMap<>();
            for (Violation x : v.violations()) {
                problems.putIfAbsent(x.field() == null || x.field().equals("faces") ? firstField : x.field(),
                        x.message());
            }
            return problems;
        }
    }

    /**
     * The form shown again with what the child typed and the record's version now, so that "send again" after a
     * change made elsewhere is judged against the record as it is now, not refused again.
     */
    private Map<String, String> withVersionNow(Me me, Map<String, String> form, String part, String purpose) {
        Map<String, String> again = new LinkedHashMap<>(form);
        again.put("version", Long.toString(space.version(me.actor(), me.childId(), part, purpose)));
        return again;
    }

    // ── People who matter to me ───────────────────────────────────────────────────────────────────────────

    @GetMapping("/me/people")
    String people(Model model, @RequestParam(required = false) String saved) {
        Me me = me(model);
        model.addAttribute("people", space.people(me.actor(), me.childId(), "the child looked at who matters to them"));
        model.addAttribute("saved", saved);
        return "portal/people";
    }

    @GetMapping("/me/people/new")
    String newPerson(Model model) {
        me(model);
        return showPerson(null, Map.of("kind", "PERSON", "version", "0"), Map.of(), model);
    }

    @PostMapping("/me/people/new")
    String addPerson(@RequestParam Map<String, String> form, Model model) {
        Me me = me(model);
        Map<String, String> problems = run(me, null, new AddSomeoneWhoMatters(me.childId(), form.get("kind"),
                form.get("name"), form.get("who"), form.get("words"), "yes".equals(form.get("keepSeeing")),
                java.time.Instant.now()), "the child added someone who matters to them", "name");
        if (!problems.isEmpty()) {
            return showPerson(null, form, problems, model);
        }
        return "redirect:/me/people?saved=added";
    }

    @GetMapping("/me/people/{id}")
    String editPerson(@PathVariable UUID id, Model model) {
        Me me = me(model);
        MyPerson p = find(me, id);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", p.kind());
        form.put("name", p.name());
        form.put("who", p.who());
        form.put("words", p.words());
        form.put("keepSeeing", p.keepSeeing() ? "yes" : "no");
        form.put("version", Long.toString(space.version(me.actor(), me.childId(), RecordParts.MY_PEOPLE,
                "the child opened someone who matters to them")));
        return showPerson(id, form, Map.of(), model);
    }

    @PostMapping("/me/people/{id}")
    String changePerson(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        Me me = me(model);
        find(me, id);
        if (form.containsKey("remove")) {
            Map<String, String> problems = run(me, version(form), new RemoveSomeoneWhoMatters(me.childId(), id,
                    java.time.Instant.now()), "the child took someone off their list", "name");
            if (!problems.isEmpty()) {
                return showPerson(id, withVersionNow(me, form, RecordParts.MY_PEOPLE,
                        "the child opened someone who matters to them"), problems, model);
            }
            return "redirect:/me/people?saved=removed";
        }
        Map<String, String> problems = run(me, version(form), new ChangeSomeoneWhoMatters(me.childId(), id,
                form.get("kind"), form.get("name"), form.get("who"), form.get("words"),
                "yes".equals(form.get("keepSeeing")), java.time.Instant.now()),
                "the child changed someone who matters to them", "name");
        if (!problems.isEmpty()) {
            return showPerson(id, withVersionNow(me, form, RecordParts.MY_PEOPLE,
                    "the child opened someone who matters to them"), problems, model);
        }
        return "redirect:/me/people?saved=changed";
    }

    private MyPerson find(Me me, UUID id) {
        return space.people(me.actor(), me.childId(), "the child opened someone who matters to them").stream()
                .filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> HearthProblem.notFound("That person"));
    }

    private String showPerson(UUID id, Map<String, String> form, Map<String, String> problems, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "portal/person";
    }

    // ── Advocacy ──────────────────────────────────────────────────────────────────────────────────────────

    @GetMapping("/me/advocate")
    String advocate(Model model, @RequestParam(required = false) String saved) {
        Me me = me(model);
        List<ChildSpace.Advocacy> all = space.advocacy(me.actor(), me.childId(), "the child looked at advocacy");
        model.addAttribute("advocacy", all);
        model.addAttribute("offer", all.stream().filter(a -> !a.askedByChild() && a.answer() == null).findFirst()
                .orElse(null));
        model.addAttribute("asked", all.stream().anyMatch(a -> "YES".equals(a.answer())));
        model.addAttribute("saved", saved);
        return "portal/advocate";
    }

    @PostMapping("/me/advocate")
    String askAdvocate(@RequestParam(required = false) String offer, @RequestParam(required = false) String answer,
                       Model model) {
        Me me = me(model);
        if (offer != null) {
            UUID id;
            try {
                id = UUID.fromString(offer);
            } catch (IllegalArgumentException e) {
                throw HearthProblem.notFound("The offer");
            }
            if (answer == null) {
                model.addAttribute("answerError", "Choose an answer");
                return advocate(model, null);
            }
            Map<String, String> problems = run(me, space.version(me.actor(), me.childId(), RecordParts.ADVOCACY,
                    "the child answered the offer of an advocate"), new AnswerAdvocateOffer(me.childId(), id, answer,
                    java.time.Instant.now()), "the child answered the offer of an advocate", "answer");
            if (problems.containsKey("offerId")) {
                throw HearthProblem.notFound("The offer");
            }
            if (!problems.isEmpty()) {
                model.addAttribute("answerError", problems.values().iterator().next());
                return advocate(model, null);
            }
        } else {
            Map<String, String> problems = run(me, null, new AskForAdvocate(me.childId(), java.time.Instant.now()),
                    "the child asked for an advocate", "answer");
            if (!problems.isEmpty()) {
                model.addAttribute("answerError", problems.values().iterator().next());
                return advocate(model, null);
            }
        }
        return "redirect:/me/advocate?saved=yes";
    }

    // ── The care leaver's pathway plan ───────────────────────────────────────────────────────────────────────

    private static final String PLAN_PURPOSE = "the young person read their pathway plan";
    private static final String COMMENT_PURPOSE = "the young person commented on their pathway plan";

    /**
     * The young person's pathway plan as their personal adviser wrote it with them (leaving care's read model, read
     * through the seam with their own view: the plan's parts only), their comments, and a form to comment on the whole
     * plan or one part of it ({@link org.hearth.leaving.CommentOnPathwayPlan}: only on their own plan).
     */
    @GetMapping("/me/pathway-plan")
    String pathwayPlan(Model model, @RequestParam(required = false) String saved) {
        Me me = me(model);
        return pathwayPlan(me, model, new java.util.LinkedHashMap<>(), new org.hearth.platform.web.FormErrors(),
                saved);
    }

    @PostMapping("/me/pathway-plan/comments")
    String commentOnPathwayPlan(@RequestParam Map<String, String> form, Model model) {
        Me me = me(model);
        org.hearth.platform.web.FormErrors errors = new org.hearth.platform.web.FormErrors();
        Long version = org.hearth.platform.web.FormAnswers.version(form, errors);
        String area = form.get("area") == null || form.get("area").isBlank() ? null : form.get("area");
        if (errors.isEmpty()) {
            try {
                journeys.execute(me.actor(), me.childId(), version, new org.hearth.leaving.CommentOnPathwayPlan(
                        me.childId(), area, form.get("text")), COMMENT_PURPOSE);
                return "redirect:/me/pathway-plan?saved=comment";
            } catch (StaleRecord stale) {
                // not the journey's refusal (it names the adviser and the part they changed): the young person's own
                errors.add("text", CHANGED_SINCE_OPENED, null);
            } catch (RuleViolations v) {
                errors.addAll(v.violations(), field -> field);
            }
        }
        // shown again with what they typed, and the plan (and its version) as it is now
        return pathwayPlan(me, model, form, errors, null);
    }

    private String pathwayPlan(Me me, Model model, Map<String, String> form, org.hearth.platform.web.FormErrors errors,
                               String saved) {
        model.addAttribute("plan", space.plan(me.actor(), me.childId(), PLAN_PURPOSE));
        org.hearth.journey.ChildJourney j = journeys.read(me.actor(), me.childId(),
                org.hearth.leaving.LeavingCareStage.PATHWAY_PLANS.name(), PLAN_PURPOSE);
        org.hearth.leaving.PathwayPlanView view = org.hearth.leaving.PathwayPlanView.of(j, java.time.LocalDate.now());
        model.addAttribute("pathwayPlan", view.plan() == null ? null : view);
        model.addAttribute("version", j.version());
        model.addAttribute("form", form);
        // The child's pages say one problem beside the comment box, in the words the rules gave
        model.addAttribute("problems", errors.isEmpty() ? Map.of() : Map.of("text", String.join(". ", errors.all())));
        model.addAttribute("saved", saved);
        return "portal/pathway-plan";
    }

    // ── The memorable PIN ─────────────────────────────────────────────────────────────────────────────────

    @GetMapping("/me/pin")
    String pinForm(Model model) {
        me(model);
        model.addAttribute("problem", null);
        return "portal/pin";
    }

    @PostMapping("/me/pin")
    String pin(@RequestParam(required = false) String pin, @RequestParam(required = false) String again, Model model) {
        Me me = me(model);
        String problem = PortalAccounts.pinProblem(pin, again);
        if (problem != null) {
            model.addAttribute("problem", problem);
            return "portal/pin";
        }
        accounts.setPin(me.actor(), pin);
        return "redirect:/me?saved=pin";
    }
}
