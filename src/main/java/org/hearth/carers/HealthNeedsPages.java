package org.hearth.carers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.RecordParts;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.HearthProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The worker records the child's health needs and allergies, on the child's record, for the carers who look after
 * them (the carer's page shows them). The form carries the version read; a change made since is refused.
 */
@Controller
class HealthNeedsPages {
    private static final String PURPOSE = "record the child's health needs and allergies";
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final ChildHealthNeeds healthNeeds;

    HealthNeedsPages(JourneyService journeys, CurrentActor currentActor, ChildHealthNeeds healthNeeds) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.healthNeeds = healthNeeds;
    }

    @GetMapping("/children/{childId}/health-needs")
    String form(@PathVariable UUID childId, Model model) {
        Actor actor = worker();
        ChildJourney j = journeys.read(actor, childId, RecordParts.HEALTH_NEEDS, PURPOSE);
        ChildHealthNeeds.Recorded now = healthNeeds.read(actor, childId, PURPOSE);
        Map<String, String> fields = new LinkedHashMap<>();
        if (now.needs() != null) {
            fields.put("needs", now.needs());
        }
        if (now.allergies() != null) {
            fields.put("allergies", now.allergies());
        }
        fields.put("version", Integer.toString(now.version()));
        return show(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/health-needs")
    String record(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = worker();
        ChildJourney j = journeys.read(actor, childId, RecordParts.HEALTH_NEEDS, PURPOSE);
        FormErrors errors = new FormErrors();
        int version;
        try {
            version = Integer.parseInt(form.getOrDefault("version", "").strip());
        } catch (NumberFormatException notANumber) {
            version = -1;
        }
        RecordHealthNeeds command = new RecordHealthNeeds(form.get("needs"), form.get("allergies"), version);
        command.problems().forEach((field, problem) -> errors.add(field, problem, null));
        if (errors.isEmpty()) {
            try {
                healthNeeds.record(actor, childId, command);
                return "redirect:/children/" + childId + "?saved=health-needs";
            } catch (HearthProblem p) {
                if (p.status().value() != 409) {
                    throw p;
                }
                errors.add(null, p.getMessage(), null);
            }
        }
        return show(j, form, errors, model);
    }

    private String show(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("max", RecordHealthNeeds.MAX);
        return "carers/health-needs";
    }

    private Actor worker() {
        Actor actor = currentActor.get();
        if (!actor.role().practitioner()) {
            throw new HearthProblem(org.springframework.http.HttpStatus.FORBIDDEN, "This page is for the child's workers",
                    "The child's worker records their health needs and allergies");
        }
        return actor;
    }
}
