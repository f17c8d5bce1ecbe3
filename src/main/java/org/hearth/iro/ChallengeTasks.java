package org.hearth.iro;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.clocks.Caseloads;
import org.hearth.clocks.Task;
import org.hearth.clocks.TaskList;
import org.hearth.clocks.TaskSource;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.springframework.stereotype.Component;

/**
 * The IRO's dispute resolution process as tasks. A team manager: each challenge escalated to a team manager about a
 * child of their team's workers, until they answer it. An IRO: the reviews they chair that are overdue or due within
 * the week, and their open challenges (marked when a manager has answered and the IRO is to decide the next step).
 */
@Component
class ChallengeTasks implements TaskSource {
    static final String TO_ANSWER = "IRO challenges to answer";
    static final String REVIEWS = "Reviews you chair";
    static final String OPEN = "Your open challenges";

    private final Challenges challenges;
    private final IroReviews reviews;
    private final JourneyService journeys;

    ChallengeTasks(Challenges challenges, IroReviews reviews, JourneyService journeys) {
        this.challenges = challenges;
        this.reviews = reviews;
        this.journeys = journeys;
    }

    @Override
    public List<Task> tasksFor(Actor actor, List<Caseloads.Entry> caseload, LocalDate today) {
        if (actor.role() == Role.TEAM_MANAGER && actor.teamId() != null) {
            return toAnswer(actor);
        }
        if (actor.role() == Role.IRO) {
            return forIro(actor, today);
        }
        return List.of();
    }

    private List<Task> toAnswer(Actor manager) {
        List<UUID> ids = challenges.awaitingTeamManager(manager.teamId());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = new java.util.HashMap<>();
        for (ChildJourney j : journeys.readEach(manager, ids, Challenges.PART, "challenges to answer")) {
            names.put(j.child().id(), j.child().displayName());
        }
        List<Task> out = new ArrayList<>();
        challenges.forChildren(manager, List.copyOf(names.keySet()), "challenges to answer").forEach((child, log) -> {
            for (Challenge c : log) {
                Escalation e = c.awaitingTeamManager();
                if (e != null) {
                    out.add(new Task(TO_ANSWER, c.subjectLabel() + " for " + names.get(child),
                            "Escalated to a team manager on " + org.hearth.journey.Dates.uk(e.escalatedOn()) + ": "
                                    + e.reason(),
                            "/children/" + child + "/challenges/" + c.id() + "/answer", null, Task.State.WAITING, child));
                }
            }
        });
        return out;
    }

    private List<Task> forIro(Actor iro, LocalDate today) {
        List<Task> out = new ArrayList<>();
        for (ReviewedChild r : reviews.of(iro)) {
            LocalDate due = r.nextDue();
            if (due != null && !due.isAfter(today.plusDays(TaskList.CLOCKS_AHEAD_DAYS))) {
                String kind = r.laReview() != null && due.equals(r.laReview().dueOn()) ? "Looked-after review"
                        : "Child protection review";
                out.add(new Task(REVIEWS, kind + " for " + r.name(), null, "/children/" + r.childId(), due,
                        Task.stateOf(due, today), r.childId()));
            }
            for (Challenge c : r.challenges()) {
                if (!c.isOpen()) {
                    continue;
                }
                Escalation last = c.escalations().isEmpty() ? null : c.escalations().get(c.escalations().size() - 1);
                boolean answered = last != null && last.answered();
                out.add(new Task(OPEN, c.subjectLabel() + " for " + r.name(),
                        answered ? "Answered by the team manager on " + org.hearth.journey.Dates.uk(last.answeredOn())
                                + ": decide whether it is resolved or escalate it"
                                : "At " + c.stage().label().toLowerCase() + " since "
                                + org.hearth.journey.Dates.uk(c.lastStepOn()),
                        "/children/" + r.childId() + "/challenges/" + c.id(), null,
                        answered ? Task.State.WAITING : Task.State.INFORMATION, r.childId()));
            }
        }
        return out;
    }
}
