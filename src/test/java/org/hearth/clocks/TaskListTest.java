package org.hearth.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskListTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static Task task(String group, String title, LocalDate due, Task.State state) {
        return new Task(group, title, null, "/x", due, state, null);
    }

    @Test
    void shouldPutTheGroupWithTheMostPressingTaskFirstAndSoonestDueFirstWithinIt() {
        List<TaskList.Group> groups = TaskList.arrange(List.of(
                task("Approvals waiting for you", "B", null, Task.State.WAITING),
                task("Overdue statutory work", "Late visit", TODAY.minusDays(2), Task.State.OVERDUE),
                task("Overdue statutory work", "Later visit", TODAY.minusDays(9), Task.State.OVERDUE),
                task("Approvals waiting for you", "A", null, Task.State.WAITING),
                task("Waiting for your manager", "Sent", null, Task.State.INFORMATION)));
        assertThat(groups).extracting(TaskList.Group::heading)
                .containsExactly("Overdue statutory work", "Approvals waiting for you", "Waiting for your manager");
        assertThat(groups.get(0).tasks()).extracting(Task::title).containsExactly("Later visit", "Late visit");
        assertThat(groups.get(1).tasks()).extracting(Task::title).containsExactly("A", "B");
        assertThat(groups.get(0).overdue()).isEqualTo(2);
        assertThat(TaskList.toDo(groups)).as("information is not a thing to do").isEqualTo(4);
        assertThat(groups.get(1).id()).isEqualTo("tasks-approvals-waiting-for-you");
    }

    @Test
    void shouldListOverdueClocksAndThoseDueThisWeekButNotLaterOnes() {
        UUID child = UUID.randomUUID();
        Caseloads.Entry e = new Caseloads.Entry(child, "LA1", "Ola Zorn", LocalDate.of(2015, 1, 1), null, List.of(),
                TODAY.minusDays(3), List.of(
                new Caseloads.ClockView("CP_VISIT", "Child protection visit", TODAY.minusDays(20), TODAY.minusDays(3), null, ClockStatus.OVERDUE),
                new Caseloads.ClockView("CP_REVIEW", "Review conference", TODAY.minusDays(20), TODAY, null, ClockStatus.DUE_TODAY),
                new Caseloads.ClockView("CLA_REVIEW", "Looked-after review", TODAY, TODAY.plusDays(7), null, ClockStatus.DUE),
                new Caseloads.ClockView("ASSESSMENT", "Assessment", TODAY, TODAY.plusDays(8), null, ClockStatus.DUE)));
        List<Task> tasks = TaskList.clocks(List.of(e), TODAY);
        assertThat(tasks).extracting(Task::title).containsExactly("Child protection visit for Ola Zorn",
                "Review conference for Ola Zorn", "Looked-after review for Ola Zorn");
        assertThat(tasks).extracting(Task::state).containsExactly(Task.State.OVERDUE, Task.State.DUE_TODAY, Task.State.DUE);
        assertThat(tasks.get(0).group()).isEqualTo("Overdue statutory work");
        assertThat(tasks.get(1).group()).isEqualTo("Statutory work due this week");
        assertThat(tasks).allSatisfy(t -> assertThat(t.href()).isEqualTo("/children/" + child));
    }

    @Test
    void shouldNameAnUnbornChildAndRefuseATaskWithNowhereToDoIt() {
        Caseloads.Entry unborn = new Caseloads.Entry(UUID.randomUUID(), "LA2", "", null, TODAY.plusMonths(2), List.of(),
                TODAY, List.of(new Caseloads.ClockView("ICPC", "Initial conference", TODAY, TODAY, null, ClockStatus.DUE_TODAY)));
        assertThat(TaskList.clocks(List.of(unborn), TODAY)).extracting(Task::title)
                .containsExactly("Initial conference for Unborn child");
        assertThatThrownBy(() -> new Task("G", "T", null, null, null, Task.State.WAITING, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Task.stateOf(null, TODAY)).isEqualTo(Task.State.WAITING);
        assertThat(Task.stateOf(TODAY.minusDays(1), TODAY)).isEqualTo(Task.State.OVERDUE);
    }
}
