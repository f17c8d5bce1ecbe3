package org.hearth.team;

import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.clocks.Caseloads;
import org.hearth.clocks.Task;
import org.hearth.clocks.TaskSource;
import org.springframework.stereotype.Component;

/** A team manager's tasks from the team's caseloads: every statutory clock overdue, with whose child it is. */
@Component
class TeamTasks implements TaskSource {
    static final String GROUP = "Your team's overdue work";

    private final TeamWorkload workload;

    TeamTasks(TeamWorkload workload) {
        this.workload = workload;
    }

    @Override
    public List<Task> tasksFor(Actor actor, List<Caseloads.Entry> caseload, LocalDate today) {
        if (actor.role() != Role.TEAM_MANAGER || actor.teamId() == null) {
            return List.of();
        }
        return workload.of(actor, today).overdue().stream()
                .map(o -> new Task(GROUP, o.subject() + " for " + o.childName(), o.worker() + "'s child",
                        "/children/" + o.childId(), o.dueOn(), Task.State.OVERDUE, o.childId()))
                .toList();
    }
}
