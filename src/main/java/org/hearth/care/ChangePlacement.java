package org.hearth.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A looked-after child moves on {@code date}: the current placement ends that day with the reason for the change (the
 * DfE's REASON_PLACE_CHANGE) and the next one starts, so care has no gap. Refused when the child has no current
 * placement, for a day in the future, and on or before the day the current placement started.
 */
public record ChangePlacement(LocalDate date, String reason, NewPlacement next) implements JourneyCommand {
    private static final String KIND = CareStage.PLACEMENTS.name();

    @Override
    public List<String> parts() {
        return List.of(CareStage.PLACEMENTS.name());
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Violation role = CareRoles.casework(context, KIND, "a change of placement");
        if (role != null) {
            return Decision.refused(role);
        }
        Placement current = LookedAfter.currentPlacement(j);
        if (current == null) {
            return Decision.refused(new Violation("placement-change-current", null, KIND, null, null,
                    "The child has no current placement to change. Record becoming looked after first"));
        }
        List<Violation> refusals = new ArrayList<>();
        if (date == null) {
            refusals.add(new Violation("placement-change-date", null, KIND, current.id(), "claPlacementEndDate",
                    "Enter the date of the move"));
        } else if (date.isAfter(context.today())) {
            refusals.add(new Violation("not-in-future", null, KIND, current.id(), "claPlacementEndDate",
                    "The date of the move must be today or in the past"));
        } else if (!date.isAfter(current.claPlacementStartDate())) {
            refusals.add(new Violation("placement-change-after-start", null, KIND, current.id(), "claPlacementEndDate",
                    "The date of the move must be after the current placement started on "
                            + Dates.uk(current.claPlacementStartDate())));
        }
        if (NewPlacement.blank(reason)) {
            refusals.add(new Violation("placement-change-reason", "225", KIND, current.id(),
                    "claPlacementChangeReason", "Select the reason for the change of placement"));
        }
        Placement started = (next == null ? new NewPlacement(null, null, null, null) : next)
                .starting(j.child().id(), date, null, refusals);
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(CareStage.PLACEMENTS, current.endingOn(date, reason.strip())),
                JourneyChange.of(CareStage.PLACEMENTS, started));
    }
}
