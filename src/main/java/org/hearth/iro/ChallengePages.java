package org.hearth.iro;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.Drafts;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The IRO's challenge log on the web: raising a challenge, reading it with its escalations, escalating it to the next
 * stage and recording its outcome. Errors come back in the user's words against the question they are about.
 */
@Controller
class ChallengePages {
    static final String RAISE_FORM = "iro-challenge";
    static final List<String> RAISE_FIELDS = List.of("raisedOn", "subject", "detail");
    static final List<String> ESCALATE_FIELDS = List.of("stage", "escalatedOn", "escalatedTo", "reason");
    static final List<String> OUTCOME_FIELDS = List.of("outcome", "decidedOn", "summary");
    static final List<String> ANSWER_FIELDS = List.of("answeredOn", "answer");

    private final Challenges challenges;
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;

    ChallengePages(Challenges challenges, JourneyService journeys, CurrentActor currentActor, Drafts drafts) {
        this.challenges = challenges;
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
    }

    // ---- Raise ------------------------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/challenges/new")
    String raiseForm(@PathVariable UUID childId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = readChild(actor, childId, "raise an IRO challenge");
        requireIro(actor, childId, "raises a challenge");
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(actor.username(), childId, RAISE_FORM));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "raisedOn", LocalDate.now());
        }
        return showRaise(j, fields, List.of(), model);
    }

    @PostMapping("/children/{childId}/challenges/new")
    String raise(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        Challenge raised;
        try {
            raised = challenges.raise(actor, childId, DateAnswer.read(form, "raisedOn").orElse(null),
                    form.get("subject"), form.get("detail"));
        } catch (ChallengeRefused refused) {
            return showRaise(readChild(actor, childId, "raise an IRO challenge"), form, refused.violations(), model);
        }
        drafts.discard(actor.username(), childId, RAISE_FORM);
        return "redirect:/children/" + childId + "/challenges/" + raised.id() + "?saved=raised";
    }

    private String showRaise(ChildJourney j, Map<String, String> fields, List<Violation> errors, Model model) {
        model.addAttribute("child", j.child());
        model.addAttribute("subjects", Challenge.SUBJECTS);
        addErrors(model, fields, errors, RAISE_FIELDS);
        return "iro/challenge-new";
    }

    // ---- Read -------------------------------------------------------------------------------------------------

    private static final Map<String, String> SAVED = Map.of("raised", "Challenge raised",
            "escalated", "Escalation recorded", "closed", "Outcome recorded", "answered", "Your answer is recorded and the IRO can see it");

    @GetMapping("/children/{childId}/challenges/{challengeId}")
    String challenge(@PathVariable UUID childId, @PathVariable UUID challengeId,
                     @RequestParam(required = false) String saved, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = readChild(actor, childId, "read an IRO challenge");
        Challenge c = challenges.one(actor, childId, challengeId, "read an IRO challenge");
        model.addAttribute("child", j.child());
        model.addAttribute("challenge", c);
        model.addAttribute("canWrite", c.isOpen() && challenges.isChildsIro(actor, childId));
        model.addAttribute("canAnswer", c.awaitingTeamManager() != null && actor.role() == org.hearth.access.Role.TEAM_MANAGER);
        model.addAttribute("saved", saved == null ? null : SAVED.get(saved));
        return "iro/challenge";
    }

    // ---- Escalate ---------------------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/challenges/{challengeId}/escalate")
    String escalateForm(@PathVariable UUID childId, @PathVariable UUID challengeId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = readChild(actor, childId, "escalate an IRO challenge");
        requireIro(actor, childId, "escalates a challenge");
        Challenge c = challenges.one(actor, childId, challengeId, "escalate an IRO challenge");
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "escalatedOn", LocalDate.now());
        fields.put("version", Long.toString(c.version()));
        if (c.nextStage() != null) {
            fields.put("stage", c.nextStage().name());
        }
        return showStep(j, c, fields, List.of(), ESCALATE_FIELDS, "iro/challenge-escalate", model);
    }

    @PostMapping("/children/{childId}/challenges/{challengeId}/escalate")
    String escalate(@PathVariable UUID childId, @PathVariable UUID challengeId, @RequestParam Map<String, String> form,
                    Model model) {
        return step(childId, challengeId, form, ESCALATE_FIELDS, "iro/challenge-escalate", "escalated", model,
                (actor, version) -> challenges.escalate(actor, childId, challengeId, version,
                        ChallengeStage.parse(form.get("stage")).orElse(null),
                        DateAnswer.read(form, "escalatedOn").orElse(null), form.get("escalatedTo"), form.get("reason")));
    }

    // ---- Outcome ----------------------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/challenges/{challengeId}/outcome")
    String outcomeForm(@PathVariable UUID childId, @PathVariable UUID challengeId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = readChild(actor, childId, "record the outcome of an IRO challenge");
        requireIro(actor, childId, "records the outcome of a challenge");
        Challenge c = challenges.one(actor, childId, challengeId, "record the outcome of an IRO challenge");
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "decidedOn", LocalDate.now());
        fields.put("version", Long.toString(c.version()));
        return showStep(j, c, fields, List.of(), OUTCOME_FIELDS, "iro/challenge-outcome", model);
    }

    @PostMapping("/children/{childId}/challenges/{challengeId}/outcome")
    String outcome(@PathVariable UUID childId, @PathVariable UUID challengeId, @RequestParam Map<String, String> form,
                   Model model) {
        String choice = form.get("outcome");
        Boolean resolved = "resolved".equals(choice) ? Boolean.TRUE : "not-resolved".equals(choice) ? Boolean.FALSE : null;
        return step(childId, challengeId, form, OUTCOME_FIELDS, "iro/challenge-outcome", "closed", model,
                (actor, version) -> challenges.close(actor, childId, challengeId, version, resolved,
                        DateAnswer.read(form, "decidedOn").orElse(null), form.get("summary")));
    }

    // ---- The team manager's answer ---------------------------------------------------------------------------

    @GetMapping("/children/{childId}/challenges/{challengeId}/answer")
    String answerForm(@PathVariable UUID childId, @PathVariable UUID challengeId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = readChild(actor, childId, "answer an IRO challenge");
        Challenge c = challenges.one(actor, childId, challengeId, "answer an IRO challenge");
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "answeredOn", LocalDate.now());
        fields.put("version", Long.toString(c.version()));
        return showStep(j, c, fields, List.of(), ANSWER_FIELDS, "iro/challenge-answer", model);
    }

    @PostMapping("/children/{childId}/challenges/{challengeId}/answer")
    String answer(@PathVariable UUID childId, @PathVariable UUID challengeId, @RequestParam Map<String, String> form,
                  Model model) {
        return step(childId, challengeId, form, ANSWER_FIELDS, "iro/challenge-answer", "answered", model,
                (actor, version) -> challenges.answer(actor, childId, challengeId, version,
                        DateAnswer.read(form, "answeredOn").orElse(null), form.get("answer")));
    }

    // ---- Shared -----------------------------------------------------------------------------------------------

    /** A change to an open challenge, made at the version of it the IRO opened. */
    private interface Step {
        void apply(Actor actor, long version);
    }

    /**
     * Makes one step on a challenge (an escalation or its outcome); a refusal, a missing version or a change made
     * meanwhile shows the form again with why, and nothing is saved.
     */
    private String step(UUID childId, UUID challengeId, Map<String, String> form, List<String> formFields, String view,
                        String saved, Model model, Step step) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        Long version = version(form);
        try {
            if (version == null) {
                throw new ChallengeRefused(List.of(formError(
                        "This form is missing the version of the challenge you opened. Reload the page and try again")));
            }
            step.apply(actor, version);
        } catch (ChallengeRefused refused) {
            return redisplay(actor, childId, challengeId, form, refused.violations(), formFields, view, model);
        } catch (HearthProblem p) {
            if (p.status() != HttpStatus.CONFLICT) {
                throw p;
            }
            return redisplay(actor, childId, challengeId, form, List.of(formError(p.title() + ". " + p.getMessage())),
                    formFields, view, model);
        }
        return "redirect:/children/" + childId + "/challenges/" + challengeId + "?saved=" + saved;
    }

    private String redisplay(Actor actor, UUID childId, UUID challengeId, Map<String, String> form,
                             List<Violation> errors, List<String> formFields, String view, Model model) {
        ChildJourney j = readChild(actor, childId, "read an IRO challenge");
        Challenge c = challenges.one(actor, childId, challengeId, "read an IRO challenge");
        return showStep(j, c, form, errors, formFields, view, model);
    }

    private String showStep(ChildJourney j, Challenge c, Map<String, String> fields, List<Violation> errors,
                            List<String> formFields, String view, Model model) {
        model.addAttribute("child", j.child());
        model.addAttribute("challenge", c);
        Map<String, String> stages = new LinkedHashMap<>();
        for (ChallengeStage s : ChallengeStage.values()) {
            if (s.ordinal() > c.stage().ordinal()) {
                stages.put(s.name(), s.label());
            }
        }
        model.addAttribute("stages", stages);
        addErrors(model, fields, errors, formFields);
        return view;
    }

    /** The refusals as the shared form parts show them: each against its question on this form, else the whole form. */
    private static void addErrors(Model model, Map<String, String> fields, List<Violation> violations,
                                  List<String> formFields) {
        FormErrors errors = new FormErrors();
        errors.addAll(violations, f -> f != null && formFields.contains(f) ? f : null);
        errors.addTo(model, fields);
    }

    private static Violation formError(String message) {
        return new Violation("form", null, "form", null, null, message);
    }

    private ChildJourney readChild(Actor actor, UUID childId, String purpose) {
        return journeys.read(actor, childId, Challenges.PART, purpose);
    }

    private void requireIro(Actor actor, UUID childId, String what) {
        if (!challenges.isChildsIro(actor, childId)) {
            throw new HearthProblem(HttpStatus.FORBIDDEN, "Only the child's IRO " + what,
                    "The dispute resolution process is the Independent Reviewing Officer's: only the IRO who chairs "
                            + "this child's reviews " + what + ". You can read the challenge log on the child's record.");
        }
    }

    private static Long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", "").trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
