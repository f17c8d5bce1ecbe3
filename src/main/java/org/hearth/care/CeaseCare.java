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
 * The child ceases to be looked after on {@code date} for {@code reason} (the 903's REC). The period of care, its
 * last placement and its last legal status all end that day, so no episode is left open. X1 (an episode ending and
 * another starting the same day) is a change within care, not an end of it.
 */
public record CeaseCare(LocalDate date, String reason) implements JourneyCommand {
    static final String WITHIN_CARE = "X1";
    private static final String KIND = CareStage.CARE_PERIODS.name();

    @Override
    public List<String> parts() {
        return List.of(CareStage.CARE_PERIODS.name(), CareStage.PLACEMENTS.name(), CareStage.LEGAL_STATUSES.name());
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Violation role = CareRoles.casework(context, KIND, "ceasing to be looked after");
        if (role != null) {
            return Decision.refused(role);
        }
        CarePeriod period = LookedAfter.openPeriod(j);
        if (period == null) {
            return Decision.refused(new Violation("cease-care-looked-after", null, KIND, null, null,
                    "The child is not looked after, so there is no period of care to end"));
        }
        List<Violation> refusals = new ArrayList<>();
        if (date == null) {
            refusals.add(new Violation("cease-care-date", null, KIND, period.id(), "periodEndDate",
                    "Enter the date the child ceased to be looked after"));
        } else if (date.isAfter(context.today())) {
            refusals.add(new Violation("not-in-future", null, KIND, period.id(), "periodEndDate",
                    "The date the child ceased to be looked after must be today or in the past"));
        }
        Placement placement = LookedAfter.currentPlacement(j, period);
        LegalStatus status = LookedAfter.currentLegalStatus(j, period);
        LocalDate latestStart = period.periodStartDate();
        if (placement != null && placement.claPlacementStartDate().isAfter(latestStart)) {
            latestStart = placement.claPlacementStartDate();
        }
        if (status != null && status.legalStatusStartDate().isAfter(latestStart)) {
            latestStart = status.legalStatusStartDate();
        }
        if (date != null && date.isBefore(latestStart)) {
            refusals.add(new Violation("cease-care-after-start", null, KIND, period.id(), "periodEndDate",
                    "The date the child ceased to be looked after must be on or after " + Dates.uk(latestStart)
                            + ", when the current " + (latestStart.equals(period.periodStartDate())
                            ? "period of care" : "placement or legal status") + " started"));
        }
        if (reason == null || reason.isBlank()) {
            refusals.add(new Violation("cease-care-reason", null, KIND, period.id(), "reasonCeased",
                    "Select the reason the child ceased to be looked after"));
        } else if (WITHIN_CARE.equals(reason)) {
            refusals.add(new Violation("cease-care-within-care", null, KIND, period.id(), "reasonCeased",
                    "X1 is for a change within care. Record a change of placement or legal status instead"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        // Whether the reason is in the year's REC list is the journey's code rule, checked on the changed record.
        List<JourneyChange<?>> changes = new ArrayList<>();
        changes.add(JourneyChange.of(CareStage.CARE_PERIODS, new CarePeriod(period.id(), period.personId(),
                period.periodStartDate(), date, reason, period.cinCode())));
        if (placement != null && placement.claPlacementEndDate() == null) {
            changes.add(JourneyChange.of(CareStage.PLACEMENTS, new Placement(placement.id(), placement.personId(),
                    placement.claPlacementStartDate(), date, placement.claPlacementType(),
                    placement.claPlacementProvider(), placement.claPlacementPostcode(), placement.claPlacementUrn(),
                    placement.claPlacementChangeReason(), placement.claPlacementDistance())));
        }
        if (status != null && status.legalStatusEndDate() == null) {
            changes.add(JourneyChange.of(CareStage.LEGAL_STATUSES, new LegalStatus(status.id(), status.personId(),
                    status.legalStatus(), status.legalStatusStartDate(), date)));
        }
        return Decision.of(changes);
    }
}
