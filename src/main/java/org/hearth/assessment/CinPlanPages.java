package org.hearth.assessment;

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
import org.hearth.platform.web.HearthProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Starting and ending a child in need plan; a change against an older version of the record is refused. */
@Controller
class CinPlanPages {
    static final String START_FORM = "cin-plan-start";
    static final String END_FORM = "cin-plan-end";
    private static final String PURPOSE_START = "start a child in need plan";
    private static final String PURPOSE_END = "end a child in need plan";

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;

    CinPlanPages(JourneyService journeys, CurrentActor currentActor, Drafts drafts) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
    }

    @GetMapping("/children/{childId}/cin-plans/new")
    String startForm(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId, PURPOSE_START);
        return show(j, null, startFields(childId, START_FORM, j), new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/cin-plans/new")
    String start(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = read(childId, PURPOSE_START);
        CinPlanForm.Read<StartCinPlan> read = CinPlanForm.start(form, LocalDate.now());
        FormErrors errors = read.errors();
        Long version = FormAnswers.version(form, errors);
        boolean answered = errors.isEmpty();
        if (answered && FormRecorder.execute(journeys, actor, childId, version,
                read.command(), PURPOSE_START, errors, CinPlanForm::question)) {
            drafts.discard(actor.username(), childId, START_FORM);
            return "redirect:/children/" + childId + "?saved=cin-plan";
        }
        return show(answered ? read(childId, PURPOSE_START) : j, null, form, errors, model);
    }

    @GetMapping("/children/{childId}/cin-plans/{planId}/end")
    String endForm(@PathVariable UUID childId, @PathVariable UUID planId, Model model) {
        ChildJourney j = read(childId, PURPOSE_END);
        return show(j, plan(j, planId), startFields(childId, END_FORM, j), new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/cin-plans/{planId}/end")
    String end(@PathVariable UUID childId, @PathVariable UUID planId, @RequestParam Map<String, String> form,
               Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = read(childId, PURPOSE_END);
        CinPlan plan = plan(j, planId);
        CinPlanForm.Read<EndCinPlan> read = CinPlanForm.end(plan, form, LocalDate.now());
        FormErrors errors = read.errors();
        Long version = FormAnswers.version(form, errors);
        boolean answered = errors.isEmpty();
        if (answered && FormRecorder.execute(journeys, actor, childId, version,
                read.command(), PURPOSE_END, errors, CinPlanForm::question)) {
            drafts.discard(actor.username(), childId, END_FORM);
            return "redirect:/children/" + childId + "?saved=cin-plan-end";
        }
        return show(answered ? read(childId, PURPOSE_END) : j, plan, form, errors, model);
    }

    private String show(ChildJourney j, CinPlan plan, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("plan", plan);
        model.addAttribute("referral", org.hearth.referral.Referrals.open(j).orElse(null));
        return plan == null ? "assessment/cin-plan-start" : "assessment/cin-plan-end";
    }

    private ChildJourney read(UUID childId, String purpose) {
        return journeys.read(currentActor.get(), childId, "cin-plans", purpose);
    }

    private static CinPlan plan(ChildJourney j, UUID planId) {
        return j.find(AssessmentStage.CIN_PLANS, planId).orElseThrow(() -> HearthProblem.notFound("The child in need plan"));
    }

    /** A draft if there is one, else today's date; always the version read now (a draft is checked against it). */
    private Map<String, String> startFields(UUID childId, String form, ChildJourney j) {
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(currentActor.get().username(), childId, form));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "date", LocalDate.now());
        }
        fields.put("version", Long.toString(j.version()));
        return fields;
    }
}
