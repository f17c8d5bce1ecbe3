package org.hearth.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.codes.CodeLists;

/**
 * One supervision session as it stands: who supervised whom, when and how, what was discussed (the worker's
 * wellbeing, their caseload, their learning and development), the decisions about children (by child and case note:
 * the decision itself is on the child's record), the actions, the worker's comments and agreement, and the next date.
 *
 * @param wellbeing the worker's personal part: null when the reader may not see it ({@link #withoutPersonal})
 * @param version   every change adds one; a change made from an older version is refused
 */
public record Supervision(UUID id, String supervisor, String worker, String teamId, LocalDate date, String type,
                          String wellbeing, String caseload, String learning, LocalDate nextDate, String workerComments,
                          Instant agreedAt, String recordedBy, Instant recordedAt, String changedBy, Instant changedAt,
                          long version, List<CaseDecision> decisions, List<Action> actions) {
    public static final String TYPE_LIST = "SUPERVISION_TYPE";

    public Supervision {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** A decision about a child discussed in the session: the child, and the case note on their record that holds it. */
    public record CaseDecision(UUID childId, UUID noteId) {}

    /** An action agreed in the session: what, whose (the worker's or the supervisor's), by when, and when it was done. */
    public record Action(UUID id, String text, String owner, LocalDate dueOn, LocalDate doneOn) {
        public boolean done() {
            return doneOn != null;
        }
    }

    public boolean agreed() {
        return agreedAt != null;
    }

    public String typeLabel() {
        return CodeLists.standard().words(TYPE_LIST, type, null);
    }

    /** The record without the worker's personal part, for a reader who is neither the worker nor their supervisor. */
    public Supervision withoutPersonal() {
        return new Supervision(id, supervisor, worker, teamId, date, type, null, caseload, learning, nextDate,
                workerComments, agreedAt, recordedBy, recordedAt, changedBy, changedAt, version, decisions, actions);
    }

    public java.util.Optional<Action> action(UUID actionId) {
        return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
    }
}
