package org.hearth.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Creating a child's record, reached only from a search (search before create): the page shows the search again with
 * the matches the user may see, and the new record leads straight to recording the contact about the child.
 */
@Controller
class NewChildPage {
    private final PersonSearch search;
    private final AccessSeam seam;
    private final CurrentActor currentActor;
    private final JourneyService journeys;

    NewChildPage(PersonSearch search, AccessSeam seam, CurrentActor currentActor, JourneyService journeys) {
        this.search = search;
        this.seam = seam;
        this.currentActor = currentActor;
        this.journeys = journeys;
    }

    @GetMapping("/children/new")
    String form(@RequestParam(required = false) String q, Model model) {
        if (q == null || q.isBlank()) {
            return "redirect:/children";
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("q", q.trim());
        return show(fields, new FormErrors(), model);
    }

    @PostMapping("/children/new")
    String create(@RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        if (FormAnswers.text(form, "q") == null) {
            return "redirect:/children";
        }
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        if (actor.role().allocationRole() == null) {
            errors.add(null, "Only a practitioner who will work with the child can create their record; the record "
                    + "is allocated to whoever creates it", null);
            return show(form, errors, model);
        }
        NewChildForm.Read read = NewChildForm.read(form, LocalDate.now());
        if (!read.errors().isEmpty()) {
            return show(form, read.errors(), model);
        }
        try {
            JourneyService.Recorded created = journeys.createChild(actor, read.person(), "record a contact about a new child");
            return "redirect:/children/" + created.records().get(0).personId() + "/contacts/new";
        } catch (RuleViolations v) {
            errors.addAll(v.violations(), f -> f == null ? null : switch (f) {
                case "dob" -> "dob";
                case "sex" -> "sex";
                default -> null;
            });
            return show(form, errors, model);
        }
    }

    private String show(Map<String, String> fields, FormErrors errors, Model model) {
        Actor actor = currentActor.get();
        List<PersonSearch.Match> visible = search.find(fields.get("q")).stream()
                .filter(m -> seam.canRead(actor, m.id())).toList();
        errors.addTo(model, fields);
        model.addAttribute("q", fields.get("q"));
        model.addAttribute("results", visible);
        model.addAttribute("sexes", FormAnswers.options("SEX", LocalDate.now()));
        return "people/new";
    }
}
