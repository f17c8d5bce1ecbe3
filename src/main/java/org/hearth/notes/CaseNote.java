package org.hearth.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Restricted;
import org.hearth.journey.JourneyRecord;

/**
 * A case note as first written: its kind ({@code codes/CASE_NOTE_KIND.tsv}), who was seen or spoken to, the note, a
 * restricted flag (shown only to the allocated worker and their manager) and the step it belongs to (any record of
 * the journey, by id and kind name). It is never changed after it is saved: corrections are {@link CaseNoteAmendment}s.
 */
public record CaseNote(UUID id, UUID personId, LocalDate noteDate, String noteKind, String seen, String noteText,
                       Boolean restrictedNote, UUID stepId, String stepKind, String writtenBy, Instant writtenAt)
        implements JourneyRecord, Restricted {

    public LocalDate startDate() {
        return noteDate;
    }

    public boolean restricted() {
        return Boolean.TRUE.equals(restrictedNote);
    }

    /** The chronology's line: the kind in words, and whom it was with, never the note itself (it may be restricted). */
    public String summary() {
        String kind = NotesStage.kindLabel(noteKind);
        return "Case note: " + kind.substring(0, 1).toLowerCase() + kind.substring(1)
                + (seen == null || seen.isBlank() ? "" : " with " + seen);
    }
}
