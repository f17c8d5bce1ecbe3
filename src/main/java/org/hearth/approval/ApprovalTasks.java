package org.hearth.approval;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.clocks.Caseloads;
import org.hearth.clocks.Task;
import org.hearth.clocks.TaskSource;
import org.springframework.stereotype.Component;

/**
 * Approvals as tasks: a team manager's requests waiting and what the team has been sent back to redo; a worker's
 * work returned by their manager (with the reason) and what they are waiting on. Read from the approval requests
 * every time, so a decision takes the task off the list at once.
 */
@Component
class ApprovalTasks implements TaskSource {
    static final String WAITING = "Approvals waiting for you";
    static final String RETURNED_TO_YOU = "Returned to you";
    static final String RETURNED_BY_TEAM = "Returned to your team";
    static final String SENT = "Waiting for your manager";

    private final Approvals approvals;

    ApprovalTasks(Approvals approvals) {
        this.approvals = approvals;
    }

    @Override
    public List<Task> tasksFor(Actor actor, List<Caseloads.Entry> caseload, LocalDate today) {
        List<Task> out = new ArrayList<>();
        if (actor.role() == Role.TEAM_MANAGER && actor.teamId() != null) {
            for (Approvals.Waiting w : approvals.waitingFor(actor)) {
                out.add(new Task(WAITING, w.approval().type().label() + " for " + w.childName(),
                        "Asked by " + w.requestedByName() + " on " + day(w.approval().requestedAt()),
                        "/approvals/" + w.approval().id(), null, Task.State.WAITING, w.approval().childId()));
            }
            for (Approvals.Waiting w : approvals.returned(actor, null, actor.teamId())) {
                out.add(returned(RETURNED_BY_TEAM, w, "/children/" + w.approval().childId() + "/approvals",
                        "Returned to " + w.requestedByName()));
            }
            return out;
        }
        if (actor.role().allocationRole() == null) {
            return out;
        }
        Approvals.Mine mine = approvals.mine(actor);
        for (Approvals.Waiting w : mine.returned()) {
            String href = w.approval().type() == ApprovalType.ASSESSMENT_AUTHORISATION
                    ? "/children/" + w.approval().childId() + "/assessment"
                    : "/children/" + w.approval().childId() + "/approvals";
            out.add(returned(RETURNED_TO_YOU, w, href, "Returned by your manager"));
        }
        for (Approvals.Waiting w : mine.pending()) {
            out.add(new Task(SENT, w.approval().type().label() + " for " + w.childName(),
                    "Sent on " + day(w.approval().requestedAt()), "/children/" + w.approval().childId() + "/approvals",
                    null, Task.State.INFORMATION, w.approval().childId()));
        }
        return out;
    }

    private static Task returned(String group, Approvals.Waiting w, String href, String who) {
        Approval a = w.approval();
        String subject = a.type().subject();
        return new Task(group, Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " for " + w.childName(),
                who + (a.decidedOn() == null ? "" : " on " + org.hearth.journey.Dates.uk(a.decidedOn()))
                        + (a.reason() == null ? "" : ": " + a.reason()),
                href, null, Task.State.WAITING, a.childId());
    }

    private static String day(java.time.Instant at) {
        return org.hearth.journey.Dates.uk(at.atZone(ZoneId.of("Europe/London")).toLocalDate());
    }
}
