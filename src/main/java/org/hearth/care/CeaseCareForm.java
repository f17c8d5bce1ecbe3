package org.hearth.care;

import static org.hearth.platform.web.FormAnswers.code;
import static org.hearth.platform.web.FormAnswers.pastDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.platform.web.FormErrors;

/**
 * Ceasing to be looked after, read in plain Java: the date and the reason episode ceased (the 903's REC). The period
 * of care, its last placement and its last legal status all end that day, so nothing is asked twice and no episode
 * is left open. X1 (an episode ending and another starting the same day) is a change within care, not an end of it.
 */
public final class CeaseCareForm {
    static final String WITHIN_CARE = "X1";

    private CeaseCareForm() {}

    public record Read(List<JourneyChange<?>> changes, FormErrors errors) {}

    public static String question(String recordField) {
        if (recordField == null) return null;
        return "reasonCeased".equals(recordField) ? "reason" : "date";
    }

    /** The reasons a period of care can end with on {@code date}, in words (X1 is not one). */
    public static Map<String, String> reasons(LocalDate date) {
        Map<String, String> out = new java.util.LinkedHashMap<>(org.hearth.platform.web.FormAnswers.options("REC", date));
        out.remove(WITHIN_CARE);
        return out;
    }

    /** The period of care not yet ended, if any. */
    public static CarePeriod openPeriod(ChildJourney j) {
        return j.all(CareStage.CARE_PERIODS).stream().filter(p -> p.periodStartDate() != null && p.periodEndDate() == null)
                .reduce((a, b) -> b).orElse(null);
    }

    public static Read read(ChildJourney j, Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        CarePeriod period = openPeriod(j);
        if (period == null) {
            errors.add(null, "The child is not looked after, so there is no period of care to end", null);
            return new Read(List.of(), errors);
        }
        Placement placement = LookedAfter.currentPlacement(j, period);
        LegalStatus status = LookedAfter.currentLegalStatus(j, period);
        LocalDate date = pastDate(form, "date", "the date the child ceased to be looked after", today, errors, null);
        LocalDate latestStart = period.periodStartDate();
        if (placement != null && placement.claPlacementStartDate().isAfter(latestStart)) {
            latestStart = placement.claPlacementStartDate();
        }
        if (status != null && status.legalStatusStartDate().isAfter(latestStart)) {
            latestStart = status.legalStatusStartDate();
        }
        if (date != null && date.isBefore(latestStart)) {
            errors.add("date", "The date the child ceased to be looked after must be on or after "
                    + Dates.uk(latestStart) + ", when the current " + (latestStart.equals(period.periodStartDate())
                    ? "period of care" : "placement or legal status") + " started", null);
        }
        String reason = code(form, "reason", "REC", date == null ? today : date,
                "Select the reason the child ceased to be looked after", null, errors);
        if (WITHIN_CARE.equals(reason)) {
            errors.add("reason", "X1 is for a change within care. Record a change of placement or legal status instead",
                    null);
        }
        if (!errors.isEmpty()) {
            return new Read(List.of(), errors);
        }
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
        return new Read(changes, errors);
    }
}
