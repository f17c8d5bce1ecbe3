package org.hearth.notes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;

/** Case notes: what workers write about the child, of typed kinds, each linked to a step; corrected, never overwritten. */
public final class NotesStage implements Stage {
    public static final EpisodeKind<CaseNote> CASE_NOTES = EpisodeKind.of(36, "case-notes", "Case note",
            CaseNote.class, "case_notes", "note_", "note_note_id").preBirth();
    public static final EpisodeKind<CaseNoteAmendment> AMENDMENTS = EpisodeKind.of(37, "case-note-amendments",
            "Case note correction", CaseNoteAmendment.class, "case_note_amendments", "amnd_", "amnd_amendment_id")
            .preBirth();

    /** The code list of the kinds of note. */
    public static final String KIND_LIST = "CASE_NOTE_KIND";

    @Override
    public String name() {
        return "notes";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(CASE_NOTES, AMENDMENTS);
    }

    @Override
    public List<JourneyRule> rules() {
        return List.of(NoteRules::check);
    }

    @Override
    public List<Stage.Action> actions(ChildJourney journey, Actor actor, LocalDate today) {
        return actor.role().practitioner() ? List.of(new Stage.Action("Write a case note",
                "/children/" + journey.child().id() + "/notes/new", List.of(CASE_NOTES.name()))) : List.of();
    }

    @Override
    public Map<String, String> savedMessages() {
        return Map.of("note", "Case note saved", "note-corrected", "Case note corrected");
    }

    /** The kinds of note as a form offers them: code to label, in the list's order. */
    public static Map<String, String> kindOptions() {
        var list = CodeLists.standard().list(KIND_LIST, CollectionYear.containing(LocalDate.now()));
        Map<String, String> out = new LinkedHashMap<>();
        list.codes().forEach(c -> out.put(c, list.label(c).orElse(c)));
        return out;
    }

    public static String kindLabel(String code) {
        return code == null ? "Note" : CodeLists.standard().words(KIND_LIST, code, null);
    }

    /** A note as it reads now: the original, its amendments oldest first, and the text the newest one gives. */
    public record NoteAsItReads(CaseNote note, List<CaseNoteAmendment> amendments) {
        public String text() {
            return amendments.isEmpty() ? note.noteText() : amendments.get(amendments.size() - 1).noteText();
        }

        public boolean amended() {
            return !amendments.isEmpty();
        }

        public String kindLabel() {
            return NotesStage.kindLabel(note.noteKind());
        }
    }

    /** The note with this id on this journey as the journey shows it, with its amendments; empty when not there. */
    public static Optional<NoteAsItReads> read(ChildJourney journey, UUID noteId) {
        return journey.find(CASE_NOTES, noteId).map(n -> new NoteAsItReads(n, amendmentsOf(journey, noteId)));
    }

    static List<CaseNoteAmendment> amendmentsOf(ChildJourney journey, UUID noteId) {
        List<CaseNoteAmendment> out = new ArrayList<>(journey.all(AMENDMENTS).stream()
                .filter(a -> noteId.equals(a.noteId())).toList());
        out.sort(Comparator.comparing(CaseNoteAmendment::amendedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }

    /** Every note on the journey, newest first, as each reads now. */
    public static List<NoteAsItReads> all(ChildJourney journey) {
        List<NoteAsItReads> out = new ArrayList<>();
        for (CaseNote n : journey.all(CASE_NOTES)) {
            out.add(new NoteAsItReads(n, amendmentsOf(journey, n.id())));
        }
        out.sort(Comparator.comparing((NoteAsItReads n) -> n.note().noteDate()).thenComparing(n -> n.note().writtenAt(),
                Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
        return out;
    }

    /** The notes that belong to a step (a visit, a conference…), as each reads now. */
    public static List<NoteAsItReads> forStep(ChildJourney journey, UUID stepId) {
        return all(journey).stream().filter(n -> stepId.equals(n.note().stepId())).toList();
    }
}
