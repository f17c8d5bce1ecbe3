package org.hearth.leaving;

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

/** The personal adviser records a contact with a care leaver: in touch, main activity and accommodation. */
@Controller
class CareLeaverContactPages {
    private static final String PURPOSE = "record a care leaver contact";

    private final JourneyService journeys;
    private final CurrentActor currentActor;

    CareLeaverContactPages(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    @GetMapping("/children/{childId}/care-leaver-contacts/new")
    String form(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId);
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "date", LocalDate.now());
        return show(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/care-leaver-contacts/new")
    String record(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        LocalDate date = FormAnswers.pastDate(form, "date", "the date of the contact", LocalDate.now(), errors, null);
        boolean touching = RecordCareLeaverContact.IN_TOUCH.equals(FormAnswers.text(form, "inTouch"));
        RecordCareLeaverContact command = new RecordCareLeaverContact(date, FormAnswers.text(form, "inTouch"),
                touching ? FormAnswers.text(form, "activity") : null,
                touching ? FormAnswers.text(form, "accommodation") : null);
        // A contact only adds to the record, so it needs no version.
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, null, command, PURPOSE, errors,
                CareLeaverContactPages::question)) {
            return "redirect:/children/" + childId + "?saved=care-leaver-contact";
        }
        return show(read(childId), form, errors, model);
    }

    static String question(String recordField) {
        if (recordField == null) return null;
        return switch (recordField) {
            case "careLeaverInTouch" -> "inTouch";
            case "careLeaverActivity" -> "activity";
            case "careLeaverAccommodation" -> "accommodation";
            default -> "date";
        };
    }

    private String show(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        LocalDate on = FormAnswers.listDate(fields, "date", LocalDate.now());
        model.addAttribute("child", j.child());
        model.addAttribute("status", CareLeavers.on(j, LocalDate.now()).orElse(null));
        model.addAttribute("last", CareLeavers.lastContact(j).orElse(null));
        model.addAttribute("inTouchOptions", FormAnswers.options("IN_TOUCH", on));
        Map<String, String> activities = new LinkedHashMap<>(FormAnswers.options("ACTIV", on));
        activities.remove(RecordCareLeaverContact.NOT_KNOWN);
        Map<String, String> accommodation = new LinkedHashMap<>(FormAnswers.options("ACCOM", on));
        accommodation.remove(RecordCareLeaverContact.NOT_KNOWN);
        model.addAttribute("activities", activities);
        model.addAttribute("accommodations", accommodation);
        return "leaving/contact";
    }

    private ChildJourney read(UUID childId) {
        return journeys.read(currentActor.get(), childId, "care-leaver-contacts", PURPOSE);
    }
}
