package org.hearth.chronology;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.RecordParts;
import org.hearth.codes.CodeLists;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.JourneyService;
import org.hearth.notes.CaseNoteAmendment;
import org.hearth.notes.NotesStage;
import org.hearth.platform.web.HearthProblem;
import org.hearth.portal.OwnWords;
import org.hearth.stages.Stages;
import org.hearth.visits.Visit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One entry of the chronology, opened: what happened, who recorded it and when, the full detail (a case note as it
 * reads now with its corrections, a visit with its note), the case notes written about the step, and whether it is
 * marked as a significant event (a worker marks and unmarks it here). Only an entry the user's view shows opens;
 * another child's entry, or a restricted one, is "not found" rather than a hint that it exists. With {@code codes=1}
 * the record's fields show as stored, codes and all, for an analyst checking a return.
 */
@Controller
class ChronologyEntryPage {
    static final String PURPOSE = "casework: open a chronology entry";
    /** Whoever sees the child's page sees its chronology, cut to their view; so whoever does opens its entries. */
    static final String PART = "record";

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Chronology chronology;
    private final SignificantEvents significant;
    private final JdbcTemplate jdbc;
    private final OwnWords ownWords;

    ChronologyEntryPage(JourneyService journeys, CurrentActor currentActor, Chronology chronology,
                        SignificantEvents significant, JdbcTemplate jdbc, OwnWords ownWords) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.chronology = chronology;
        this.significant = significant;
        this.jdbc = jdbc;
        this.ownWords = ownWords;
    }

    /** A note shown on the page: as it reads now, whether this is its own entry. */
    record Detail(NotesStage.NoteAsItReads note, Visit visit, String visitPlan, JourneyRecord record,
                  Map<String, String> fields, String stepWords, UUID stepId) {}

    /** The entry about a record (the first, when it was recorded): where a saved note or a step opens. */
    @GetMapping("/children/{childId}/chronology/record/{recordId}")
    String byRecord(@PathVariable UUID childId, @PathVariable UUID recordId,
                    @RequestParam(required = false) String saved) {
        Actor actor = currentActor.get();
        Long entryId = journeys.readView(actor, childId, PART, PURPOSE, viewed -> {
            List<Long> ids = jdbc.queryForList("SELECT chro_entry_id FROM chronology_entry WHERE chro_person_id = ? "
                    + "AND chro_record_id = ? ORDER BY chro_entry_id LIMIT 1", Long.class, childId, recordId);
            return ids.isEmpty() || viewed.journey().findAny(recordId).isEmpty() ? null : ids.get(0);
        });
        if (entryId == null) {
            throw HearthProblem.notFound("The chronology entry");
        }
        return "redirect:/children/" + childId + "/chronology/" + entryId + (saved == null ? ""
                : "?saved=" + (saved.matches("[a-z-]{1,40}") ? saved : ""));
    }

    @GetMapping("/children/{childId}/chronology/{entryId}")
    String entry(@PathVariable UUID childId, @PathVariable long entryId, @RequestParam(required = false) String saved,
                 @RequestParam(required = false) String codes, Model model) {
        Actor actor = currentActor.get();
        boolean showCodes = "1".equals(codes);
        return journeys.readView(actor, childId, PART, PURPOSE, viewed -> {
            ChildJourney j = viewed.journey();
            Chronology.Entry e = chronology.entry(childId, entryId)
                    .filter(VisibleChronology.shown(j, viewed.view()))
                    .orElseThrow(() -> HearthProblem.notFound("The chronology entry"));
            model.addAttribute("child", j.child());
            model.addAttribute("entry", e);
            model.addAttribute("kindLabel", ChronologyFilter.label(e.kind()));
            Detail detail = detail(j, e, showCodes);
            model.addAttribute("detail", detail);
            java.util.Set<String> staff = new java.util.HashSet<>();
            if (detail.note() != null) {
                staff.add(detail.note().note().writtenBy());
                detail.note().amendments().forEach(a -> staff.add(a.amendedBy()));
            }
            model.addAttribute("staffNames", chronology.names(staff));
            model.addAttribute("stepNotes", e.recordId() == null ? List.of() : NotesStage.forStep(j, e.recordId()));
            model.addAttribute("mayMark", viewed.view().canWrite(RecordParts.CHRONOLOGY));
            model.addAttribute("mayWriteNotes", viewed.view().canWrite(NotesStage.CASE_NOTES.name()));
            model.addAttribute("mayCorrect", viewed.view().canWrite(NotesStage.AMENDMENTS.name()));
            model.addAttribute("showCodes", showCodes);
            model.addAttribute("saved", saved == null ? null : savedMessage(saved));
            model.addAttribute("fieldErrors", Map.of());
            model.addAttribute("fields", Map.of());
            model.addAttribute("errors", new org.hearth.platform.web.FormErrors());
            // the child's views as recorded with a conference, review, visit or return interview: read in this same
            // read through the seam (one disclosure, one audit entry with the entry's purpose), and only when the
            // entry's record is in this reader's view of the journey as a kind they may read
            model.addAttribute("childViews", ownWords.keptWith(viewed, e.recordId()).orElse(null));
            return "chronology/entry";
        });
    }

    @PostMapping("/children/{childId}/chronology/{entryId}/significant")
    String mark(@PathVariable UUID childId, @PathVariable long entryId, @RequestParam Map<String, String> form,
                Model model) {
        Actor actor = currentActor.get();
        String why = form.get("significance");
        String problem = SignificantEvents.problem(why);
        if (problem != null) {
            String page = entry(childId, entryId, null, null, model);
            model.addAttribute("fieldErrors", Map.of("significance", problem));
            model.addAttribute("fields", Map.of("significance", why == null ? "" : why));
            org.hearth.platform.web.FormErrors errors = new org.hearth.platform.web.FormErrors();
            errors.add("significance", problem, null);
            model.addAttribute("errors", errors);
            return page;
        }
        requireShown(actor, childId, entryId);
        significant.mark(actor, childId, entryId, why);
        return "redirect:/children/" + childId + "/chronology/" + entryId + "?saved=significant";
    }

    @PostMapping("/children/{childId}/chronology/{entryId}/not-significant")
    String unmark(@PathVariable UUID childId, @PathVariable long entryId) {
        Actor actor = currentActor.get();
        requireShown(actor, childId, entryId);
        significant.unmark(actor, childId, entryId);
        return "redirect:/children/" + childId + "/chronology/" + entryId + "?saved=not-significant";
    }

    /** An entry the user cannot see (restricted, or not this child's) cannot be marked either. */
    private void requireShown(Actor actor, UUID childId, long entryId) {
        journeys.readView(actor, childId, PART, PURPOSE, viewed -> chronology.entry(childId, entryId)
                .filter(VisibleChronology.shown(viewed.journey(), viewed.view()))
                .orElseThrow(() -> HearthProblem.notFound("The chronology entry")));
    }

    static String savedMessage(String saved) {
        return switch (saved) {
            case "significant" -> "Marked as a significant event";
            case "not-significant" -> "No longer marked as a significant event";
            default -> Stages.standard().stages().stream().map(s -> s.savedMessages().get(saved))
                    .filter(Objects::nonNull).findFirst().orElse(null);
        };
    }

    private static Detail detail(ChildJourney j, Chronology.Entry e, boolean showCodes) {
        if (e.recordId() == null) {
            return new Detail(null, null, null, null, Map.of(), null, null);
        }
        Optional<JourneyRecord> record = j.findAny(e.recordId());
        if (record.isEmpty()) {
            return new Detail(null, null, null, null, Map.of(), null, null);
        }
        JourneyRecord r = record.get();
        UUID noteId = r instanceof CaseNoteAmendment a ? a.noteId()
                : NotesStage.CASE_NOTES.name().equals(e.kind()) ? r.id() : null;
        NotesStage.NoteAsItReads note = noteId == null ? null : NotesStage.read(j, noteId).orElse(null);
        Visit visit = r instanceof Visit v ? v : null;
        String plan = visit == null ? null : CodeLists.standard().words("VISIT_CONTEXT", visit.visitContext(),
                visit.visitDate());
        String stepWords = null;
        UUID stepId = note == null ? null : note.note().stepId();
        if (stepId != null) {
            stepWords = j.findAny(stepId).map(s -> Stages.byName(note.note().stepKind())
                    .map(k -> k.label()).orElse("Step") + ": " + s.summary()).orElse(null);
            if (stepWords == null) {
                stepId = null; // a step the user's view does not show is not named either
            }
        }
        return new Detail(note, visit, plan, r, showCodes ? fields(r) : Map.of(), stepWords, stepId);
    }

    /** The record's fields as stored (codes and all), for an analyst who asks. */
    static Map<String, String> fields(JourneyRecord r) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!(r instanceof Record)) {
            return out;
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals("personId")) {
                continue;
            }
            try {
                Object v = c.getAccessor().invoke(r);
                out.put(c.getName(), v == null ? "" : String.valueOf(v));
            } catch (ReflectiveOperationException ex) {
                out.put(c.getName(), "");
            }
        }
        return out;
    }

}
