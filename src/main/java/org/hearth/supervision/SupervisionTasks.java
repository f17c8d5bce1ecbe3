package org.hearth.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.clocks.Caseloads;
import org.hearth.clocks.Task;
import org.hearth.clocks.TaskSource;
import org.springframework.stereotype.Component;

/**
 * Supervision on the home page: a team manager sees the workers overdue supervision and their own actions from it;
 * a worker sees records waiting for their agreement, their actions, and their own supervision when it is due soon.
 */
@Component
class SupervisionTasks implements TaskSource {
    static final String TEAM = "Workers overdue supervision";
    static final String MINE = "Your supervision";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Supervisions supervisions;

    SupervisionTasks(Supervisions supervisions) {
        this.supervisions = supervisions;
    }

    static final String COUNCIL = "Supervision across the council";

    @Override
    public List<Task> tasksFor(Actor actor, List<Caseloads.Entry> caseload, LocalDate today) {
        if (supervisions.maySeeFigures(actor) && !actor.role().practitioner()) {
            return List.of(new Task(COUNCIL, "Workers with no supervision in their cadence",
                    "Counts by team for the principal social worker: no worker or child named", "/supervision/council",
                    null, Task.State.INFORMATION, null));
        }
        if (!actor.role().practitioner() || actor.role() == Role.IRO && actor.teamId() == null) {
            return List.of();
        }
        List<Task> out = new ArrayList<>();
        if (actor.role() == Role.TEAM_MANAGER && actor.teamId() != null) {
            for (Supervisions.WorkerCadence w : supervisions.team(actor, today, "my work: the team's supervision")) {
                if (w.due().overdue()) {
                    out.add(new Task(TEAM, "Supervision for " + w.name(), w.due().last() == null
                            ? "No supervision recorded" : "Last supervised " + DAY.format(w.due().last()),
                            "/supervision/new?worker=" + w.username(), w.due().dueOn(), Task.State.OVERDUE, null));
                }
            }
            for (Supervision s : supervisions.supervisedWithOpenActions(actor)) {
                s.actions().stream().filter(a -> !a.done() && a.owner().equals(actor.username())).forEach(a ->
                        out.add(new Task(MINE, "Supervision action: " + a.text(), "From supervision of "
                                + supervisions.nameOf(s.worker()) + " on " + DAY.format(s.date()),
                                "/supervision/" + s.id() + "#actions", a.dueOn(), Task.stateOf(a.dueOn(), today), null)));
            }
        }
        Supervisions.Mine mine = supervisions.mine(actor, today);
        for (Supervision s : mine.toAgree()) {
            out.add(new Task(MINE, "Agree your supervision record of " + DAY.format(s.date()),
                    "Recorded by " + supervisions.nameOf(s.supervisor()) + ": add your comments and agree it",
                    "/supervision/" + s.id(), null, Task.State.WAITING, null));
        }
        for (Supervision s : mine.withOpenActions()) {
            s.actions().stream().filter(a -> !a.done() && a.owner().equals(actor.username())).forEach(a ->
                    out.add(new Task(MINE, "Supervision action: " + a.text(), "From your supervision on "
                            + DAY.format(s.date()), "/supervision/" + s.id() + "#actions", a.dueOn(),
                            Task.stateOf(a.dueOn(), today), null)));
        }
        if (actor.role() != Role.TEAM_MANAGER && mine.cadence() != null && mine.cadence().due().rag()
                != SupervisionCadence.Rag.GREEN) {
            out.add(new Task(MINE, "Your next supervision", mine.cadence().due().last() == null
                    ? "No supervision recorded with you yet: ask your manager"
                    : "Last supervised " + DAY.format(mine.cadence().due().last()), "/supervision",
                    mine.cadence().due().dueOn(), Task.stateOf(mine.cadence().due().dueOn(), today), null));
        }
        return out;
    }
}
