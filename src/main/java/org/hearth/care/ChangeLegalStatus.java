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
 * A looked-after child's legal status changes on {@code date}: the current one ends that day and the new one starts.
 * Refused when the child has no current legal status, for a day in the future, on or before the day the current one
 * started, and for the status the child already has.
 */
public record ChangeLegalStatus(LocalDate date, String legalStatus) implements JourneyCommand {
    private static final String KIND = CareStage.LEGAL_STATUSES.name();

    @Override
    public List<String> parts() {
        return List.of(CareStage.LEGAL_STATUSES.name());
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Violation role = CareRoles.casework(context, KIND, "a change of legal status");
        if (role != null) {
            return Decision.refused(role);
        }
        LegalStatus current = LookedAfter.currentLegalStatus(j);
        if (current == null) {
            return Decision.refused(new Violation("legal-status-change-current", null, KIND, null, null,
                    "The child has no current legal status to change. Record becoming looked after first"));
        }
        List<Violation> refusals = new ArrayList<>();
        if (date == null) {
            refusals.add(new Violation("legal-status-change-date", null, KIND, current.id(), "legalStatusEndDate",
                    "Enter the date the legal status changed"));
        } else if (date.isAfter(context.today())) {
            refusals.add(new Violation("not-in-future", null, KIND, current.id(), "legalStatusEndDate",
                    "The date the legal status changed must be today or in the past"));
        } else if (!date.isAfter(current.legalStatusStartDate())) {
            refusals.add(new Violation("legal-status-change-after-start", null, KIND, current.id(),
                    "legalStatusEndDate", "The date of the change must be after the current legal status started on "
                    + Dates.uk(current.legalStatusStartDate())));
        }
        if (NewPlacement.blank(legalStatus)) {
            refusals.add(new Violation("legal-status-required", "144", KIND, null, "legalStatus",
                    "Select the new legal status"));
        } else if (legalStatus.strip().equals(current.legalStatus())) {
            refusals.add(new Violation("legal-status-change-same", null, KIND, current.id(), "legalStatus",
                    "Select a legal status different from the current one"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(CareStage.LEGAL_STATUSES, current.endingOn(date)),
                JourneyChange.of(CareStage.LEGAL_STATUSES,
                        new LegalStatus(null, j.child().id(), legalStatus.strip(), date, null)));
    }
}
