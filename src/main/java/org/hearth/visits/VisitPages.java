package org.hearth.visits;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.hearth.assessment.AssessmentStage;
import org.hearth.earlyhelp.EarlyHelpStage;
import org.hearth.protection.ProtectionStage;

/** Recording a visit: the form starts from what the record knows (which plan the child is on), and keeps a draft. */
@Controller
class VisitPages {
    static final String FORM = "visit";
    static final String VIEWS = "childViews";
    private static final String PURPOSE = "record a visit";
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;
    private final OwnWords ownWords;

    VisitPages(JourneyService journeys, CurrentActor currentActor, Drafts drafts, OwnWords ownWords) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
        this.ownWords = ownWords;
    }

    @GetMapping("/children/{childId}/visits/new")
    String form(@PathVariable UUID childId, Model model) {
        ChildJourney j = journeys.read(currentActor.get(), childId, "visits", PURPOSE);
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(currentActor.get().username(), childId, FORM));
        if (fields.isEmpty()) {
            org.hearth.platform.web.DateAnswer.fill(fields, "visitDate", LocalDate.now());
            fields.put("context", defaultContext(j, currentActor.get().role()));
            // The visit starts from what the child said for it in their own space (the worker can change it).
            offer(j).ifPresent(offer -> OwnWords.prefill(fields, offer, VIEWS, null));
        }
        return show(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/visits/new")
    String record(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        var actor = currentActor.get();
        FormErrors errors = new FormErrors();
        RecordVisit command = read(form, LocalDate.now(), errors);
        OwnWords.check(form, VIEWS, null, LocalDate.now(), errors);
        // A visit only adds to the record, so it needs no version: two workers may record visits at once.
        var saved = command != null && errors.isEmpty() ? FormRecorder.record(journeys, actor, childId, null, command,
                PURPOSE, errors, VisitPages::question) : java.util.Optional.<JourneyService.Recorded>empty();
        if (saved.isPresent()) {
            OwnWords.added(saved.get(), RecordVisit.KIND).ifPresent(visitId ->
                    ownWords.recorded(actor, childId, RecordVisit.KIND, visitId, form, VIEWS, null));
            drafts.discard(actor.username(), childId, FORM);
            return "redirect:/children/" + childId + "?saved=visit#chronology";
        }
        return show(journeys.read(actor, childId, "visits", PURPOSE), form, errors, model);
    }

    /** The form's answers as the command, or null with the answers' own errors (a date that is not a real date). */
    static RecordVisit read(Map<String, String> form, LocalDate today, FormErrors errors) {
        LocalDate date = DateAnswer.read(form, "visitDate").orElse(null);
        if (date == null) {
            errors.add("visitDate", "Enter the date of the visit as a real date, for example 27 3 2025", null);
            return null;
        }
        Boolean seen = FormAnswers.yesNo(form, "seen");
        boolean wasSeen = Boolean.TRUE.equals(seen);
        return new RecordVisit(date, FormAnswers.text(form, "context"), seen,
                wasSeen && Boolean.TRUE.equals(FormAnswers.yesNo(form, "seenAlone")),
                wasSeen && "yes".equals(form.get("bedroom")), FormAnswers.text(form, "note"),
                Boolean.FALSE.equals(seen) ? FormAnswers.text(form, "notSeenReason") : null);
    }

    /** The question that asks for a record field the command refused. */
    static String question(String recordField) {
        if (recordField == null) return null;
        return switch (recordField) {
            case "visitContext" -> "context";
            case "visitSeen", "visitSeenAlone" -> "visitSeen";
            case "visitNote" -> "note";
            case "visitNotSeenReason" -> "notSeenReason";
            default -> "visitDate";
        };
    }

    /** The child's own answers before a visit, not yet used by a visit. */
    private java.util.Optional<OwnWords.Offer> offer(ChildJourney j) {
        return ownWords.offer(currentActor.get(), j.child().id(), j.child().forename(), SayWhatIThink.Occasion.VISIT,
                null);
    }

    private String show(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("ownWords", ownWords.shown(currentActor.get(), j.child().id(), j.child().forename(),
                SayWhatIThink.Occasion.VISIT, null, fields));
        model.addAttribute("child", j.child());
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
    static String defaultContext(ChildJourney j, org.hearth.access.Role role) {
        LocalDate today = LocalDate.now();
        if (role == org.hearth.access.Role.EARLY_HELP_WORKER) return "EH";
        if (role == org.hearth.access.Role.PERSONAL_ADVISER) return "CL";
        if (org.hearth.care.LookedAfter.openPeriod(j) != null) return "CLA";
        if (j.all(ProtectionStage.CP_PLANS).stream().anyMatch(p -> p.cpPlanEndDate() == null)) return "CP";
        if (j.all(AssessmentStage.CIN_PLANS).stream().anyMatch(p -> p.cinPlanEndDate() == null)) return "CIN";
        if (j.all(EarlyHelpStage.EARLY_HELP).stream().anyMatch(p -> p.episodeEndDate() == null)) return "EH";
        return org.hearth.leaving.CareLeavers.on(j, today).isPresent() ? "CL" : "CIN";
    }
}
