package org.hearth.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Restricted;
import org.hearth.journey.JourneyRecord;

/**
 * A correction of a case note: the note as it now reads, why it was corrected, who corrected it and when. The note
 * and every earlier amendment are kept; the newest amendment is what the note says now. Restricted as its note is.
 */
public record CaseNoteAmendment(UUID id, UUID personId, UUID noteId, LocalDate amendedOn, String noteText,
                                String reason, Boolean restrictedNote, String amendedBy, Instant amendedAt)
        implements JourneyRecord, Restricted {

    public LocalDate startDate() {
        return amendedOn;
    }

    public boolean restricted() {
        return Boolean.TRUE.equals(restrictedNote);
    }

    public String summary() {
        return "Case note corrected";
    }
}
