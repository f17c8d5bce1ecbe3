package org.hearth.care;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.clocks.JourneyClocks;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.FormRecorder;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.Drafts;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.Labels;
import org.hearth.portal.OwnWords;
import org.hearth.portal.space.SayWhatIThink;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The looked-after review, as its chair records it: the date, how the child took part (the DfE's PN0–PN7), the
 * child's own views in their words, and what the review decided. It starts from what the record knows: the review's
 * due date from its statutory clock, the current placement and legal status, the last review.
 */
@Controller
class CareReviewPages {
    static final String FORM = "care-review";
    static final Set<String> FIELDS = Set.of("date", "participation", "views", "decisions");

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;
    private final JourneyClocks clocks = JourneyClocks.standard();
    private final OwnWords ownWords;
    private final java.util.List<CareReviewSection> sections;

    CareReviewPages(JourneyService journeys, CurrentActor currentActor, Drafts drafts, OwnWords ownWords,
                    java.util.List<CareReviewSection> sections) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
        this.ownWords = ownWords;
        this.sections = sections;
    }

    @GetMapping("/children/{childId}/care-reviews/new")
    String form(@PathVariable UUID childId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = read(actor, childId);
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(actor.username(), childId, FORM));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "date", LocalDate.now());
            // The review starts from what the child said for it in their own space: their views in their words and
            // how they chose to take part (the chair can still change both before saving).
            childsViews(actor, j).ifPresent(offer -> OwnWords.prefill(fields, offer, "views", "participation"));
        }
        return show(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/care-reviews/new")
    String record(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = read(actor, childId);
        FormErrors errors = new FormErrors();
        LocalDate today = LocalDate.now();
        LocalDate date = FormAnswers.pastDate(form, "date", "the date of the review", today, errors, "166");
        RecordCareReview command = new RecordCareReview(date, form.get("participation"), form.get("views"),
                form.get("decisions"));
        if (!errors.isEmpty()) {
            // The date could not be read: say what else the review lacks too, so every problem shows at once.
            errors.addAll(command.decide(j, new JourneyCommand.Context(actor, today)).refusals().stream()
                    .filter(v -> !"claReviewDate".equals(v.field())).toList(), CareForms.questions(FIELDS));
            return show(j, form, errors, model);
        }
        // A review only adds to the record, so it needs no version: it never overwrites what someone else changed.
        var recorded = FormRecorder.record(journeys, actor, childId, null, command, "record a looked-after review",
                errors, CareForms.questions(FIELDS));
        if (recorded.isEmpty()) {
            return show(read(actor, childId), form, errors, model);
        }
        drafts.discard(actor.username(), childId, FORM);
        // The child's answers the review started from are used by it: the next review does not offer them again.
        String kind = CareStage.CARE_REVIEWS.name();
        OwnWords.added(recorded.get(), kind).ifPresent(reviewId -> ownWords.used(actor, childId, kind, reviewId, form));
        // What later stages asked this review to confirm (the delegated authority was reviewed), now the review is saved.
        CareReview saved = LookedAfter.lastReview(read(actor, childId));
        for (CareReviewSection section : sections) {
            section.shown(j, actor).filter(shown -> "yes".equals(form.get(shown.name())) && saved != null)
                    .ifPresent(shown -> section.recorded(actor, childId, saved.id(), date));
        }
        return "redirect:/children/" + childId + "?saved=care-review#looked-after";
    }

    private String show(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        LocalDate today = LocalDate.now();
        LocalDate listDate = DateAnswer.read(fields, "date").filter(d -> !d.isAfter(today)).orElse(today);
        model.addAttribute("child", j.child());
        errors.addTo(model, fields);
        model.addAttribute("care", LookedAfter.of(j, today));
        model.addAttribute("due", clocks.open(j, today).stream().filter(c -> c.ruleId().startsWith("CLA_REVIEW"))
                .findFirst().orElse(null));
        model.addAttribute("today", today);
        CareReview last = LookedAfter.lastReview(j);
        model.addAttribute("lastReview", last);
        model.addAttribute("lastParticipation", last == null ? null
                : LookedAfter.label("PARTICIPATION", last.claReviewParticipation(), last.claReviewDate()));
        model.addAttribute("participations", FormAnswers.options("PARTICIPATION", listDate));
        CareReview lastOne = LookedAfter.lastReview(j);
        model.addAttribute("ownWords", ownWords.shown(currentActor.get(), j.child().id(), j.child().forename(),
                SayWhatIThink.Occasion.CARE_REVIEW, lastOne == null ? null : lastOne.claReviewDate(), fields));
        model.addAttribute("sections", sections.stream()
                .map(section -> section.shown(j, currentActor.get())).flatMap(java.util.Optional::stream).toList());
        Labels.addTo(model);
        return "care/review";
    }

    /**
     * What the child said for this review in their own space, not yet used by a review and written since the last one
     * (answers from before the answers were marked used), if the reader may see it.
     */
    private java.util.Optional<OwnWords.Offer> childsViews(Actor actor, ChildJourney j) {
        CareReview last = LookedAfter.lastReview(j);
        return ownWords.offer(actor, j.child().id(), j.child().forename(), SayWhatIThink.Occasion.CARE_REVIEW,
                last == null ? null : last.claReviewDate());
    }

    private ChildJourney read(Actor actor, UUID childId) {
        return journeys.read(actor, childId, "care-reviews", "record a looked-after review");
    }

}
