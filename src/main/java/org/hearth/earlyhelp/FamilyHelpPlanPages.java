package org.hearth.earlyhelp;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
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
 * The family help plan page: the plan and its lead practitioner, goals with their actions, reviews; and the forms
 * that start it, add goals and actions, mark an action done and review it. Each form carries the version read.
 */
@Controller
class FamilyHelpPlanPages {
    private static final String PURPOSE = "work on the family help plan";

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final org.hearth.sharing.Organisations organisations;

    FamilyHelpPlanPages(JourneyService journeys, CurrentActor currentActor,
                        org.hearth.sharing.Organisations organisations) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.organisations = organisations;
    }

    @GetMapping("/children/{childId}/family-help-plan")
    String plan(@PathVariable UUID childId, @RequestParam(required = false) String saved, Model model) {
        ChildJourney j = read(childId);
        model.addAttribute("saved", saved == null ? null : new EarlyHelpStage().savedMessages().get(saved));
        Map<String, String> fields = new LinkedHashMap<>();
        if (EarlyHelp.currentPlan(j).isEmpty()) {
            DateAnswer.fill(fields, "planStartDate", LocalDate.now());
        }
        return show(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/family-help-plans/new")
    String start(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        FormErrors errors = new FormErrors();
        LocalDate date = FormAnswers.pastDate(form, "planStartDate", "the date the plan started", LocalDate.now(), errors, null);
        return record(childId, form, errors, model, new StartFamilyHelpPlan(date, form.get("leadName"),
                form.get("leadAgency"), form.get("leadContact")), "family-help-plan");
    }

    @PostMapping("/children/{childId}/family-help-plans/{planId}/goals")
    String goal(@PathVariable UUID childId, @PathVariable UUID planId, @RequestParam Map<String, String> form,
                Model model) {
        return record(childId, form, new FormErrors(), model, new AddFamilyHelpGoal(planId, form.get("goalText")),
                "family-help-goal");
    }

    @PostMapping("/children/{childId}/family-help-plans/{planId}/actions")
    String action(@PathVariable UUID childId, @PathVariable UUID planId, @RequestParam Map<String, String> form,
                  Model model) {
        FormErrors errors = new FormErrors();
        LocalDate due = DateAnswer.read(form, "actionDueDate").orElse(null);
        if (due == null) {
            errors.add("actionDueDate", "Enter the date the action is due as a real date, for example 27 3 2025", null);
        }
        UUID goal = uuid(form.get("goalId"));
        if (goal == null) {
            errors.add("goalId", "Select the goal the action is towards", null);
        }
        String organisation = EarlyHelp.clean(form.get("organisationId"));
        if (organisation != null && organisations.find(organisation).isEmpty()) {
            errors.add("organisationId", FamilyHelpPlanApi.UNKNOWN_ORGANISATION, null);
        }
        return record(childId, form, errors, model, new AddFamilyHelpAction(planId, goal, form.get("actionText"),
                form.get("actionOwner"), due, organisation), "family-help-action");
    }

    @PostMapping("/children/{childId}/family-help-actions/{actionId}/done")
    String done(@PathVariable UUID childId, @PathVariable UUID actionId, @RequestParam Map<String, String> form,
                Model model) {
        return record(childId, form, new FormErrors(), model, new MarkFamilyHelpActionDone(actionId, LocalDate.now()),
                "family-help-action-done");
    }

    @GetMapping("/children/{childId}/family-help-plans/{planId}/review")
    String reviewForm(@PathVariable UUID childId, @PathVariable UUID planId, Model model) {
        ChildJourney j = read(childId);
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "reviewDate", LocalDate.now());
        DateAnswer.fill(fields, "nextReviewDate", LocalDate.now().plusMonths(3));
        fields.put("version", Long.toString(j.version()));
        return showReview(j, plan(j, planId), fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/family-help-plans/{planId}/review")
    String review(@PathVariable UUID childId, @PathVariable UUID planId, @RequestParam Map<String, String> form,
                  Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = read(childId);
        FamilyHelpPlan plan = plan(j, planId);
        FormErrors errors = new FormErrors();
        LocalDate date = FormAnswers.pastDate(form, "reviewDate", "the date of the review", LocalDate.now(), errors, null);
        Map<UUID, String> progress = new LinkedHashMap<>();
        for (FamilyHelpGoal g : EarlyHelp.goals(j, plan.id())) {
            String p = FormAnswers.choice(form, "progress-" + g.id(), PlanProgress.LABELS,
                    "Select the progress towards the goal \"" + ReviewFamilyHelpPlan.shortText(g.goalText()) + "\"", errors);
            if (p != null) {
                progress.put(g.id(), p);
            }
        }
        LocalDate next = DateAnswer.read(form, "nextReviewDate").orElse(null);
        if (next == null) {
            errors.add("nextReviewDate", "Enter the date of the next review as a real date, for example 27 3 2025", null);
        }
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, version, new ReviewFamilyHelpPlan(
                plan.id(), date, progress, form.get("reviewSummary"), next), PURPOSE, errors, FamilyHelpPlanPages::question)) {
            return "redirect:/children/" + childId + "/family-help-plan?saved=family-help-review";
        }
        return showReview(read(childId), plan, form, errors, model);
    }

    private String record(UUID childId, Map<String, String> form, FormErrors errors, Model model,
                          JourneyCommand command, String saved) {
        form.remove("_csrf");
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, currentActor.get(), childId, version, command, PURPOSE,
                errors, FamilyHelpPlanPages::question)) {
            return "redirect:/children/" + childId + "/family-help-plan?saved=" + saved;
        }
        return show(read(childId), form, errors, model);
    }

    private String show(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        Map<String, String> shown = new LinkedHashMap<>(fields);
        shown.put("version", Long.toString(j.version()));
        errors.addTo(model, shown);
        model.addAttribute("child", j.child());
        model.addAttribute("episode", EarlyHelp.open(j).orElse(null));
        FamilyHelpPlan plan = EarlyHelp.currentPlan(j).orElse(null);
        model.addAttribute("plan", plan);
        if (plan != null) {
            model.addAttribute("goals", EarlyHelp.goals(j, plan.id()));
            model.addAttribute("actions", j.all(EarlyHelpStage.ACTIONS).stream()
                    .filter(a -> plan.id().equals(a.planId())).toList());
            model.addAttribute("reviews", EarlyHelp.reviews(j, plan.id()));
            Map<String, String> goalChoices = new LinkedHashMap<>();
            EarlyHelp.goals(j, plan.id()).forEach(g -> goalChoices.put(g.id().toString(), g.goalText()));
            model.addAttribute("goalChoices", goalChoices);
            Map<String, String> organisationChoices = new LinkedHashMap<>();
            Map<String, String> organisationNames = new LinkedHashMap<>();
            organisations.all().forEach(o -> {
                organisationChoices.put(o.id(), o.name() + " (" + o.typeLabel() + ")");
                organisationNames.put(o.id(), o.name());
            });
            model.addAttribute("organisationChoices", organisationChoices);
            model.addAttribute("organisationNames", organisationNames);
        }
        model.addAttribute("today", LocalDate.now());
        return "earlyhelp/family-help-plan";
    }

    private String showReview(ChildJourney j, FamilyHelpPlan plan, Map<String, String> fields, FormErrors errors,
                              Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("plan", plan);
        model.addAttribute("goals", EarlyHelp.goals(j, plan.id()));
        model.addAttribute("progressChoices", PlanProgress.LABELS);
        return "earlyhelp/family-help-review";
    }

    private ChildJourney read(UUID childId) {
        return journeys.read(currentActor.get(), childId, EarlyHelpStage.PLANS.name(), PURPOSE);
    }

    private static FamilyHelpPlan plan(ChildJourney j, UUID planId) {
        return j.find(EarlyHelpStage.PLANS, planId).orElseThrow(() -> HearthProblem.notFound("The family help plan"));
    }

    /** The question a refusal's record field is asked in on these pages, or null for the whole form. */
    static String question(String field) {
        return field == null || java.util.Set.of("progress", "actionDoneDate", "episodeId", "planId").contains(field)
                ? null : field;
    }

    private static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
