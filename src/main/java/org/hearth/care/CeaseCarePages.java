package org.hearth.care;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.Drafts;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormRecorder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Ceasing to be looked after: the period of care, its last placement and legal status end the same day. */
@Controller
class CeaseCarePages {
    static final String FORM = "care-end";
    private static final String PURPOSE = "record ceasing to be looked after";

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;

    CeaseCarePages(JourneyService journeys, CurrentActor currentActor, Drafts drafts) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
    }

    @GetMapping("/children/{childId}/care/end")
    String form(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId);
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(currentActor.get().username(), childId, FORM));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "date", LocalDate.now());
        }
        fields.put("version", Long.toString(j.version()));
        return show(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/care/end")
    String record(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = read(childId);
        CeaseCareForm.Read read = CeaseCareForm.read(form, LocalDate.now());
        FormErrors errors = read.errors();
        Long version = FormAnswers.version(form, errors);
        boolean answered = errors.isEmpty();
        if (answered && FormRecorder.execute(journeys, actor, childId, version, read.command(), PURPOSE, errors,
                CeaseCareForm::question)) {
            drafts.discard(actor.username(), childId, FORM);
            return "redirect:/children/" + childId + "?saved=care-end#looked-after";
        }
        return show(answered ? read(childId) : j, form, errors, model);
    }

    private String show(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("period", LookedAfter.openPeriod(j));
        model.addAttribute("care", LookedAfter.of(j, LocalDate.now()));
        model.addAttribute("reasons", CeaseCareForm.reasons(FormAnswers.listDate(fields, "date", LocalDate.now())));
        return "care/end";
    }

    private ChildJourney read(UUID childId) {
        return journeys.read(currentActor.get(), childId, "care", PURPOSE);
    }
}
