package org.hearth.clocks;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing waiting for the signed-in person, derived from the record each time the page is drawn (an approval
 * waiting, an assessment returned, an IRO challenge to answer, a clock due): never a to-do list of its own that could
 * drift from the record. It links to the page where it is done.
 *
 * @param group   the heading it is listed under ("Approvals waiting for you")
 * @param title   what is waiting, in words ("Assessment for Ria Adeyemi")
 * @param detail  a line more (who asked, the reason it was returned), or null
 * @param href    where it is done
 * @param dueOn   the day it is due, or null when it has no timescale
 * @param state   where it stands: overdue, due today, due, or waiting (no timescale)
 * @param childId the child it is about, or null
 */
public record Task(String group, String title, String detail, String href, LocalDate dueOn, State state, UUID childId) {
    /** Where a task stands, as its tag says it. */
    public enum State {
        OVERDUE("Overdue", "govuk-tag--red"),
        DUE_TODAY("Due today", "govuk-tag--orange"),
        DUE("Due", "govuk-tag--yellow"),
        WAITING("To do", "govuk-tag--blue"),
        INFORMATION("For information", "govuk-tag--grey");

        private final String label;
        private final String tagClass;

        State(String label, String tagClass) {
            this.label = label;
            this.tagClass = tagClass;
        }

        public String label() { return label; }

        public String tagClass() { return tagClass; }
    }

    public Task {
        if (group == null || title == null || href == null || state == null) {
            throw new IllegalArgumentException("A task needs a group, a title, a link and a state");
        }
    }

    /** The state of something due on {@code dueOn}, seen on {@code today}. */
    public static State stateOf(LocalDate dueOn, LocalDate today) {
        if (dueOn == null) {
            return State.WAITING;
        }
        return dueOn.isBefore(today) ? State.OVERDUE : dueOn.isEqual(today) ? State.DUE_TODAY : State.DUE;
    }

    /** Counts toward the number of things to do (information does not). */
    public boolean toDo() {
        return state != State.INFORMATION;
    }
}
