package org.hearth.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;

/**
 * What is true of a supervision record and who may do what to it: plain Java, no web or database, so the page, the
 * API and the demo judge the same way. Each check answers every problem at once, in the user's words, each naming the
 * answer it is about; a change made from an older version is refused naming who changed it.
 */
public final class SupervisionRules {
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_ACTION = 1_000;
    public static final int MAX_COMMENTS = 5_000;
    public static final int MAX_DECISIONS = 30;
    public static final int MAX_ACTIONS = 30;

    private SupervisionRules() {}

    /** A problem: the answer it is about (null for the whole record), and what to do, in words. */
    public record Problem(Kind kind, String field, String message) {}

    /** A problem with the answers given, or with the record having changed since it was read. */
    public enum Kind { INPUT, STALE, NOT_ALLOWED }

    /** A decision about a child as the supervisor gives it: the child, and the decision in words. */
    public record DecisionAnswer(UUID childId, String text) {}

    /** An action as given: what, whose (a username), by when. */
    public record ActionAnswer(String text, String owner, LocalDate dueOn) {}

    /** A new session as the supervisor gives it. */
    public record NewSession(LocalDate date, String type, String wellbeing, String caseload, String learning,
                             LocalDate nextDate, List<DecisionAnswer> decisions, List<ActionAnswer> actions) {
        public NewSession {
            decisions = decisions == null ? List.of() : List.copyOf(decisions);
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    /**
     * A new session between this supervisor and this worker, recorded on {@code today}: the session has happened (not
     * a day ahead), is of a kind in the list, says what was discussed, each decision names a child once with the
     * decision in words, each action has its words, an owner who is one of the two and a due date not before the
     * session, and the next supervision is after this one.
     */
    public static List<Problem> checkNew(Actor supervisor, Actor worker, NewSession s, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (supervisor.role() != Role.TEAM_MANAGER) {
            out.add(new Problem(Kind.NOT_ALLOWED, null, "Only a team manager records supervision"));
        }
        if (worker == null) {
            out.add(new Problem(Kind.INPUT, "worker", "Choose the worker who was supervised"));
        } else if (worker.username().equals(supervisor.username())) {
            out.add(new Problem(Kind.INPUT, "worker", "Choose a worker other than yourself"));
        }
        if (s.date() == null) {
            out.add(new Problem(Kind.INPUT, "date", "Enter the date of the supervision"));
        } else if (s.date().isAfter(today)) {
            out.add(new Problem(Kind.INPUT, "date", "Record a supervision that has happened: the date must be today or before"));
        } else if (s.date().isBefore(today.minusYears(2))) {
            out.add(new Problem(Kind.INPUT, "date", "Enter a date in the last two years"));
        }
        if (s.type() == null || s.type().isBlank()) {
            out.add(new Problem(Kind.INPUT, "type", "Select the kind of supervision"));
        } else if (!CodeLists.standard().list(Supervision.TYPE_LIST, CollectionYear.containing(today))
                .contains(s.type())) {
            out.add(new Problem(Kind.INPUT, "type", "Select the kind of supervision from the list"));
        }
        text(s.wellbeing(), "wellbeing", "what was said about the worker's wellbeing", out);
        text(s.caseload(), "caseload", "what was discussed about the caseload", out);
        text(s.learning(), "learning", "what was discussed about learning and development", out);
        if (blank(s.wellbeing()) && blank(s.caseload()) && blank(s.learning()) && s.decisions().isEmpty()) {
            out.add(new Problem(Kind.INPUT, "caseload", "Say what was discussed: the caseload, wellbeing, learning and "
                    + "development, or a decision about a child"));
        }
        if (s.nextDate() != null && s.date() != null && !s.nextDate().isAfter(s.date())) {
            out.add(new Problem(Kind.INPUT, "nextDate", "The next supervision must be after this one"));
        } else if (s.nextDate() != null && s.date() != null && s.nextDate().isAfter(s.date().plusMonths(6))) {
            out.add(new Problem(Kind.INPUT, "nextDate", "Plan the next supervision within six months of this one"));
        }
        if (s.decisions().size() > MAX_DECISIONS) {
            out.add(new Problem(Kind.INPUT, "decisions", "Record at most " + MAX_DECISIONS + " decisions in one supervision"));
        }
        Set<UUID> children = new HashSet<>();
        for (int i = 0; i < s.decisions().size(); i++) {
            DecisionAnswer d = s.decisions().get(i);
            String field = "decision" + (i + 1);
            if (d.childId() == null) {
                out.add(new Problem(Kind.INPUT, field + "Child", "Choose the child decision " + (i + 1) + " is about"));
            } else if (!children.add(d.childId())) {
                out.add(new Problem(Kind.INPUT, field + "Child", "Record one decision for each child: this child has "
                        + "another above"));
            }
            if (blank(d.text())) {
                out.add(new Problem(Kind.INPUT, field + "Text", "Write decision " + (i + 1)));
            } else if (d.text().length() > MAX_TEXT) {
                out.add(new Problem(Kind.INPUT, field + "Text", "Write decision " + (i + 1) + " in 20,000 characters or fewer"));
            }
        }
        if (s.actions().size() > MAX_ACTIONS) {
            out.add(new Problem(Kind.INPUT, "actions", "Record at most " + MAX_ACTIONS + " actions in one supervision"));
        }
        for (int i = 0; i < s.actions().size(); i++) {
            out.addAll(checkAction(s.actions().get(i), "action" + (i + 1), supervisor.username(),
                    worker == null ? null : worker.username(), s.date()));
        }
        return out;
    }

    /** An action agreed in a session held on {@code sessionDate}: words, an owner who is one of the two, a due date. */
    public static List<Problem> checkAction(ActionAnswer a, String field, String supervisor, String worker,
                                            LocalDate sessionDate) {
        List<Problem> out = new ArrayList<>();
        if (blank(a.text())) {
            out.add(new Problem(Kind.INPUT, field + "Text", "Say what the action is"));
        } else if (a.text().length() > MAX_ACTION) {
            out.add(new Problem(Kind.INPUT, field + "Text", "Say what the action is in 1,000 characters or fewer"));
        }
        if (a.owner() == null || !(a.owner().equals(supervisor) || a.owner().equals(worker))) {
            out.add(new Problem(Kind.INPUT, field + "Owner", "Choose whose action it is: the worker's or the supervisor's"));
        }
        if (a.dueOn() == null) {
            out.add(new Problem(Kind.INPUT, field + "Due", "Enter the date the action is due"));
        } else if (sessionDate != null && a.dueOn().isBefore(sessionDate)) {
            out.add(new Problem(Kind.INPUT, field + "Due", "The action cannot be due before the supervision"));
        } else if (sessionDate != null && a.dueOn().isAfter(sessionDate.plusYears(1))) {
            out.add(new Problem(Kind.INPUT, field + "Due", "Set the action due within a year of the supervision"));
        }
        return out;
    }

    /** The record as it now is, changed from the version the user read: refused, saying who changed it and when. */
    public static List<Problem> stale(Supervision current, long seenVersion, String changedByName) {
        if (current.version() == seenVersion) {
            return List.of();
        }
        return List.of(new Problem(Kind.STALE, null, "This supervision record has changed since you opened it"
                + (changedByName == null ? "" : ": " + changedByName + " changed it")
                + ". Reload it, check the change, and make yours again"));
    }

    /**
     * The worker agrees the record is accurate, with their own comments: only the worker, once, from the version they
     * read.
     */
    public static List<Problem> checkAgree(Supervision current, Actor actor, long seenVersion, String comments,
                                           String changedByName) {
        List<Problem> out = new ArrayList<>();
        if (!actor.username().equals(current.worker())) {
            out.add(new Problem(Kind.NOT_ALLOWED, null, "Only the worker who was supervised agrees the record"));
            return out;
        }
        out.addAll(stale(current, seenVersion, changedByName));
        if (!out.isEmpty()) {
            return out;
        }
        if (current.agreed()) {
            out.add(new Problem(Kind.STALE, null, "You have already agreed this supervision record"));
        }
        if (comments != null && comments.length() > MAX_COMMENTS) {
            out.add(new Problem(Kind.INPUT, "comments", "Write your comments in 5,000 characters or fewer"));
        }
        return out;
    }

    /** The record as agreed on {@code at} with the worker's comments, one version on. */
    public static Supervision agree(Supervision current, Actor worker, String comments, Instant at) {
        return new Supervision(current.id(), current.supervisor(), current.worker(), current.teamId(), current.date(),
                current.type(), current.wellbeing(), current.caseload(), current.learning(), current.nextDate(),
                blank(comments) ? null : comments.strip(), at, current.recordedBy(), current.recordedAt(),
                worker.username(), at, current.version() + 1, current.decisions(), current.actions());
    }

    /** An action added after the session by the supervisor or the worker, from the version they read. */
    public static List<Problem> checkAddAction(Supervision current, Actor actor, long seenVersion, ActionAnswer a,
                                               String changedByName) {
        List<Problem> out = mayChangeNow(current, actor, seenVersion, changedByName);
        if (!out.isEmpty()) {
            return out;
        }
        if (current.actions().size() >= MAX_ACTIONS) {
            out.add(new Problem(Kind.INPUT, "actions", "A supervision has at most " + MAX_ACTIONS + " actions"));
        }
        out.addAll(checkAction(a, "action", current.supervisor(), current.worker(), current.date()));
        return out;
    }

    /** An action marked done on {@code today} by its owner or the supervisor, from the version they read. */
    public static List<Problem> checkComplete(Supervision current, Actor actor, long seenVersion, UUID actionId,
                                              String changedByName) {
        List<Problem> out = mayChangeNow(current, actor, seenVersion, changedByName);
        if (!out.isEmpty()) {
            return out;
        }
        var action = current.action(actionId);
        if (action.isEmpty()) {
            out.add(new Problem(Kind.INPUT, "action", "Choose an action of this supervision"));
        } else if (action.get().done()) {
            out.add(new Problem(Kind.STALE, "action", "This action is already marked as done"));
        }
        return out;
    }

    /** Whether this user may change the record as it now is: one of the two, from the version it is at. */
    private static List<Problem> mayChangeNow(Supervision current, Actor actor, long seenVersion, String changedByName) {
        List<Problem> out = new ArrayList<>(mayChange(current, actor));
        if (out.isEmpty()) {
            out.addAll(stale(current, seenVersion, changedByName));
        }
        return out;
    }

    private static List<Problem> mayChange(Supervision current, Actor actor) {
        return actor.username().equals(current.supervisor()) || actor.username().equals(current.worker())
                ? List.of() : List.of(new Problem(Kind.NOT_ALLOWED, null,
                "Only the worker and their supervisor change a supervision record"));
    }

    private static void text(String value, String field, String what, List<Problem> out) {
        if (value != null && value.length() > MAX_TEXT) {
            out.add(new Problem(Kind.INPUT, field, "Write " + what + " in 20,000 characters or fewer"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
