package org.hearth.care;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Looked after, on the web: becoming looked after (a period, a legal status and a placement from one day, recorded
 * together), a change of placement (the old one ends with its reason the day the new one starts) and a change of
 * legal status. The forms offer the codes valid on the date chosen and keep a draft; a change against an old
 * version of the record is refused, in words.
 */
@Controller
class CarePages {
    static final String NEW_FORM = "care-new";
    static final String PLACEMENT_FORM = "placement-change";
    static final String LEGAL_FORM = "legal-status-change";

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;
    private final List<PlacementTies> ties;

    CarePages(JourneyService journeys, CurrentActor currentActor, Drafts drafts, List<PlacementTies> ties) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
        this.ties = ties;
    }

    /** The ties the child named that a move could break, from every part of Hearth that knows of one. */
    private List<String> tiesAtRisk(ChildJourney j) {
        Actor actor = currentActor.get();
        return ties.stream().flatMap(t -> t.atRisk(j, actor).stream()).toList();
    }

    // ---- Becoming looked after ----------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/care/new")
    String newForm(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId, "record becoming looked after");
        return showNew(j, startFields(childId, NEW_FORM, j), new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/care/new")
    String recordNew(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        ChildJourney j = read(childId, "record becoming looked after");
        CareForms.Read<BecomeLookedAfter> read = CareForms.becoming(form, LocalDate.now());
        if (!run(childId, form, read, NEW_FORM, CareForms.NEW_FIELDS, "record becoming looked after")) {
            return showNew(read.errors().isEmpty() ? j : read(childId, "record becoming looked after"), form,
                    read.errors(), model);
        }
        return "redirect:/children/" + childId + "?saved=care#looked-after";
    }

    private String showNew(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        LocalDate listDate = dateOrToday(fields);
        common(j, fields, errors, model);
        model.addAttribute("legalStatuses", FormAnswers.options("LS", listDate));
        model.addAttribute("needs", FormAnswers.options("CIN", listDate));
        placementOptions(model, listDate);
        return "care/new";
    }

    // ---- Change of placement ------------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/placements/change")
    String placementForm(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId, "record a change of placement");
        return showPlacement(j, startFields(childId, PLACEMENT_FORM, j), new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/placements/change")
    String changePlacement(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        ChildJourney j = read(childId, "record a change of placement");
        CareForms.Read<ChangePlacement> read = CareForms.move(form, LocalDate.now());
        // A move that could break a tie the child named is confirmed only once the worker says they have weighed it.
        if (!tiesAtRisk(j).isEmpty() && !"yes".equals(form.get("tiesConsidered"))) {
            read.errors().add("tiesConsidered", "Confirm you have considered the ties the child named before "
                    + "confirming the move", null);
        }
        if (!run(childId, form, read, PLACEMENT_FORM, CareForms.PLACEMENT_FIELDS, "record a change of placement")) {
            return showPlacement(read.errors().isEmpty() ? j : read(childId, "record a change of placement"), form,
                    read.errors(), model);
        }
        return "redirect:/children/" + childId + "?saved=placement#looked-after";
    }

    private String showPlacement(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        LocalDate listDate = dateOrToday(fields);
        common(j, fields, errors, model);
        model.addAttribute("care", LookedAfter.of(j, LocalDate.now()));
        Placement current = LookedAfter.currentPlacement(j);
        model.addAttribute("currentProvider", current == null ? null
                : LookedAfter.label("PLACE_PROVIDER", current.claPlacementProvider(), current.claPlacementStartDate()));
        model.addAttribute("currentPlacement", current);
        model.addAttribute("ties", current == null ? List.of() : tiesAtRisk(j));
        model.addAttribute("reasons", FormAnswers.options("REASON_PLACE_CHANGE", listDate));
        placementOptions(model, listDate);
        return "care/placement-change";
    }

    // ---- Change of legal status ---------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/legal-statuses/change")
    String legalForm(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId, "record a change of legal status");
        return showLegal(j, startFields(childId, LEGAL_FORM, j), new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/legal-statuses/change")
    String changeLegal(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        ChildJourney j = read(childId, "record a change of legal status");
        CareForms.Read<ChangeLegalStatus> read = CareForms.legalStatus(form, LocalDate.now());
        if (!run(childId, form, read, LEGAL_FORM, CareForms.LEGAL_FIELDS, "record a change of legal status")) {
            return showLegal(read.errors().isEmpty() ? j : read(childId, "record a change of legal status"), form,
                    read.errors(), model);
        }
        return "redirect:/children/" + childId + "?saved=legal-status#looked-after";
    }

    private String showLegal(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        LocalDate listDate = dateOrToday(fields);
        common(j, fields, errors, model);
        model.addAttribute("care", LookedAfter.of(j, LocalDate.now()));
        model.addAttribute("legalStatuses", FormAnswers.options("LS", listDate));
        return "care/legal-status-change";
    }

    // ---- Shared -------------------------------------------------------------------------------------------------

    private ChildJourney read(UUID childId, String purpose) {
        return journeys.read(currentActor.get(), childId, "care", purpose);
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

    private void common(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        model.addAttribute("child", j.child());
        errors.addTo(model, fields);
    }

    private static void placementOptions(Model model, LocalDate date) {
        model.addAttribute("placementTypes", FormAnswers.options("PLACE", date));
        model.addAttribute("providers", FormAnswers.options("PLACE_PROVIDER", date));
    }

    /**
     * Runs the form's command when its answers are complete (the version is the one the form was opened at); true when
     * recorded, else the answers' or the command's refusals are in the read's errors.
     */
    private boolean run(UUID childId, Map<String, String> form, CareForms.Read<?> read, String draft,
                        Set<String> fields, String purpose) {
        Actor actor = currentActor.get();
        FormErrors errors = read.errors();
        // Becoming looked after only adds records, so its form carries no version; the changes within care do.
        Long version = NEW_FORM.equals(draft) ? null : FormAnswers.version(form, errors);
        if (!errors.isEmpty() || !FormRecorder.execute(journeys, actor, childId, version, read.command(), purpose,
                errors, CareForms.questions(fields))) {
            return false;
        }
        drafts.discard(actor.username(), childId, draft);
        return true;
    }

    private static LocalDate dateOrToday(Map<String, String> fields) {
        LocalDate d = DateAnswer.read(fields, "date").orElse(null);
        return d == null || d.getYear() < 1900 || d.isAfter(LocalDate.now()) ? LocalDate.now() : d;
    }
}
