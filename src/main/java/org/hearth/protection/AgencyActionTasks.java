package org.hearth.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.clocks.Caseloads;
import org.hearth.clocks.Task;
import org.hearth.clocks.TaskSource;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A partner's actions from strategy discussions and child protection plans on their home: each open action agreed
 * for their organisation, with its due date and its RAG state (overdue red, due today amber, due later yellow), and a
 * link to mark it done. The children are read through the seam (each read audited with the sharing decision's purpose),
 * so an action of a child no longer shared with the organisation is not listed and the child is not named.
 */
@Component
public class AgencyActionTasks implements TaskSource {
    public static final String GROUP = "Actions for your organisation";

    private final JdbcTemplate jdbc;
    private final JourneyService journeys;
    private final org.hearth.access.AccessSeam seam;

    AgencyActionTasks(JdbcTemplate jdbc, JourneyService journeys, org.hearth.access.AccessSeam seam) {
        this.jdbc = jdbc;
        this.journeys = journeys;
        this.seam = seam;
    }

    /** The children with an open action for this organisation (ids only: nothing of them is disclosed here). */
    List<UUID> childrenWithOpenActions(String organisationId) {
        return jdbc.queryForList("SELECT DISTINCT prac_person_id FROM protection_actions WHERE prac_organisation_id = ? "
                + "AND prac_status IN ('NOT_STARTED', 'IN_PROGRESS')", UUID.class, organisationId);
    }

    @Override
    public List<Task> tasksFor(Actor actor, List<Caseloads.Entry> caseload, LocalDate today) {
        if (!actor.role().partner() || actor.organisationId() == null) {
            return List.of();
        }
        // Only the children whose record is shared with the organisation now (judged without recording an access, so a
        // home page drawn before the worker shares the record leaves no refusal in the child's access log each time).
        List<UUID> children = childrenWithOpenActions(actor.organisationId()).stream()
                .filter(id -> seam.view(actor, id).canRead(ProtectionStage.ACTIONS.name())).toList();
        if (children.isEmpty()) {
            return List.of();
        }
        List<Task> out = new ArrayList<>();
        for (ChildJourney j : journeys.readEach(actor, children, ProtectionStage.ACTIONS.name(),
                "partner home: actions for the organisation")) {
            for (ProtectionAction a : j.all(ProtectionStage.ACTIONS)) {
                if (!a.open() || !actor.organisationId().equals(a.organisationId())) {
                    continue;
                }
                out.add(new Task(GROUP, a.action(), "For " + j.child().displayName() + ": " + agreedAt(j, a)
                        + "; owner " + a.owner(), href(j.child().id(), a.id()), a.dueDate(),
                        Task.stateOf(a.dueDate(), today), j.child().id()));
            }
        }
        out.sort(Comparator.comparing(Task::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** Where the partner marks an action done. */
    public static String href(UUID childId, UUID actionId) {
        return "/partner/children/" + childId + "/actions/" + actionId;
    }

    /** "agreed at the strategy discussion on 3 December 2026", or (a plan's action, or a discussion not shared) "agreed on …". */
    public static String agreedAt(ChildJourney j, ProtectionAction a) {
        return j.find(ProtectionStage.STRATEGY_DISCUSSIONS, a.forId())
                .map(s -> "agreed at the strategy discussion on " + org.hearth.journey.Dates.uk(s.discussionDate()))
                .orElse("agreed on " + org.hearth.journey.Dates.uk(a.setDate()));
    }
}
