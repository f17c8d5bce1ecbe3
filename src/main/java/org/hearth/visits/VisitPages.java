package org.hearth.visits;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.journey.Violation;
import org.hearth.platform.web.Drafts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.hearth.assessment.AssessmentStage;
import org.hearth.care.CareStage;
import org.hearth.earlyhelp.EarlyHelpStage;
import org.hearth.protection.ProtectionStage;

/** Recording a visit: the form starts from what the record knows (which plan the child is on), and keeps a draft. */
@Controller
class VisitPages {
    static final String FORM = "visit";
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;

    VisitPages(JourneyService journeys, CurrentActor currentActor, Drafts drafts) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
    }

    @GetMapping("/children/{childId}/visits/new")
    String form(@PathVariable UUID childId, Model model) {
        ChildJourney j = journeys.read(currentActor.get(), childId, "visits", "record a visit");
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(currentActor.get().username(), childId, FORM));
        if (fields.isEmpty()) {
            org.hearth.platform.web.DateAnswer.fill(fields, "visitDate", LocalDate.now());
            fields.put("context", defaultContext(j));
        }
        return show(j, fields, List.of(), model);
    }

    @PostMapping("/children/{childId}/visits/new")
    String record(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        var actor = currentActor.get();
        List<Violation> errors = new java.util.ArrayList<>();
        LocalDate date = org.hearth.platform.web.DateAnswer.read(form, "visitDate").orElse(null);
        if (date == null) {
            errors.add(error("visitDate", "Enter the date of the visit as a real date, for example 27 3 2025"));
        } else if (date.isAfter(LocalDate.now())) {
            errors.add(error("visitDate", "The date of the visit must be today or in the past"));
        }
        Boolean seen = yesNo(form.get("seen"));
        if (seen == null) {
            errors.add(error("visitSeen", "Select yes if the child was seen"));
        }
        Boolean alone = yesNo(form.get("seenAlone"));
        if (!errors.isEmpty()) {
            return show(journeys.read(actor, childId, "visits", "record a visit"), form, errors, model);
        }
        Visit visit = new Visit(null, childId, date, form.get("context"), seen, Boolean.TRUE.equals(seen) ? alone : false,
                Boolean.TRUE.equals(seen) && "yes".equals(form.get("bedroom")), blankToNull(form.get("note")));
        try {
            journeys.record(actor, childId, null, List.of(JourneyChange.of(VisitsStage.VISITS, visit)), "record a visit");
        } catch (RuleViolations v) {
            return show(journeys.read(actor, childId, "visits", "record a visit"), form, v.violations(), model);
        }
        drafts.discard(actor.username(), childId, FORM);
        return "redirect:/children/" + childId + "?saved=visit#chronology";
    }

    private String show(ChildJourney j, Map<String, String> fields, List<Violation> errors, Model model) {
        model.addAttribute("child", j.child());
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field() == null ? "visitDate" : e.field(),
                e.message() + (e.dfeCode() == null ? "" : " (DfE rule " + e.dfeCode() + ")")));
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("contexts", CONTEXTS);
        return "visits/visit-form";
    }

    static final Map<String, String> CONTEXTS = new LinkedHashMap<>();
    static {
        CONTEXTS.put("CIN", "Child in need plan");
        CONTEXTS.put("CP", "Child protection plan");
        CONTEXTS.put("CLA", "Looked after");
        CONTEXTS.put("EH", "Family help");
        CONTEXTS.put("CL", "Care leaver");
    }

    /** Never ask twice: the plan the child is on now decides which statutory visit this is. */
    static String defaultContext(ChildJourney j) {
        LocalDate today = LocalDate.now();
        if (j.all(CareStage.CARE_PERIODS).stream().anyMatch(p -> p.periodEndDate() == null)) return "CLA";
        if (j.all(ProtectionStage.CP_PLANS).stream().anyMatch(p -> p.cpPlanEndDate() == null)) return "CP";
        if (j.all(AssessmentStage.CIN_PLANS).stream().anyMatch(p -> p.cinPlanEndDate() == null)) return "CIN";
        if (j.all(EarlyHelpStage.EARLY_HELP).stream().anyMatch(p -> p.episodeEndDate() == null)) return "EH";
        return j.child().ageOn(today) != null && j.child().ageOn(today) >= 18 ? "CL" : "CIN";
    }

    private static Violation error(String field, String message) {
        return new Violation("form", null, VisitsStage.VISITS.name(), null, field, message);
    }

    private static Boolean yesNo(String v) {
        return "yes".equals(v) ? Boolean.TRUE : "no".equals(v) ? Boolean.FALSE : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
