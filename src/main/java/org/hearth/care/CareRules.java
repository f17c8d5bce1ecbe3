package org.hearth.care;

import org.hearth.referral.ReferralRules;
import static org.hearth.journey.Dates.uk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.Violation;

/**
 * Looked after: every day of a period of care has exactly one legal status and one placement (the 903's episodes
 * are derived from them, so a gap would be a missing episode); a period that ends says why; a placement that ends
 * while care goes on says why it changed.
 */
public final class CareRules {
    private CareRules() {}

    public static List<Violation> check(ChildJourney journey) {
        List<Violation> out = new ArrayList<>();
        // An undated period is reported by start-date-required and cannot anchor anything else
        List<CarePeriod> periods = journey.all(CareStage.CARE_PERIODS).stream().filter(p -> p.periodStartDate() != null)
                .toList();
        for (CarePeriod period : periods) {
            if ((period.periodEndDate() == null) != (period.reasonCeased() == null || period.reasonCeased().isBlank())) {
                out.add(new Violation("care-end-needs-reason", null, CareStage.CARE_PERIODS.name(), period.id(),
                        period.periodEndDate() == null ? "periodEndDate" : "reasonCeased",
                        "Ceasing to be looked after needs both the date and the reason episode ceased"));
            }
            covered(journey, periods, period, CareStage.LEGAL_STATUSES, "legal status", out);
            covered(journey, periods, period, CareStage.PLACEMENTS, "placement", out);
        }
        insidePeriods(journey, periods, CareStage.LEGAL_STATUSES, out);
        insidePeriods(journey, periods, CareStage.PLACEMENTS, out);
        for (Placement p : journey.all(CareStage.PLACEMENTS)) {
            CarePeriod period = periodOf(periods, p.claPlacementStartDate());
            boolean endsWithinCare = p.claPlacementEndDate() != null && period != null
                    && !Objects.equals(p.claPlacementEndDate(), period.periodEndDate());
            if (endsWithinCare && (p.claPlacementChangeReason() == null || p.claPlacementChangeReason().isBlank())) {
                out.add(new Violation("placement-change-reason", null, CareStage.PLACEMENTS.name(), p.id(),
                        "claPlacementChangeReason", "Give the reason the placement starting "
                        + uk(p.claPlacementStartDate()) + " changed"));
            }
        }
        for (CareReview review : journey.all(CareStage.CARE_REVIEWS)) {
            if (review.claReviewDate() != null && periods.stream().noneMatch(pe -> pe.covers(review.claReviewDate()))) {
                out.add(new Violation("care-review-while-looked-after", null, CareStage.CARE_REVIEWS.name(), review.id(),
                        "claReviewDate", "A looked-after review on " + uk(review.claReviewDate())
                        + " must fall while the child is looked after"));
            }
        }
        // A child in need episode does not close while the child is looked after.
        ReferralRules.closedWhileOpen(journey, CareStage.CARE_PERIODS, "closure-while-looked-after", null,
                p -> "the child is looked after (since " + org.hearth.journey.Dates.uk(p.periodStartDate())
                        + "); record ceasing to be looked after first", out);
        return out;
    }

    /**
     * The period a day belongs to. On the day one period ends and the next starts (a same-day handover, which the
     * no-overlap rule allows) both cover the day; what starts that day belongs to the period starting that day.
     */
    static CarePeriod periodOf(List<CarePeriod> periods, LocalDate day) {
        CarePeriod found = null;
        if (day == null) {
            return null;
        }
        for (CarePeriod p : periods) {
            if (p.covers(day) && (found == null || !p.periodStartDate().isBefore(found.periodStartDate()))) {
                found = p;
            }
        }
        return found;
    }

    private static <T extends Record & JourneyRecord> void insidePeriods(ChildJourney journey, List<CarePeriod> periods,
                                                                         EpisodeKind<T> kind, List<Violation> out) {
        for (T r : journey.all(kind)) {
            if (r.startDate() == null) {
                continue; // reported by start-date-required
            }
            CarePeriod period = periodOf(periods, r.startDate());
            if (period == null) {
                out.add(new Violation("inside-care-period", null, kind.name(), r.id(), "startDate",
                        kind.label() + " starting " + uk(r.startDate()) + " is not within a period of being looked after"));
            } else if (period.periodEndDate() != null
                    && (r.endDate() == null || r.endDate().isAfter(period.periodEndDate()))) {
                out.add(new Violation("inside-care-period", null, kind.name(), r.id(), "endDate",
                        kind.label() + " starting " + uk(r.startDate()) + " must end by the day care ended, "
                        + uk(period.periodEndDate())));
            }
        }
    }

    /** The kind's records inside the period run without gaps from its first day to its last (or stay open). */
    private static <T extends Record & JourneyRecord> void covered(ChildJourney journey, List<CarePeriod> periods,
                                                                   CarePeriod period, EpisodeKind<T> kind, String noun,
                                                                   List<Violation> out) {
        List<T> inside = journey.all(kind).stream().filter(r -> periodOf(periods, r.startDate()) == period).toList();
        if (inside.isEmpty() || !inside.get(0).startDate().equals(period.periodStartDate())) {
            out.add(new Violation("care-" + noun.replace(' ', '-') + "-from-start", null, CareStage.CARE_PERIODS.name(),
                    period.id(), "periodStartDate", "A child becoming looked after on " + uk(period.periodStartDate())
                    + " needs a " + noun + " from that day"));
            return;
        }
        for (int i = 1; i < inside.size(); i++) {
            LocalDate previousEnd = inside.get(i - 1).endDate();
            if (previousEnd != null && previousEnd.isBefore(inside.get(i).startDate())) {
                out.add(new Violation("care-" + noun.replace(' ', '-') + "-gap", null, kind.name(), inside.get(i).id(),
                        "startDate", "No " + noun + " is recorded between " + uk(previousEnd) + " and "
                        + uk(inside.get(i).startDate())));
            }
        }
        T last = inside.get(inside.size() - 1);
        if (period.periodEndDate() == null && last.endDate() != null) {
            out.add(new Violation("care-" + noun.replace(' ', '-') + "-gap", null, kind.name(), last.id(), "endDate",
                    "The child is still looked after but no " + noun + " is recorded after " + uk(last.endDate())));
        } else if (period.periodEndDate() != null && last.endDate() != null
                && last.endDate().isBefore(period.periodEndDate())) {
            out.add(new Violation("care-" + noun.replace(' ', '-') + "-gap", null, kind.name(), last.id(), "endDate",
                    "No " + noun + " is recorded between " + uk(last.endDate()) + " and the end of care on "
                    + uk(period.periodEndDate())));
        }
    }
}
