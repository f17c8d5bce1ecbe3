package org.hearth.clocks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tasks on a person's home page: grouped under their headings, each group in the order its first task is most
 * pressing (overdue first, then due today, due, to do, for information), and within a group soonest due first.
 * Plain Java: the sources derive the tasks from the record; this only arranges and counts them.
 */
public final class TaskList {
    /** How many days ahead a clock counts as a task (sooner than that it is listed; later it waits on the caseload). */
    public static final int CLOCKS_AHEAD_DAYS = 7;

    private TaskList() {}

    /** A heading with its tasks and how many of them are to do and overdue. */
    public record Group(String heading, List<Task> tasks) {
        public long toDo() {
            return tasks.stream().filter(Task::toDo).count();
        }

        public long overdue() {
            return tasks.stream().filter(t -> t.state() == Task.State.OVERDUE).count();
        }

        /** An id for the heading, for the page's links and labels. */
        public String id() {
            return "tasks-" + heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("(^-|-$)", "");
        }
    }

    static final Comparator<Task> ORDER = Comparator.comparing(Task::state)
            .thenComparing(Task::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::title);

    public static List<Group> arrange(List<Task> tasks) {
        Map<String, List<Task>> byGroup = new LinkedHashMap<>();
        tasks.stream().sorted(ORDER).forEach(t -> byGroup.computeIfAbsent(t.group(), k -> new ArrayList<>()).add(t));
        List<Group> out = new ArrayList<>();
        byGroup.forEach((heading, list) -> out.add(new Group(heading, List.copyOf(list))));
        return out;
    }

    /** The number of things to do across every group. */
    public static long toDo(List<Group> groups) {
        return groups.stream().mapToLong(Group::toDo).sum();
    }

    /**
     * The caseload's clocks that are tasks: every overdue clock and those due within {@link #CLOCKS_AHEAD_DAYS} days,
     * each linking to the child's record.
     */
    public static List<Task> clocks(List<Caseloads.Entry> caseload, LocalDate today) {
        List<Task> out = new ArrayList<>();
        for (Caseloads.Entry e : caseload) {
            for (Caseloads.ClockView c : e.clocks()) {
                if (c.dueOn() == null || c.dueOn().isAfter(today.plusDays(CLOCKS_AHEAD_DAYS))) {
                    continue;
                }
                String name = e.name() == null || e.name().isBlank() ? "Unborn child" : e.name();
                out.add(new Task(c.dueOn().isBefore(today) ? "Overdue statutory work" : "Statutory work due this week",
                        c.subject() + " for " + name, null, "/children/" + e.childId(), c.dueOn(),
                        Task.stateOf(c.dueOn(), today), e.childId()));
            }
        }
        return out;
    }
}
