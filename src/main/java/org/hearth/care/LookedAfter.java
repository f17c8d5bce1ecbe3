package org.hearth.care;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CodeRules;

/**
 * What the child's record shows about being looked after: the period open today, the legal status and placement in
 * force (in words, as the code lists of their start dates have them) and the placement history, newest first.
 */
public record LookedAfter(boolean lookedAfter, LocalDate since, Shown legalStatus, Shown placement,
                          List<PlacementLine> history) {

    /** A coded record in words: its label, code and start date. */
    public record Shown(String code, String label, LocalDate since) {
        /** The label with its code, or the code alone when the list has no words for it. */
        public String words() {
            return label == null || label.equals(code) ? code : label + " (" + code + ")";
        }
    }

    /** One placement of the history, with its provider and the reason it ended, in words. */
    public record PlacementLine(LocalDate from, LocalDate to, String type, String provider, String postcode,
                                String reasonForChange) {}

    public static LookedAfter of(ChildJourney j, LocalDate today) {
        CarePeriod period = periodOn(j, today);
        LegalStatus ls = period == null ? null : currentLegalStatus(j, period);
        Placement placement = period == null ? null : currentPlacement(j, period);
        List<PlacementLine> history = j.all(CareStage.PLACEMENTS).stream()
                .sorted(java.util.Comparator.comparing(Placement::claPlacementStartDate,
                        java.util.Comparator.nullsLast(java.util.Comparator.<LocalDate>reverseOrder())))
                .map(p -> new PlacementLine(p.claPlacementStartDate(), p.claPlacementEndDate(),
                        label("PLACE", p.claPlacementType(), p.claPlacementStartDate()),
                        label("PLACE_PROVIDER", p.claPlacementProvider(), p.claPlacementStartDate()),
                        p.claPlacementPostcode(),
                        label("REASON_PLACE_CHANGE", p.claPlacementChangeReason(), p.claPlacementEndDate())))
                .toList();
        return new LookedAfter(period != null, period == null ? null : period.periodStartDate(),
                ls == null ? null : new Shown(ls.legalStatus(), label("LS", ls.legalStatus(), ls.legalStatusStartDate()),
                        ls.legalStatusStartDate()),
                placement == null ? null : new Shown(placement.claPlacementType(),
                        label("PLACE", placement.claPlacementType(), placement.claPlacementStartDate()),
                        placement.claPlacementStartDate()),
                history);
    }

    /** The child's latest looked-after review that took place (cancelled ones and ones with no date are not), or null. */
    public static CareReview lastReview(ChildJourney j) {
        return j.all(CareStage.CARE_REVIEWS).stream().filter(r -> !Boolean.TRUE.equals(r.claReviewCancelled()))
                .filter(r -> r.claReviewDate() != null).max(Comparator.comparing(CareReview::claReviewDate)).orElse(null);
    }

    /** The period of care the child is in on {@code day} (started by then, not ended before it), or null. */
    public static CarePeriod periodOn(ChildJourney j, LocalDate today) {
        return j.all(CareStage.CARE_PERIODS).stream()
                .filter(p -> p.periodStartDate() != null && !p.periodStartDate().isAfter(today)
                        && (p.periodEndDate() == null || !p.periodEndDate().isBefore(today)))
                .reduce((a, b) -> b).orElse(null);
    }

    /** The period of care not yet ended, if any. */
    public static CarePeriod openPeriod(ChildJourney j) {
        return j.all(CareStage.CARE_PERIODS).stream().filter(p -> p.periodStartDate() != null && p.periodEndDate() == null)
                .reduce((a, b) -> b).orElse(null);
    }

    /** The placement of the period of care not yet ended: the one that has not ended; null when not looked after. */
    public static Placement currentPlacement(ChildJourney j) {
        CarePeriod period = openPeriod(j);
        return period == null ? null : currentPlacement(j, period);
    }

    /** The legal status of the period of care not yet ended; null when not looked after. */
    public static LegalStatus currentLegalStatus(ChildJourney j) {
        CarePeriod period = openPeriod(j);
        return period == null ? null : currentLegalStatus(j, period);
    }

    /** The missing or away episode the child has not yet returned from, or null. */
    public static MissingEpisode openMissing(ChildJourney j) {
        return j.all(CareStage.MISSING).stream().filter(m -> m.missingEpisodeStartDate() != null
                && m.missingEpisodeEndDate() == null).reduce((a, b) -> b).orElse(null);
    }

    /** The open placement of the period: the one that has not ended. */
    public static Placement currentPlacement(ChildJourney j, CarePeriod period) {
        return j.all(CareStage.PLACEMENTS).stream()
                .filter(p -> p.claPlacementStartDate() != null && period.covers(p.claPlacementStartDate())
                        && p.claPlacementEndDate() == null)
                .reduce((a, b) -> b).orElse(null);
    }

    /** The legal status of the period not yet ended, or null. */
    public static LegalStatus currentLegalStatus(ChildJourney j, CarePeriod period) {
        return j.all(CareStage.LEGAL_STATUSES).stream()
                .filter(l -> l.legalStatusStartDate() != null && period.covers(l.legalStatusStartDate())
                        && l.legalStatusEndDate() == null)
                .reduce((a, b) -> b).orElse(null);
    }

    /** A code in words as its list stood on the date; an unknown or imported code is shown as it is. */
    static String label(String list, String code, LocalDate date) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return CodeRules.list(list, date).label(code).orElse(code);
    }
}
