package org.hearth.protection;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.clocks.JourneyClocks;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyService;
import org.hearth.portal.OwnWords;
import org.hearth.portal.space.SayWhatIThink;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.Drafts;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormRecorder;
import org.hearth.platform.web.Labels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The child protection review conference: its date, whether the plan continues (perhaps under a new category) or
 * ends (and why), and the child's views. It starts from the open plan and its review clock; the form runs
 * {@link ReviewCpPlan} or {@link EndCpPlan}, as the API does — a plan ends only there, on the day of the review.
 */
@Controller
class CpReviewPages {
    static final String FORM = "cp-review";
    private static final String PURPOSE = "record a child protection review";

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;
    private final PartnerOrganisations organisations;
    private final OwnWords ownWords;
    private final JourneyClocks clocks = JourneyClocks.standard();

    CpReviewPages(JourneyService journeys, CurrentActor currentActor, Drafts drafts, PartnerOrganisations organisations,
                  OwnWords ownWords) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
        this.organisations = organisations;
        this.ownWords = ownWords;
    }

    @GetMapping("/children/{childId}/cp-reviews/new")
    String form(@PathVariable UUID childId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = read(actor, childId);
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(actor.username(), childId, FORM));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "reviewDate", LocalDate.now());
            CpPlan plan = ChildProtection.openPlan(j);
            if (plan != null) {
                fields.put("category", ChildProtection.category(plan));
            }
            // The review starts from what the child said for it in their own space (the review keeps the views in
            // its own row; how the child took part is kept beside it).
            ownWords.offer(actor, childId, j.child().forename(), SayWhatIThink.Occasion.CP_CONFERENCE, null)
                    .ifPresent(offer -> OwnWords.prefill(fields, offer, "views", ProtectionPages.PARTICIPATION));
        }
        fields.put("version", Long.toString(j.version()));
        return show(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/cp-reviews/new")
    String record(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = read(actor, childId);
        CpPlan plan = ChildProtection.openPlan(j);
        FormErrors errors = new FormErrors();
        if (plan == null) {
            errors.add("reviewDate", CpReviewConference.NO_OPEN_PLAN, null);
            return show(j, form, errors, model);
        }
        ProtectionForms.Read<JourneyCommand> answers = ProtectionForms.review(plan.id(), j.child().dob(), form,
                LocalDate.now(), organisations);
        errors = answers.errors();
        Long version = FormAnswers.version(form, errors);
        OwnWords.check(form, "views", ProtectionPages.PARTICIPATION, LocalDate.now(), errors);
        var saved = errors.isEmpty() ? FormRecorder.record(journeys, actor, childId, version, answers.command(),
                PURPOSE, errors, ProtectionForms.REVIEW_QUESTIONS)
                : java.util.Optional.<org.hearth.journey.JourneyService.Recorded>empty();
        if (saved.isPresent()) {
            String kind = ProtectionStage.CP_REVIEWS.name();
            OwnWords.added(saved.get(), kind).ifPresent(reviewId ->
                    ownWords.recorded(actor, childId, kind, reviewId, form, null, ProtectionPages.PARTICIPATION));
            drafts.discard(actor.username(), childId, FORM);
            return "redirect:/children/" + childId + "?saved="
                    + (answers.command() instanceof EndCpPlan ? "cp-review-end" : "cp-review") + "#protection";
        }
        return show(read(actor, childId), form, errors, model);
    }

    private String show(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        LocalDate today = LocalDate.now();
        ProtectionPages.common(j, fields, errors, model);
        CpPlan plan = ChildProtection.openPlan(j);
        model.addAttribute("plan", plan);
        model.addAttribute("category", plan == null ? null : ChildProtection.CATEGORIES.getOrDefault(
                ChildProtection.category(plan), ChildProtection.category(plan)));
        model.addAttribute("due", clocks.open(j, today).stream().filter(c -> c.ruleId().startsWith("CP_REVIEW"))
                .findFirst().orElse(null));
        model.addAttribute("lastReview", ChildProtection.lastReview(j, plan));
        model.addAttribute("endReasons", ChildProtection.END_REASONS);
        model.addAttribute("categories", ChildProtection.CATEGORIES);
        model.addAttribute("today", today);
        ProtectionPages.meetingChoices(model, organisations);
        ProtectionPages.ownWordsOn(model, ownWords.shown(currentActor.get(), j.child().id(), j.child().forename(),
                SayWhatIThink.Occasion.CP_CONFERENCE, null, fields));
        Labels.addTo(model);
        return "protection/review";
    }

    private ChildJourney read(Actor actor, UUID childId) {
        return journeys.read(actor, childId, "cp-reviews", PURPOSE);
    }
}
