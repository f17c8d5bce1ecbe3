package org.hearth.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.Violation;

/**
 * Write a case note: what kind of work it records, on which day, who was seen or spoken to, the note, whether it is
 * restricted, and the step of the journey it belongs to. A note records work that has happened (not a day ahead);
 * management oversight and supervision decisions are a team manager's to write.
 *
 * @param at when the note is written (the page or API passes the clock's now; a note keeps it)
 */
public record RecordCaseNote(LocalDate date, String kind, String seen, String text, Boolean restricted, UUID stepId,
                             Instant at) implements JourneyCommand {
    static final String KIND = NotesStage.CASE_NOTES.name();
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_SEEN = 500;
    static final Set<String> MANAGERS_KINDS = Set.of("MANAGEMENT_OVERSIGHT", "SUPERVISION_DECISION");

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        List<Violation> out = new ArrayList<>();
        if (date == null) {
            out.add(refusal("note-date", "noteDate", "Enter the date of the work the note records"));
        } else if (date.isAfter(context.today())) {
            out.add(refusal("note-date", "noteDate", "A note records work that has happened: the date must be today or before"));
        }
        if (kind == null || kind.isBlank()) {
            out.add(refusal("note-kind", "noteKind", "Select what kind of note this is"));
        } else if (!CodeLists.standard().list(NotesStage.KIND_LIST, CollectionYear.containing(context.today()))
                .contains(kind)) {
            out.add(refusal("note-kind", "noteKind", "Select what kind of note this is from the list"));
        } else if (MANAGERS_KINDS.contains(kind) && context.actor().role() != Role.TEAM_MANAGER) {
            out.add(refusal("note-kind-manager", "noteKind", "Only a team manager records "
                    + NotesStage.kindLabel(kind).toLowerCase() + ": choose another kind of note"));
        }
        if (text == null || text.isBlank()) {
            out.add(refusal("note-text", "noteText", "Write the note"));
        } else if (text.length() > MAX_TEXT) {
            out.add(refusal("note-text", "noteText", "Write the note in 20,000 characters or fewer"));
        }
        if (seen != null && seen.length() > MAX_SEEN) {
            out.add(refusal("note-seen", "seen", "Say who was seen or spoken to in 500 characters or fewer"));
        }
        String stepKind = null;
        if (stepId != null) {
            Optional<String> found = kindOf(j, stepId);
            if (found.isEmpty() || found.get().equals(KIND) || found.get().equals(NotesStage.AMENDMENTS.name())) {
                out.add(refusal("note-step", "stepId", "Choose a step of this child's record for the note to belong to"));
            } else {
                stepKind = found.get();
            }
        }
        if (at == null) {
            throw new IllegalArgumentException("a note needs the time it is written");
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        return Decision.of(JourneyChange.of(NotesStage.CASE_NOTES, new CaseNote(null, j.child().id(), date, kind,
                seen == null || seen.isBlank() ? null : seen.strip(), text.strip(), Boolean.TRUE.equals(restricted),
                stepId, stepKind, context.actor().username(), at)));
    }

    /** The kind (by API name) of the record with this id on the journey, if it is there. */
    static Optional<String> kindOf(ChildJourney j, UUID id) {
        for (EpisodeKind<?> k : j.kinds()) {
            if (has(j, k, id)) {
                return Optional.of(k.name());
            }
        }
        return Optional.empty();
    }

    private static <T extends Record & JourneyRecord> boolean has(ChildJourney j, EpisodeKind<T> k, UUID id) {
        return j.find(k, id).isPresent();
    }

    static Violation refusal(String rule, String field, String message) {
        return new Violation(rule, null, KIND, null, field, message);
    }
}
