package org.hearth.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
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

/** The worker records the school the child now attends (the one before ends the day before): the school history. */
@Controller
class SchoolPages {
    private static final String PURPOSE = "record the child's school";

    private final JourneyService journeys;
    private final CurrentActor currentActor;

    SchoolPages(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    @GetMapping("/children/{childId}/schools/new")
    String form(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId);
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "startDate", LocalDate.now());
        fields.put("version", Long.toString(j.version()));
        return show(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/schools/new")
    String record(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        FormErrors errors = new FormErrors();
        LocalDate from = FormAnswers.pastDate(form, "startDate", "the date the child started at the school",
                LocalDate.now(), errors, null);
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, currentActor.get(), childId, version,
                new RecordSchool(form.get("schoolName"), form.get("schoolUrn"), from, null), PURPOSE, errors,
                f -> f == null || f.equals("endDate") ? null : f)) {
            return "redirect:/children/" + childId + "?saved=school#stability";
        }
        return show(read(childId), form, errors, model);
    }

    private String show(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        Map<String, String> shown = new LinkedHashMap<>(fields);
        shown.putIfAbsent("version", Long.toString(j.version()));
        errors.addTo(model, shown);
        model.addAttribute("child", j.child());
        model.addAttribute("schools", j.all(PeopleStage.SCHOOLS).stream()
                .sorted(java.util.Comparator.comparing(SchoolAttended::startDate).reversed()).toList());
        return "people/school";
    }

    private ChildJourney read(UUID childId) {
        return journeys.read(currentActor.get(), childId, PeopleStage.SCHOOLS.name(), PURPOSE);
    }
}
