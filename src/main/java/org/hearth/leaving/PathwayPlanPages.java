package org.hearth.leaving;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormRecorder;
import org.hearth.platform.web.HearthProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pathway plan pages: the plan (every area, its goals, actions and the young person's words; reviews and when the
 * next is due; Staying Put or Close; the young person's comments and asks for help; the local offer), and the forms
 * that start it, write an area, record a review and a Staying Put/Close arrangement. Each form carries the version read.
 */
@Controller
class PathwayPlanPages {
    private static final String PURPOSE = "work on the pathway plan";

    private final JourneyService journeys;
    private final CurrentActor currentActor;

    PathwayPlanPages(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    @GetMapping("/children/{childId}/pathway-plan")
    String plan(@PathVariable UUID childId, @RequestParam(required = false) String saved, Model model) {
        ChildJourney j = read(childId);
        model.addAttribute("saved", saved == null ? null : new LeavingCareStage().savedMessages().get(saved));
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "planStartDate", LocalDate.now());
        return show(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/pathway-plan")
    String start(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        FormErrors errors = new FormErrors();
        LocalDate date = FormAnswers.pastDate(form, "planStartDate", "the date the plan started", LocalDate.now(),
                errors, null);
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, currentActor.get(), childId, version,
                new StartPathwayPlan(date, form.get("needsAssessment")), PURPOSE, errors, PathwayPlanPages::question)) {
            return "redirect:/children/" + childId + "/pathway-plan?saved=pathway-plan";
        }
        return show(read(childId), form, errors, model);
    }

    // ---- an area ---------------------------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/pathway-plan/sections/{area}")
    String sectionForm(@PathVariable UUID childId, @PathVariable String area, Model model) {
        ChildJourney j = read(childId);
        PathwayPlan plan = openPlan(j);
        String label = label(area);
        Map<String, String> fields = new LinkedHashMap<>();
        PathwayPlans.section(j, plan.id(), area).ifPresent(s -> {
            if (s.goals() != null) fields.put("goals", s.goals());
            if (s.youngPersonsWords() != null) fields.put("youngPersonsWords", s.youngPersonsWords());
        });
        fields.put("version", Long.toString(j.version()));
        return showSection(j, plan, area, label, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/pathway-plan/sections/{area}")
    String section(@PathVariable UUID childId, @PathVariable String area, @RequestParam Map<String, String> form,
                   Model model) {
        form.remove("_csrf");
        String label = label(area);
        ChildJourney j = read(childId);
        PathwayPlan plan = openPlan(j);
        FormErrors errors = new FormErrors();
        List<UpdatePathwayPlanSection.NewAction> actions = List.of();
        String actionText = FormAnswers.text(form, "actionText");
        String owner = FormAnswers.text(form, "owner");
        boolean dueGiven = DateAnswer.read(form, "dueDate").isPresent() || !blankDate(form, "dueDate");
        if (actionText != null || owner != null || dueGiven) {
            LocalDate due = DateAnswer.read(form, "dueDate").orElse(null);
            actions = List.of(new UpdatePathwayPlanSection.NewAction(actionText, owner, due));
        }
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, currentActor.get(), childId, version,
                new UpdatePathwayPlanSection(plan.id(), area, form.get("goals"), form.get("youngPersonsWords"), actions),
                PURPOSE, errors, PathwayPlanPages::question)) {
            return "redirect:/children/" + childId + "/pathway-plan?saved=pathway-plan-section#area-" + area;
        }
        return showSection(read(childId), plan, area, label, form, errors, model);
    }

    // ---- a review --------------------------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/pathway-plan/review")
    String reviewForm(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId);
        PathwayPlan plan = openPlan(j);
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "reviewDate", LocalDate.now());
        DateAnswer.fill(fields, "nextReviewDate", LocalDate.now().plusMonths(PathwayPlans.REVIEW_MONTHS));
        fields.put("version", Long.toString(j.version()));
        return showForm(j, plan, "leaving/pathway-plan-review", fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/pathway-plan/review")
    String review(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        ChildJourney j = read(childId);
        PathwayPlan plan = openPlan(j);
        FormErrors errors = new FormErrors();
        LocalDate date = FormAnswers.pastDate(form, "reviewDate", "the date of the review", LocalDate.now(), errors,
                null);
        LocalDate next = DateAnswer.read(form, "nextReviewDate").orElse(null);
        if (next == null) {
            errors.add("nextReviewDate", "Enter the date of the next review as a real date, for example 27 9 2026", null);
        }
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, currentActor.get(), childId, version,
                new ReviewPathwayPlan(plan.id(), date, FormAnswers.yesNo(form, "youngPersonTookPart"),
                        form.get("reviewSummary"), next), PURPOSE, errors, PathwayPlanPages::question)) {
            return "redirect:/children/" + childId + "/pathway-plan?saved=pathway-plan-review#reviews";
        }
        return showForm(read(childId), plan, "leaving/pathway-plan-review", form, errors, model);
    }

    // ---- Staying Put or Staying Close ------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/pathway-plan/staying")
    String stayingForm(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId);
        PathwayPlan plan = openPlan(j);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", Long.toString(j.version()));
        return showForm(j, plan, "leaving/pathway-plan-staying", fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/pathway-plan/staying")
    String staying(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        ChildJourney j = read(childId);
        PathwayPlan plan = openPlan(j);
        FormErrors errors = new FormErrors();
        String type = FormAnswers.choice(form, "type", STAYING, "Select Staying Put or Staying Close", errors);
        LocalDate from = DateAnswer.read(form, "from").orElse(null);
        if (from == null) {
            errors.add("from", "Enter the date the arrangement started as a real date, for example 27 3 2026", null);
        }
        LocalDate to = DateAnswer.read(form, "to").orElse(null);
        if (to == null && !blankDate(form, "to")) {
            errors.add("to", "Enter the end date as a real date, or leave it blank while it continues", null);
        }
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, currentActor.get(), childId, version,
                new RecordStayingArrangement(plan.id(), type, from, to, form.get("who")), PURPOSE, errors,
                PathwayPlanPages::question)) {
            return "redirect:/children/" + childId + "/pathway-plan?saved=staying-arrangement";
        }
        return showForm(read(childId), plan, "leaving/pathway-plan-staying", form, errors, model);
    }

    static final Map<String, String> STAYING = new LinkedHashMap<>();
    static {
        STAYING.put(RecordStayingArrangement.PUT, "Staying Put: living on with former foster carers (18 to 21)");
        STAYING.put(RecordStayingArrangement.CLOSE, "Staying Close: living near the children's home they left (18 to 25)");
    }

    // ---- showing ---------------------------------------------------------------------------------------------------

    private String show(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        Map<String, String> shown = new LinkedHashMap<>(fields);
        shown.put("version", Long.toString(j.version()));
        errors.addTo(model, shown);
        model.addAttribute("child", j.child());
        model.addAttribute("view", PathwayPlanView.of(j, LocalDate.now()));
        model.addAttribute("today", LocalDate.now());
        return "leaving/pathway-plan";
    }

    private String showSection(ChildJourney j, PathwayPlan plan, String area, String label, Map<String, String> fields,
                               FormErrors errors, Model model) {
        model.addAttribute("area", area);
        model.addAttribute("areaLabel", label);
        model.addAttribute("actions", PathwayPlans.actions(j, plan.id()).stream()
                .filter(a -> area.equals(a.area())).toList());
        return showForm(j, plan, "leaving/pathway-plan-section", fields, errors, model);
    }

    private String showForm(ChildJourney j, PathwayPlan plan, String template, Map<String, String> fields,
                            FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("plan", plan);
        model.addAttribute("stayingChoices", STAYING);
        return template;
    }

    private ChildJourney read(UUID childId) {
        org.hearth.access.Actor actor = currentActor.get();
        if (actor.role().inPortal()) { // the young person reads and comments on their plan in their own space
            throw new HearthProblem(org.springframework.http.HttpStatus.FORBIDDEN, "Not your page",
                    "These are your adviser's pages. Your pathway plan is in your own space, at /me/pathway-plan");
        }
        return journeys.read(actor, childId, LeavingCareStage.PATHWAY_PLANS.name(), PURPOSE);
    }

    private static PathwayPlan openPlan(ChildJourney j) {
        return PathwayPlans.open(j).orElseThrow(() -> HearthProblem.notFound("The young person's pathway plan"));
    }

    private static String label(String area) {
        String label = PathwayPlans.AREAS.get(area);
        if (label == null) {
            throw HearthProblem.notFound("That part of the pathway plan");
        }
        return label;
    }

    private static boolean blankDate(Map<String, String> form, String id) {
        return FormAnswers.text(form, id + "-day") == null && FormAnswers.text(form, id + "-month") == null
                && FormAnswers.text(form, id + "-year") == null;
    }

    /** The question a refusal's record field is asked in on these pages, or null for the whole form. */
    static String question(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "planStartDate", "needsAssessment", "goals", "youngPersonsWords", "actionText", "owner", "dueDate",
                 "reviewDate", "youngPersonTookPart", "reviewSummary", "nextReviewDate", "type", "from", "to", "who" ->
                    field;
            default -> null;
        };
    }
}
