package org.hearth.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.journey.StaleRecord;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.Drafts;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.HearthProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Writing a case note (the form keeps a draft as it is typed) and correcting one (the original is kept; the
 * correction says why). Both run their command through the seam; a saved note opens in the chronology.
 */
@Controller
class NotePages {
    static final String FORM = "note";
    static final String WRITE = "write a case note";
    static final String CORRECT = "correct a case note";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;

    NotePages(JourneyService journeys, CurrentActor currentActor, Drafts drafts) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
    }

    @GetMapping("/children/{childId}/notes/new")
    String form(@PathVariable UUID childId, @RequestParam(required = false) String step, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, NotesStage.CASE_NOTES.name(), WRITE);
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(actor.username(), childId, FORM));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "noteDate", LocalDate.now());
        }
        if (step != null && !step.isBlank()) {
            fields.put("step", step);
        }
        return show(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/notes/new")
    String write(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        RecordCaseNote command = read(form, errors);
        if (command != null) {
            UUID saved = run(actor, childId, null, command, WRITE, errors);
            if (saved != null) {
                drafts.discard(actor.username(), childId, FORM);
                return "redirect:/children/" + childId + "/chronology/record/" + saved + "?saved=note";
            }
        }
        return show(journeys.read(actor, childId, NotesStage.CASE_NOTES.name(), WRITE), form, errors, model);
    }

    /** The form's answers as the command, or null with the answers' own errors (a date that is not a real date). */
    static RecordCaseNote read(Map<String, String> form, FormErrors errors) {
        LocalDate date = DateAnswer.read(form, "noteDate").orElse(null);
        if (date == null) {
            errors.add("noteDate", "Enter the date of the work as a real date, for example 27 3 2025", null);
        }
        UUID step = null;
        String stepText = FormAnswers.text(form, "step");
        if (stepText != null && !stepText.isBlank()) {
            try {
                step = UUID.fromString(stepText.strip());
            } catch (IllegalArgumentException e) {
                errors.add("step", "Choose a step of this child's record for the note to belong to", null);
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new RecordCaseNote(date, FormAnswers.text(form, "kind"), FormAnswers.text(form, "seen"),
                FormAnswers.text(form, "text"), "yes".equals(form.get("restricted")), step, Instant.now());
    }

    @GetMapping("/children/{childId}/notes/{noteId}/correct")
    String correction(@PathVariable UUID childId, @PathVariable UUID noteId, Model model) {
        JourneyService.Viewed viewed = journeys.readWithView(currentActor.get(), childId,
                NotesStage.CASE_NOTES.name(), CORRECT);
        NotesStage.NoteAsItReads note = NotesStage.read(viewed.journey(), noteId)
                .orElseThrow(() -> HearthProblem.notFound("The case note"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("text", note.text());
        fields.put("version", Long.toString(viewed.journey().version()));
        return showCorrection(viewed.journey(), note, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/notes/{noteId}/correct")
    String correct(@PathVariable UUID childId, @PathVariable UUID noteId, @RequestParam Map<String, String> form,
                   Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        Long version = FormAnswers.version(form, errors);
        if (version != null) {
            UUID saved = run(actor, childId, version, new AmendCaseNote(noteId, FormAnswers.text(form, "text"),
                    FormAnswers.text(form, "reason"), Instant.now()), CORRECT, errors);
            if (saved != null) {
                return "redirect:/children/" + childId + "/chronology/record/" + noteId + "?saved=note-corrected";
            }
        }
        JourneyService.Viewed viewed = journeys.readWithView(actor, childId, NotesStage.CASE_NOTES.name(), CORRECT);
        NotesStage.NoteAsItReads note = NotesStage.read(viewed.journey(), noteId)
                .orElseThrow(() -> HearthProblem.notFound("The case note"));
        return showCorrection(viewed.journey(), note, form, errors, model);
    }

    /** Runs the command; the id of what it saved, or null with the reasons (nothing saved) in {@code errors}. */
    private UUID run(Actor actor, UUID childId, Long version, org.hearth.journey.JourneyCommand command, String purpose,
                     FormErrors errors) {
        try {
            return journeys.execute(actor, childId, version, command, purpose).records().get(0).id();
        } catch (StaleRecord stale) {
            errors.add(null, stale.title() + ". " + stale.getMessage(), null);
        } catch (RuleViolations v) {
            errors.addAll(v.violations(), NotePages::question);
        }
        return null;
    }

    /** The question that asks for a record field the command refused. */
    static String question(String recordField) {
        if (recordField == null) {
            return null;
        }
        return switch (recordField) {
            case "noteKind" -> "kind";
            case "seen" -> "seen";
            case "noteText" -> "text";
            case "stepId" -> "step";
            case "reason" -> "reason";
            case "noteId" -> null;
            default -> "noteDate";
        };
    }

    private String show(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("kinds", NotesStage.kindOptions());
        model.addAttribute("steps", steps(j));
        return "notes/note-form";
    }

    private String showCorrection(ChildJourney j, NotesStage.NoteAsItReads note, Map<String, String> fields,
                                  FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("note", note);
        return "notes/correct-form";
    }

    /** The steps of the record, newest first, that a note may belong to: "Visit, 3 March 2026: …" by record id. */
    static Map<String, String> steps(ChildJourney j) {
        record Step(LocalDate date, String id, String words) {}
        List<Step> all = new ArrayList<>();
        for (EpisodeKind<?> k : j.kinds()) {
            if (k.equals(NotesStage.CASE_NOTES) || k.equals(NotesStage.AMENDMENTS)) {
                continue;
            }
            for (JourneyRecord r : records(j, k)) {
                if (r.startDate() != null) {
                    all.add(new Step(r.startDate(), r.id().toString(), DAY.format(r.startDate()) + ": " + r.summary()));
                }
            }
        }
        all.sort(Comparator.comparing(Step::date).reversed());
        Map<String, String> out = new LinkedHashMap<>();
        all.stream().limit(200).forEach(s -> out.put(s.id(), s.words()));
        return out;
    }

    private static <T extends Record & JourneyRecord> List<T> records(ChildJourney j, EpisodeKind<T> k) {
        return j.all(k);
    }
}
