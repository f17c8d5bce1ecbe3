package org.hearth.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormRecorder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The warnings on a child's record: the list (in force and ended), a warning added, one ended. Each change is a
 * command run through the journey service, so it is checked, audited and written to the chronology; a change made to
 * a record that changed meanwhile is refused.
 */
@Controller
class WarningPages {
    private static final String PURPOSE = "record a warning";

    private final JourneyService journeys;
    private final CurrentActor currentActor;

    WarningPages(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    @GetMapping("/children/{childId}/warnings")
    String list(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId);
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "startDate", LocalDate.now());
        fields.put("version", Long.toString(j.version()));
        return show(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/warnings")
    String add(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        Long version = FormAnswers.version(form, errors);
        LocalDate from = FormAnswers.pastDate(form, "startDate", "the date the warning applies from", LocalDate.now(),
                errors, null);
        Warnings.Add command = new Warnings.Add(FormAnswers.text(form, "warningType"), FormAnswers.text(form, "detail"),
                from);
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, version, command, PURPOSE, errors,
                f -> f == null ? null : "detail".equals(f) ? "detail" : "warningType".equals(f) ? "warningType" : "startDate")) {
            return "redirect:/children/" + childId + "?saved=warning";
        }
        ChildJourney j = read(childId);
        form.put("version", Long.toString(j.version()));
        return show(j, form, errors, model);
    }

    @PostMapping("/children/{childId}/warnings/{warningId}/end")
    String end(@PathVariable UUID childId, @PathVariable UUID warningId, @RequestParam Map<String, String> form,
               Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, version,
                new Warnings.End(warningId, LocalDate.now()), "end a warning", errors, f -> null)) {
            return "redirect:/children/" + childId + "?saved=warning-ended";
        }
        ChildJourney j = read(childId);
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "startDate", LocalDate.now());
        fields.put("version", Long.toString(j.version()));
        return show(j, fields, errors, model);
    }

    private String show(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        LocalDate today = LocalDate.now();
        model.addAttribute("child", j.child());
        model.addAttribute("types", Warnings.types());
        model.addAttribute("active", Warnings.active(j, today));
        model.addAttribute("ended", j.all(PeopleStage.WARNINGS).stream().filter(w -> !w.activeOn(today)).toList());
        return "people/warnings";
    }

    private ChildJourney read(UUID childId) {
        return journeys.read(currentActor.get(), childId, Warnings.KIND, PURPOSE);
    }
}
