package org.hearth.carers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.RecordParts;
import org.hearth.access.Role;
import org.hearth.clocks.ClockSettings;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.journey.StaleRecord;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.FormAnswers;
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
 * The carer's own pages, mobile first: their home (the children placed with them, decisions waiting, their logs), a
 * child's page (who the child is, who decides what, the answers to their requests), asking for a decision and writing
 * a log. Every read and write goes through the seam as the carer; a child not placed with them now is refused.
 */
@Controller
class CarerPages {
    static final String ASK = "ask for a decision about a child placed with me";
    static final String LOG = "write a log about a child placed with me";

    private final CarerSpace space;
    private final JourneyService journeys;
    private final CurrentActor currentActor;

    CarerPages(CarerSpace space, JourneyService journeys, CurrentActor currentActor) {
        this.space = space;
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    private Actor carer() {
        Actor actor = currentActor.get();
        if (actor.role() != Role.CARER) {
            throw new HearthProblem(HttpStatus.FORBIDDEN, "These pages are for carers",
                    "Carers' pages show a carer the children placed with them. Open the child's record instead");
        }
        return actor;
    }

    @GetMapping("/carer")
    String home(Model model) {
        model.addAttribute("children", space.home(carer()));
        return "carers/home";
    }

    @GetMapping("/carer/children/{childId}")
    String child(@PathVariable UUID childId, @RequestParam(required = false) String saved, Model model) {
        model.addAttribute("child", space.child(carer(), childId));
        model.addAttribute("saved", switch (saved == null ? "" : saved) {
            case "asked" -> "Your request has been sent to the social worker";
            case "log" -> "Your log has been saved";
            default -> null;
        });
        return "carers/child";
    }

    @GetMapping("/carer/children/{childId}/ask")
    String askForm(@PathVariable UUID childId, @RequestParam(required = false) String decision, Model model) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (decision != null) {
            fields.put("decision", decision);
        }
        return showAsk(space.child(carer(), childId), fields, new FormErrors(), model);
    }

    @PostMapping("/carer/children/{childId}/ask")
    String ask(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = carer();
        FormErrors errors = new FormErrors();
        int days = ClockSettings.rules().rule("DECISION_REQUEST").amount();
        AskForDecision command = new AskForDecision(FormAnswers.text(form, "decision"), FormAnswers.text(form, "asked"),
                Instant.now(), days);
        if (run(actor, childId, command, ASK, errors)) {
            return "redirect:/carer/children/" + childId + "?saved=asked";
        }
        return showAsk(space.child(actor, childId), form, errors, model);
    }

    private String showAsk(CarerSpace.Child child, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", child);
        Map<String, String> decisions = new LinkedHashMap<>();
        CarersStage.options(CarersStage.DECISION).forEach((code, label) -> {
            boolean mine = child.delegations().stream().anyMatch(d -> d.decision().equals(code) && d.mine());
            if (!mine) {
                decisions.put(code, label);
            }
        });
        model.addAttribute("decisions", decisions);
        model.addAttribute("answerDays", ClockSettings.rules().rule("DECISION_REQUEST").amount());
        return "carers/ask";
    }

    @GetMapping("/carer/children/{childId}/log")
    String logForm(@PathVariable UUID childId, Model model) {
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "logDate", LocalDate.now());
        return showLog(space.child(carer(), childId), fields, new FormErrors(), model);
    }

    @PostMapping("/carer/children/{childId}/log")
    String log(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = carer();
        FormErrors errors = new FormErrors();
        LocalDate date = DateAnswer.read(form, "logDate").orElse(null);
        if (date == null) {
            errors.add("logDate", "Enter the date as a real date, for example 27 3 2026", null);
        } else {
            RecordCarerLog command = new RecordCarerLog(date, FormAnswers.text(form, "mood"),
                    FormAnswers.text(form, "whatHappened"), "yes".equals(form.get("significant")), Instant.now());
            if (run(actor, childId, command, LOG, errors)) {
                return "redirect:/carer/children/" + childId + "?saved=log";
            }
        }
        return showLog(space.child(actor, childId), form, errors, model);
    }

    private String showLog(CarerSpace.Child child, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", child);
        model.addAttribute("moods", CarersStage.options(CarersStage.MOOD));
        return "carers/log";
    }

    /** Runs the command as the carer; false with the reasons in {@code errors} when refused (nothing saved). */
    private boolean run(Actor actor, UUID childId, JourneyCommand command, String purpose, FormErrors errors) {
        try {
            journeys.execute(actor, childId, null, command, purpose);
            return true;
        } catch (StaleRecord stale) {
            errors.add(null, stale.title() + ". " + stale.getMessage(), null);
        } catch (RuleViolations v) {
            errors.addAll(v.violations(), CarerPages::question);
        }
        return false;
    }

    static String question(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "decision" -> "decision";
            case "asked" -> "asked";
            case "mood" -> "mood";
            case "whatHappened" -> "whatHappened";
            case "logDate" -> "logDate";
            default -> null;
        };
    }

    /** The parts a carer's pages read (for the record of what the pages are). */
    static final String PART = RecordParts.CARER_ESSENTIALS;
}
