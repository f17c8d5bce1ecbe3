package org.hearth.care;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
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
 * Recording a step that stops a statutory clock (the care plan, placement plan, health assessment, PEP, a return home
 * interview, a pathway plan review) or confirms the placement as long-term, through {@link RecordCareMilestone}.
 */
@Controller
class CareStepPages {
    private static final String PURPOSE = "record a care plan, health or education step";

    private final JourneyService journeys;
    private final CurrentActor currentActor;

    CareStepPages(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    @GetMapping("/children/{childId}/care-steps/new")
    String form(@PathVariable UUID childId, @RequestParam(required = false) String type, Model model) {
        ChildJourney j = read(childId);
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "date", LocalDate.now());
        if (type != null && CareMilestone.TYPES.containsKey(type)) {
            fields.put("type", type);
        }
        fields.put("version", Long.toString(j.version()));
        return show(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/care-steps/new")
    String save(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = read(childId);
        FormErrors errors = new FormErrors();
        String type = FormAnswers.choice(form, "type", CareMilestone.TYPES, "Select what was done", errors);
        LocalDate date = FormAnswers.pastDate(form, "date", "the date it was done", LocalDate.now(), errors, null);
        UUID subject = null;
        String s = form.get("subjectId");
        if (s != null && !s.isBlank()) {
            try {
                subject = UUID.fromString(s.strip());
            } catch (IllegalArgumentException e) {
                errors.add("subjectId", "Select the placement or missing episode from the list", null);
            }
        }
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, version,
                new RecordCareMilestone(type, date, subject, FormAnswers.yesNo(form, "childAgreed"),
                        FormAnswers.yesNo(form, "iroConsulted")), PURPOSE, errors, CareStepPages::question)) {
            return "redirect:/children/" + childId + "?saved=care-step";
        }
        return show(errors.isEmpty() ? read(childId) : j, form, errors, model);
    }

    static String question(String recordField) {
        if (recordField == null) return null;
        return switch (recordField) {
            case "milestoneType" -> "type";
            case "milestoneDate" -> "date";
            case "subjectId", "childAgreed", "iroConsulted" -> recordField;
            default -> null;
        };
    }

    private String show(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("types", CareMilestone.TYPES);
        // What a step can belong to: the placements of the record and the returns from missing, newest first.
        Map<String, String> subjects = new LinkedHashMap<>();
        j.all(CareStage.PLACEMENTS).stream().filter(p -> p.claPlacementStartDate() != null)
                .sorted(java.util.Comparator.comparing(Placement::claPlacementStartDate).reversed())
                .forEach(p -> subjects.put(p.id().toString(), "Placement from " + Dates.uk(p.claPlacementStartDate())
                        + (p.claPlacementEndDate() == null ? " (current)" : " to " + Dates.uk(p.claPlacementEndDate()))
                        + ": " + LookedAfter.label("PLACE", p.claPlacementType(), p.claPlacementStartDate())));
        j.all(CareStage.MISSING).stream().filter(m -> m.missingEpisodeEndDate() != null)
                .sorted(java.util.Comparator.comparing(MissingEpisode::missingEpisodeEndDate).reversed())
                .forEach(m -> subjects.put(m.id().toString(), ("A".equals(m.missingEpisodeType()) ? "Away" : "Missing")
                        + " from " + Dates.uk(m.missingEpisodeStartDate()) + ", returned "
                        + Dates.uk(m.missingEpisodeEndDate())));
        model.addAttribute("subjects", subjects);
        return "care/care-step";
    }

    private ChildJourney read(UUID childId) {
        return journeys.read(currentActor.get(), childId, CareStage.MILESTONES.name(), PURPOSE);
    }
}
