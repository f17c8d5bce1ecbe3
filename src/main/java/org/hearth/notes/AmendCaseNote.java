package org.hearth.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * Correct a case note: the note as it should read and why. The original and every earlier correction are kept; the
 * correction is added beside them with who made it and when. A note of another child, or one this user cannot see,
 * is not found; a correction that changes nothing is refused.
 */
public record AmendCaseNote(UUID noteId, String text, String reason, Instant at) implements JourneyCommand {
    static final String KIND = NotesStage.AMENDMENTS.name();
    public static final int MAX_REASON = 2_000;

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Optional<NotesStage.NoteAsItReads> note = noteId == null ? Optional.empty() : NotesStage.read(j, noteId);
        if (note.isEmpty()) {
            return Decision.refused(refusal("note-amend-note", "noteId", "There is no such case note on this child's record"));
        }
        List<Violation> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            out.add(refusal("note-amend-text", "noteText", "Write the note as it should read"));
        } else if (text.length() > RecordCaseNote.MAX_TEXT) {
            out.add(refusal("note-amend-text", "noteText", "Write the note in 20,000 characters or fewer"));
        } else if (text.strip().equals(note.get().text())) {
            out.add(refusal("note-amend-unchanged", "noteText", "The note already reads like this: change what needs correcting"));
        }
        if (reason == null || reason.isBlank()) {
            out.add(refusal("note-amend-reason", "reason", "Say why the note is being corrected"));
        } else if (reason.length() > MAX_REASON) {
            out.add(refusal("note-amend-reason", "reason", "Say why in 2,000 characters or fewer"));
        }
        if (at == null) {
            throw new IllegalArgumentException("a correction needs the time it is made");
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        return Decision.of(JourneyChange.of(NotesStage.AMENDMENTS, new CaseNoteAmendment(null, j.child().id(), noteId,
                context.today(), text.strip(), reason.strip(), note.get().note().restricted(),
                context.actor().username(), at)));
    }

    private static Violation refusal(String rule, String field, String message) {
        return new Violation(rule, null, KIND, null, field, message);
    }
}
