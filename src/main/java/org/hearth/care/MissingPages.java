package org.hearth.care;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.portal.OwnWords;
import org.hearth.portal.space.SayWhatIThink;
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

/** Recording a missing or away episode, and later the child's return and the return home interview. */
@Controller
class MissingPages {
    static final String FORM = "missing";
    private static final String PURPOSE = "record a missing or away episode";

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;
    private final OwnWords ownWords;
    static final String ACCOUNT = "childAccount";
    private static final String KIND = CareStage.MISSING.name();

    MissingPages(JourneyService journeys, CurrentActor currentActor, Drafts drafts, OwnWords ownWords) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
        this.ownWords = ownWords;
    }

    @GetMapping("/children/{childId}/missing/new")
    String newForm(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId);
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(currentActor.get().username(), childId, FORM));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "start", LocalDate.now());
            offer(j).ifPresent(offer -> OwnWords.prefill(fields, offer, ACCOUNT, null));
        }
        fields.put("version", Long.toString(j.version()));
        return show(j, null, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/missing/new")
    String recordNew(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        return save(childId, null, form, model);
    }

    @GetMapping("/children/{childId}/missing/{episodeId}")
    String returnForm(@PathVariable UUID childId, @PathVariable UUID episodeId, Model model) {
        ChildJourney j = read(childId);
        MissingEpisode episode = episode(j, episodeId);
        Map<String, String> fields = new LinkedHashMap<>();
        MissingForm.fill(fields, episode);
        if (episode.missingEpisodeEndDate() == null) {
            DateAnswer.fill(fields, "end", LocalDate.now());
        }
        // The child's account as recorded with the episode, else what the child said after going missing in their
        // own space (the return home interview starts from it).
        ownWords.onRecord(currentActor.get(), childId, KIND, episodeId).map(OwnWords.OnRecord::views)
                .ifPresentOrElse(views -> fields.put(ACCOUNT, views),
                        () -> offer(j).ifPresent(offer -> OwnWords.prefill(fields, offer, ACCOUNT, null)));
        fields.put("version", Long.toString(j.version()));
        return show(j, episode, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/missing/{episodeId}")
    String recordReturn(@PathVariable UUID childId, @PathVariable UUID episodeId, @RequestParam Map<String, String> form,
                        Model model) {
        return save(childId, episodeId, form, model);
    }

    private String save(UUID childId, UUID episodeId, Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = read(childId);
        MissingEpisode existing = episodeId == null ? null : episode(j, episodeId);
        MissingForm.Read read = MissingForm.read(existing, form, LocalDate.now());
        FormErrors errors = read.errors();
        Long version = FormAnswers.version(form, errors);
        OwnWords.check(form, ACCOUNT, null, LocalDate.now(), errors);
        boolean answered = errors.isEmpty();
        var saved = answered ? FormRecorder.record(journeys, actor, childId, version, read.command(), PURPOSE, errors,
                MissingForm::question) : java.util.Optional.<JourneyService.Recorded>empty();
        if (saved.isPresent()) {
            (existing == null ? OwnWords.added(saved.get(), KIND) : java.util.Optional.of(existing.id()))
                    .ifPresent(id -> ownWords.recorded(actor, childId, KIND, id, form, ACCOUNT, null));
            if (existing == null) {
                drafts.discard(actor.username(), childId, FORM);
            }
            return "redirect:/children/" + childId + "?saved=" + (existing == null ? "missing" : "missing-return");
        }
        return show(answered ? read(childId) : j, existing, form, errors, model);
    }

    private String show(ChildJourney j, MissingEpisode episode, Map<String, String> fields, FormErrors errors,
                        Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("episode", episode);
        model.addAttribute("ownWords", ownWords.shown(currentActor.get(), j.child().id(), j.child().forename(),
                SayWhatIThink.Occasion.MISSING, null, fields));
        model.addAttribute("types", FormAnswers.options("MISSING", FormAnswers.listDate(fields, "start", LocalDate.now())));
        return "care/missing";
    }

    /** What the child said in their own space after going missing, not yet used by an episode. */
    private java.util.Optional<OwnWords.Offer> offer(ChildJourney j) {
        return ownWords.offer(currentActor.get(), j.child().id(), j.child().forename(), SayWhatIThink.Occasion.MISSING,
                null);
    }

    private ChildJourney read(UUID childId) {
        return journeys.read(currentActor.get(), childId, "missing", PURPOSE);
    }

    private static MissingEpisode episode(ChildJourney j, UUID id) {
        return j.find(CareStage.MISSING, id).orElseThrow(() -> HearthProblem.notFound("The missing or away episode"));
    }
}
