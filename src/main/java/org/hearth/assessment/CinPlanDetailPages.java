package org.hearth.assessment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.earlyhelp.PlanProgress;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyService;
import org.hearth.portal.OwnWords;
import org.hearth.portal.space.SayWhatIThink;
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
 * A child in need plan's page: its outcomes with their actions (who, what, by when), its review meetings and, once it
 * has ended, the follow-up a year later; with the forms that add to it. Each form carries the version read.
 */
@Controller
class CinPlanDetailPages {
    private static final String PURPOSE = "work on the child in need plan";
    static final String UNKNOWN_ORGANISATION = "Select the partner organisation that will do it from the list, or "
            + "none if the council or the family will";

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final org.hearth.sharing.Organisations organisations;
    private final OwnWords ownWords;
    /** The child's views and how they took part, as the review form asks them (OwnWords keeps them with it). */
    static final String VIEWS = "childViews";
    static final String PARTICIPATION = "childParticipation";

    CinPlanDetailPages(JourneyService journeys, CurrentActor currentActor,
                       org.hearth.sharing.Organisations organisations, OwnWords ownWords) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.organisations = organisations;
        this.ownWords = ownWords;
    }

    @GetMapping("/children/{childId}/cin-plans/{planId}")
    String plan(@PathVariable UUID childId, @PathVariable UUID planId, @RequestParam(required = false) String saved,
                Model model) {
        ChildJourney j = read(childId);
        model.addAttribute("saved", saved == null ? null : new AssessmentStage().savedMessages().get(saved));
        return show(j, plan(j, planId), new LinkedHashMap<>(), new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/cin-plans/{planId}/outcomes")
    String outcome(@PathVariable UUID childId, @PathVariable UUID planId, @RequestParam Map<String, String> form,
                   Model model) {
        return record(childId, planId, form, new FormErrors(), model,
                new AddCinPlanOutcome(planId, form.get("outcomeText")), "cin-plan-outcome");
    }

    @PostMapping("/children/{childId}/cin-plans/{planId}/actions")
    String action(@PathVariable UUID childId, @PathVariable UUID planId, @RequestParam Map<String, String> form,
                  Model model) {
        FormErrors errors = new FormErrors();
        UUID outcome = uuid(form.get("outcomeId"));
        if (outcome == null) {
            errors.add("outcomeId", "Select the outcome the action is towards", null);
        }
        LocalDate byWhen = DateAnswer.read(form, "actionByWhen").orElse(null);
        if (byWhen == null) {
            errors.add("actionByWhen", "Enter the date it is to be done by as a real date, for example 27 3 2025", null);
        }
        String organisation = CinPlans.clean(form.get("organisationId"));
        if (organisation != null && organisations.find(organisation).isEmpty()) {
            errors.add("organisationId", UNKNOWN_ORGANISATION, null);
        }
        return record(childId, planId, form, errors, model, new AddCinPlanAction(planId, outcome, form.get("actionWho"),
                form.get("actionWhat"), byWhen, organisation), "cin-plan-action");
    }

    @PostMapping("/children/{childId}/cin-plan-actions/{actionId}/done")
    String done(@PathVariable UUID childId, @PathVariable UUID actionId, @RequestParam Map<String, String> form,
                Model model) {
        ChildJourney j = read(childId);
        CinPlanAction action = j.find(AssessmentStage.ACTIONS, actionId)
                .orElseThrow(() -> HearthProblem.notFound("The child in need plan action"));
        return record(childId, action.cinPlanId(), form, new FormErrors(), model,
                new MarkCinPlanActionDone(actionId, LocalDate.now()), "cin-plan-action-done");
    }

    @GetMapping("/children/{childId}/cin-plans/{planId}/review")
    String reviewForm(@PathVariable UUID childId, @PathVariable UUID planId, Model model) {
        ChildJourney j = read(childId);
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "reviewDate", LocalDate.now());
        DateAnswer.fill(fields, "nextReviewDate", LocalDate.now().plusMonths(3));
        fields.put("version", Long.toString(j.version()));
        // The review starts from what the child said for it in their own space, and how they chose to take part.
        ownWords.offer(currentActor.get(), childId, j.child().forename(), SayWhatIThink.Occasion.CIN_REVIEW, null)
                .ifPresent(offer -> OwnWords.prefill(fields, offer, VIEWS, PARTICIPATION));
        return showReview(j, plan(j, planId), fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/cin-plans/{planId}/review")
    String review(@PathVariable UUID childId, @PathVariable UUID planId, @RequestParam Map<String, String> form,
                  Model model) {
        form.remove("_csrf");
        ChildJourney j = read(childId);
        CinPlan plan = plan(j, planId);
        FormErrors errors = new FormErrors();
        LocalDate date = FormAnswers.pastDate(form, "reviewDate", "the date of the review meeting", LocalDate.now(),
                errors, null);
        List<String> attendees = Arrays.stream(form.getOrDefault("attendees", "").split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        Boolean childAttended = FormAnswers.yesNo(form, "childAttended");
        Map<UUID, String> progress = new LinkedHashMap<>();
        for (CinPlanOutcome o : CinPlans.outcomes(j, plan.id())) {
            String p = FormAnswers.choice(form, "progress-" + o.id(), PlanProgress.LABELS,
                    "Select the progress towards the outcome \"" + ReviewCinPlan.shortText(o.outcomeText()) + "\"", errors);
            if (p != null) {
                progress.put(o.id(), p);
            }
        }
        LocalDate next = DateAnswer.read(form, "nextReviewDate").orElse(null);
        if (next == null) {
            errors.add("nextReviewDate", "Enter the date of the next review as a real date, for example 27 3 2025", null);
        }
        Long version = FormAnswers.version(form, errors);
        OwnWords.check(form, VIEWS, PARTICIPATION, LocalDate.now(), errors);
        var saved = errors.isEmpty() ? FormRecorder.record(journeys, currentActor.get(), childId, version,
                new ReviewCinPlan(plan.id(), date, attendees, childAttended, progress, form.get("reviewSummary"), next),
                PURPOSE, errors, CinPlanDetailPages::question) : java.util.Optional.<JourneyService.Recorded>empty();
        if (saved.isPresent()) {
            OwnWords.added(saved.get(), ReviewCinPlan.KIND).ifPresent(reviewId -> ownWords.recorded(currentActor.get(),
                    childId, ReviewCinPlan.KIND, reviewId, form, VIEWS, PARTICIPATION));
            return "redirect:/children/" + childId + "/cin-plans/" + plan.id() + "?saved=cin-plan-review";
        }
        return showReview(read(childId), plan, form, errors, model);
    }

    @GetMapping("/children/{childId}/cin-plans/{planId}/follow-up")
    String followUpForm(@PathVariable UUID childId, @PathVariable UUID planId, Model model) {
        ChildJourney j = read(childId);
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "followUpDate", LocalDate.now());
        fields.put("version", Long.toString(j.version()));
        return showFollowUp(j, plan(j, planId), fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/cin-plans/{planId}/follow-up")
    String followUp(@PathVariable UUID childId, @PathVariable UUID planId, @RequestParam Map<String, String> form,
                    Model model) {
        form.remove("_csrf");
        ChildJourney j = read(childId);
        CinPlan plan = plan(j, planId);
        FormErrors errors = new FormErrors();
        LocalDate date = FormAnswers.pastDate(form, "followUpDate", "the date of the follow-up", LocalDate.now(),
                errors, null);
        String answer = FormAnswers.choice(form, "followUpAnswer", CinPlanFollowUp.ANSWERS,
                "Select whether the child is better off, the same, worse off, or it is not known", errors);
        if (FormAnswers.text(form, "followUpEvidence") == null) {
            errors.add("followUpEvidence", "Enter the evidence for the answer", null);
        }
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, currentActor.get(), childId, version,
                new RecordCinFollowUp(plan.id(), date, answer, form.get("followUpEvidence")), PURPOSE, errors,
                CinPlanDetailPages::question)) {
            return "redirect:/children/" + childId + "/cin-plans/" + plan.id() + "?saved=cin-plan-follow-up";
        }
        return showFollowUp(read(childId), plan, form, errors, model);
    }

    private String record(UUID childId, UUID planId, Map<String, String> form, FormErrors errors, Model model,
                          JourneyCommand command, String saved) {
        form.remove("_csrf");
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, currentActor.get(), childId, version, command, PURPOSE,
                errors, CinPlanDetailPages::question)) {
            return "redirect:/children/" + childId + "/cin-plans/" + planId + "?saved=" + saved;
        }
        ChildJourney j = read(childId);
        return show(j, plan(j, planId), form, errors, model);
    }

    private String show(ChildJourney j, CinPlan plan, Map<String, String> fields, FormErrors errors, Model model) {
        Map<String, String> shown = new LinkedHashMap<>(fields);
        shown.put("version", Long.toString(j.version()));
        errors.addTo(model, shown);
        model.addAttribute("child", j.child());
        model.addAttribute("plan", plan);
        List<CinPlanOutcome> outcomes = CinPlans.outcomes(j, plan.id());
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("actions", j.all(AssessmentStage.ACTIONS).stream()
                .filter(a -> plan.id().equals(a.cinPlanId())).toList());
        model.addAttribute("reviews", CinPlans.reviews(j, plan.id()));
        Map<String, String> outcomeChoices = new LinkedHashMap<>();
        outcomes.forEach(o -> outcomeChoices.put(o.id().toString(), o.outcomeText()));
        model.addAttribute("outcomeChoices", outcomeChoices);
        model.addAttribute("organisationChoices", organisationChoices(organisations));
        model.addAttribute("organisationNames", organisationNames(organisations));
        model.addAttribute("followUpDue", plan.cinPlanEndDate() == null ? null : CinPlans.followUpDue(plan));
        model.addAttribute("followUp", CinPlans.followUp(j, plan.id()).orElse(null));
        model.addAttribute("today", LocalDate.now());
        return "assessment/cin-plan";
    }

    private String showReview(ChildJourney j, CinPlan plan, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("plan", plan);
        model.addAttribute("outcomes", CinPlans.outcomes(j, plan.id()));
        model.addAttribute("progressChoices", PlanProgress.LABELS);
        model.addAttribute("ownWords", ownWords.shown(currentActor.get(), j.child().id(), j.child().forename(),
                SayWhatIThink.Occasion.CIN_REVIEW, null, fields));
        model.addAttribute("meetingParticipations", FormAnswers.options(OwnWords.MEETING_PARTICIPATION, LocalDate.now()));
        return "assessment/cin-plan-review";
    }

    private String showFollowUp(ChildJourney j, CinPlan plan, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("plan", plan);
        model.addAttribute("answers", CinPlanFollowUp.ANSWERS);
        model.addAttribute("followUpDue", plan.cinPlanEndDate() == null ? null : CinPlans.followUpDue(plan));
        return "assessment/cin-plan-follow-up";
    }

    /** The question a refusal's record field is asked in on these pages, or null for the whole form. */
    static String question(String field) {
        return field == null || java.util.Set.of("progress", "actionDoneDate", "cinPlanId").contains(field) ? null : field;
    }

    private ChildJourney read(UUID childId) {
        return journeys.read(currentActor.get(), childId, AssessmentStage.OUTCOMES.name(), PURPOSE);
    }

    private static CinPlan plan(ChildJourney j, UUID planId) {
        return j.find(AssessmentStage.CIN_PLANS, planId).orElseThrow(() -> HearthProblem.notFound("The child in need plan"));
    }

    private static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The partner organisations an action may be owned by: id → "Name (type)". */
    static Map<String, String> organisationChoices(org.hearth.sharing.Organisations organisations) {
        Map<String, String> out = new LinkedHashMap<>();
        organisations.all().forEach(o -> out.put(o.id(), o.name() + " (" + o.typeLabel() + ")"));
        return out;
    }

    static Map<String, String> organisationNames(org.hearth.sharing.Organisations organisations) {
        Map<String, String> out = new LinkedHashMap<>();
        organisations.all().forEach(o -> out.put(o.id(), o.name()));
        return out;
    }
}
