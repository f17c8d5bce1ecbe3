package org.hearth.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A core group of the open child protection plan {@code planId} met on {@code date}, with {@code participants}, and
 * reviewed progress: {@code progress} in words and, for the plan's actions, their new status and what was done
 * ({@code updates}). A core group meets only after the initial conference that made the plan (the first within 10
 * working days of it).
 */
public record RecordCoreGroup(UUID planId, LocalDate date, List<Participant> participants, String progress,
                              List<ActionUpdate> updates) implements JourneyCommand {
    /** The progress of one of the plan's actions: its status (a code of ACTION_STATUSES) and what was done. */
    public record ActionUpdate(UUID actionId, String status, String progress) {
        public ActionUpdate {
            status = ProtectionChecks.blankToNull(status);
            progress = ProtectionChecks.blankToNull(progress);
        }
    }

    static final String PARTICIPANTS_MISSING = "Add the people who came to the core group";
    static final String BEFORE_ICPC = "A core group meets after the initial child protection conference: the plan "
            + "started on %s, so the core group cannot be on %s";
    private static final String KIND = ProtectionStage.CORE_GROUPS.name();

    public RecordCoreGroup {
        participants = participants == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(participants));
        updates = updates == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(updates));
        progress = ProtectionChecks.blankToNull(progress);
    }

    @Override
    public List<String> parts() {
        return List.of(KIND, Meetings.ATTENDEES, Meetings.ACTIONS);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (!ChildProtection.recordsCasework(context.actor())) {
            return Decision.refused(ProtectionChecks.casework(KIND, "a core group meeting"));
        }
        List<Violation> refusals = new ArrayList<>();
        CpPlan plan = AddCpPlanOutcome.openPlan(j, planId, KIND, refusals);
        if (plan == null) {
            return Decision.refused(refusals);
        }
        if (ProtectionChecks.happened(date, context, "core-group-date", KIND, null, "meetingDate",
                "the date of the core group", refusals) && date.isBefore(plan.cpPlanStartDate())) {
            refusals.add(new Violation("core-group-after-icpc", null, KIND, null, "meetingDate",
                    String.format(BEFORE_ICPC, Dates.uk(plan.cpPlanStartDate()), Dates.uk(date))));
        }
        if (participants.isEmpty()) {
            refusals.add(new Violation("core-group-participants", null, KIND, null, "participant-1-name",
                    PARTICIPANTS_MISSING));
        }
        Meetings.checkParticipants(participants, refusals);
        Meetings.tooLong(progress, Meetings.MAX_TEXT, "progress", "The progress", KIND, refusals);
        List<ProtectionAction> planActions = ChildProtection.actions(j, plan.id());
        List<JourneyChange<?>> changed = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (ActionUpdate u : updates) {
            ProtectionAction action = u == null || u.actionId() == null ? null
                    : planActions.stream().filter(a -> a.id().equals(u.actionId())).findFirst().orElse(null);
            if (action == null) {
                refusals.add(new Violation("core-group-action", null, Meetings.ACTIONS, u == null ? null : u.actionId(),
                        "actionId", "The action is not one of this child protection plan's actions"));
                continue;
            }
            String field = "action-" + action.id() + "-status";
            if (!seen.add(action.id())) {
                refusals.add(new Violation("core-group-action", null, Meetings.ACTIONS, action.id(), field,
                        "Give each action's progress once"));
                continue;
            }
            if (u.status() == null || !ChildProtection.ACTION_STATUSES.containsKey(u.status())) {
                refusals.add(new Violation("action-status", null, Meetings.ACTIONS, action.id(), field,
                        "Select how far the action \"" + action.action() + "\" has got"));
                continue;
            }
            Meetings.tooLong(u.progress(), Meetings.MAX_TEXT, "action-" + action.id() + "-progress",
                    "The progress of an action", Meetings.ACTIONS, refusals);
            if (!u.status().equals(action.status()) || (u.progress() != null && !u.progress().equals(action.progress()))) {
                changed.add(JourneyChange.of(ProtectionStage.ACTIONS, new ProtectionAction(action.id(), action.personId(),
                        action.forId(), action.outcomeId(), action.agency(), action.organisationId(), action.owner(),
                        action.action(), action.setDate(), action.dueDate(), u.status(),
                        u.progress() == null ? action.progress() : u.progress(),
                        "DONE".equals(u.status()) ? action.doneDate() : null,
                        "DONE".equals(u.status()) ? action.doneBy() : null)));
            }
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        UUID meetingId = UUID.randomUUID();
        List<JourneyChange<?>> changes = new ArrayList<>();
        changes.add(JourneyChange.added(ProtectionStage.CORE_GROUPS,
                new CoreGroup(meetingId, j.child().id(), plan.id(), date, progress)));
        changes.addAll(Meetings.attendees(j.child().id(), meetingId, KIND, participants));
        changes.addAll(changed);
        return Decision.of(changes);
    }
}
