package org.hearth.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.codes.CodeLists;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Violation;

/** What is true of every case note whoever writes it (a page, the API, an import, the demo). */
public final class NoteRules {
    private NoteRules() {}

    public static List<Violation> check(ChildJourney journey) {
        List<Violation> out = new ArrayList<>();
        for (CaseNote n : journey.all(NotesStage.CASE_NOTES)) {
            if (n.noteText() == null || n.noteText().isBlank()) {
                out.add(new Violation("note-text", null, NotesStage.CASE_NOTES.name(), n.id(), "noteText",
                        "A case note needs its text"));
            }
            if (n.noteKind() == null || !CodeLists.standard().list(NotesStage.KIND_LIST,
                    org.hearth.codes.CollectionYear.containing(n.noteDate())).contains(n.noteKind())) {
                out.add(new Violation("note-kind", null, NotesStage.CASE_NOTES.name(), n.id(), "noteKind",
                        "Say what kind of note this is"));
            }
        }
        Set<java.util.UUID> notes = journey.all(NotesStage.CASE_NOTES).stream().map(CaseNote::id)
                .collect(Collectors.toSet());
        for (CaseNoteAmendment a : journey.all(NotesStage.AMENDMENTS)) {
            if (!notes.contains(a.noteId())) {
                out.add(new Violation("note-amend-note", null, NotesStage.AMENDMENTS.name(), a.id(), "noteId",
                        "A correction must be of a case note on this child's record"));
            }
            if (a.reason() == null || a.reason().isBlank()) {
                out.add(new Violation("note-amend-reason", null, NotesStage.AMENDMENTS.name(), a.id(), "reason",
                        "A correction says why it was made"));
            }
        }
        return out;
    }
}
