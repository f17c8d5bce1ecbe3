package org.hearth.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A partner organisation's practitioner marks done, today, an action agreed for their organisation at a strategy
 * discussion or on a child protection plan, saying what was done ({@code note}). Only the organisation the action is
 * for may (a partner's user acting for it, {@code organisationName} its name as Hearth knows it, given by the server);
 * an action already done or no longer needed is refused, as is one with no words. The chronology then reads
 * "{organisation}: {action} done", dated today.
 */
public record MarkAgencyActionDone(UUID actionId, String note, String organisationName) implements JourneyCommand {
    static final String KIND = ProtectionStage.ACTIONS.name();
    static final int MAX_NOTE = 2_000;
    static final String NOT_A_PARTNER = "Actions are marked done here by the partner organisation they are for; "
            + "the council records progress at the core group";
    static final String NOT_YOURS = "This action is for another agency: you can mark only your own organisation's "
            + "actions done";
    static final String NO_SUCH_ACTION = "There is no such action on this child's record";
    static final String NOTE_MISSING = "Say what was done";

    public MarkAgencyActionDone {
        note = ProtectionChecks.blankToNull(note);
    }

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        String organisation = context.actor().organisationId();
        if (!context.actor().role().partner() || organisation == null) {
            return Decision.refused(refusal("actionId", NOT_A_PARTNER));
        }
        ProtectionAction action = actionId == null ? null : j.find(ProtectionStage.ACTIONS, actionId).orElse(null);
        if (action == null) {
            return Decision.refused(refusal("actionId", NO_SUCH_ACTION));
        }
        if (!organisation.equals(action.organisationId())) {
            return Decision.refused(refusal("actionId", NOT_YOURS));
        }
        if (!action.open()) {
            return Decision.refused(refusal("actionId", "This action is already "
                    + ChildProtection.ACTION_STATUSES.getOrDefault(action.status(), action.status())
                            .toLowerCase(java.util.Locale.UK)
                    + (action.doneDate() == null ? "" : " (" + Dates.uk(action.doneDate()) + ")")));
        }
        List<Violation> refusals = new ArrayList<>();
        if (note == null) {
            refusals.add(refusal("note", NOTE_MISSING));
        }
        Meetings.tooLong(note, MAX_NOTE, "note", "What was done", KIND, refusals);
        if (context.today().isBefore(action.setDate())) {
            refusals.add(refusal("actionId", "This action was agreed on " + Dates.uk(action.setDate())
                    + ": it cannot be done before then"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        String by = organisationName == null || organisationName.isBlank() ? organisation : organisationName.strip();
        return Decision.of(JourneyChange.of(ProtectionStage.ACTIONS, new ProtectionAction(action.id(),
                action.personId(), action.forId(), action.outcomeId(), action.agency(), action.organisationId(),
                action.owner(), action.action(), action.setDate(), action.dueDate(), "DONE", note, context.today(), by)));
    }

    private static Violation refusal(String field, String message) {
        return new Violation("agency-action-done", null, KIND, null, field, message);
    }
}
