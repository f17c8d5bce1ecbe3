package org.hearth.agencies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.clocks.Caseloads;
import org.hearth.clocks.Task;
import org.hearth.clocks.TaskSource;
import org.springframework.stereotype.Component;

/**
 * A partner's work from the council on their home: the front door's requests for information waiting for their
 * organisation's answer, each with its clock (the child is named only on the request's own page, where the read is
 * audited); and a way to refer a child and see what became of their referrals.
 */
@Component
class AgencyTasks implements TaskSource {
    static final String REQUESTS = "Requests waiting for your answer";
    static final String REFERRALS = "Referrals to the front door";

    private final InformationRequests requests;

    AgencyTasks(InformationRequests requests) {
        this.requests = requests;
    }

    @Override
    public List<Task> tasksFor(Actor actor, List<Caseloads.Entry> caseload, LocalDate today) {
        if (!actor.role().partner()) {
            return List.of();
        }
        // The signed-in user's organisation as read with them this request (the same hearth_user row): not read again.
        String organisation = actor.organisationId();
        if (organisation == null) {
            return List.of();
        }
        List<Task> out = new ArrayList<>();
        Instant now = Instant.now();
        for (InformationRequests.Waiting w : requests.waitingFor(organisation)) {
            InformationRequest.Rag rag = InformationRequest.Rag.of(w.askedAt(), w.dueAt(), null, now);
            Task.State state = switch (rag) {
                case RED -> Task.State.OVERDUE;
                case AMBER -> Task.State.DUE_TODAY;
                case GREEN -> Task.State.DUE;
            };
            out.add(new Task(REQUESTS, "Request for information from the front door",
                    "Asked at " + FrontDoorExtras.when(w.askedAt()) + "; answer within " + w.hours() + " hours, by "
                            + FrontDoorExtras.when(w.dueAt()), "/partner/information-requests/" + w.id(),
                    w.dueAt().atZone(InformationRequest.LONDON).toLocalDate(), state, null));
        }
        out.add(new Task(REFERRALS, "Refer a child to the front door", "Your referral reaches the council's front door; "
                + "you see the decision and its reasons", "/partner/referrals/new", null, Task.State.INFORMATION, null));
        out.add(new Task(REFERRALS, "Your organisation's referrals and their outcomes", null, "/partner/referrals", null,
                Task.State.INFORMATION, null));
        return out;
    }
}
