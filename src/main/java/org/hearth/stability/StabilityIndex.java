package org.hearth.stability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hearth.allocation.Allocation;
import org.hearth.allocation.AllocationStage;
import org.hearth.allocation.SocialWorkerEpisode;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareStage;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.people.PeopleStage;
import org.hearth.people.SchoolAttended;

/**
 * A child's stability, computed from the record each time (nothing stored): how many times in the last 12 and 24
 * months they moved placement, changed social worker and changed school.
 *
 * <ul>
 *   <li>A <b>placement move</b> is a placement that starts within a period of care after another placement of that
 *   period (the first placement of a period is coming into care, not a move). Temporary placements (T0–T4: hospital,
 *   holiday, respite while carers are away) and the return from one to the same placement are not moves.</li>
 *   <li>A <b>social worker change</b> is a social worker allocation (SW) that starts after an earlier one with a
 *   different worker; records imported from the 903's social worker episodes count the same way when the child has no
 *   SW allocation.</li>
 *   <li>A <b>school move</b> is a school that starts after an earlier one.</li>
 * </ul>
 * "In the last 12 months" on {@code today} means on or after the same date a year earlier, up to and including today
 * (a move on 10 March 2025 counts on 10 March 2026; one on 9 March 2025 does not). Future-dated records never count.
 */
public final class StabilityIndex {
    private StabilityIndex() {}

    /** The counts for one child on one day. */
    public record Stability(int placementMoves12, int placementMoves24, int socialWorkerChanges12,
                            int socialWorkerChanges24, int schoolMoves12, int schoolMoves24) {
        /** The Children's Commissioner's concern: two or more placement moves in two years. */
        public boolean twoOrMoreMovesInTwoYears() {
            return placementMoves24 >= 2;
        }
    }

    public static Stability of(ChildJourney j, LocalDate today) {
        List<LocalDate> moves = placementMoves(j);
        List<LocalDate> workers = socialWorkerChanges(j);
        List<LocalDate> schools = schoolMoves(j);
        LocalDate year = today.minusMonths(12);
        LocalDate twoYears = today.minusMonths(24);
        return new Stability(count(moves, year, today), count(moves, twoYears, today), count(workers, year, today),
                count(workers, twoYears, today), count(schools, year, today), count(schools, twoYears, today));
    }

    static int count(List<LocalDate> days, LocalDate from, LocalDate to) {
        return (int) days.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
    }

    /** The days the child moved placement (see the class comment). */
    static List<LocalDate> placementMoves(ChildJourney j) {
        List<LocalDate> out = new ArrayList<>();
        List<Placement> placements = j.all(CareStage.PLACEMENTS).stream()
                .filter(p -> p.claPlacementStartDate() != null)
                .sorted(Comparator.comparing(Placement::claPlacementStartDate)).toList();
        for (CarePeriod period : j.all(CareStage.CARE_PERIODS)) {
            if (period.periodStartDate() == null) {
                continue;
            }
            List<Placement> within = placements.stream().filter(p -> !p.claPlacementStartDate()
                    .isBefore(period.periodStartDate()) && (period.periodEndDate() == null
                    || p.claPlacementStartDate().isBefore(period.periodEndDate()))).toList();
            Placement settled = null; // the last placement that was not temporary
            for (int i = 0; i < within.size(); i++) {
                Placement p = within.get(i);
                if (temporary(p)) {
                    continue;
                }
                boolean backFromTemporary = settled != null && i > 0 && temporary(within.get(i - 1))
                        && samePlace(settled, p);
                if (settled != null && !backFromTemporary) {
                    out.add(p.claPlacementStartDate());
                }
                settled = p;
            }
        }
        return out;
    }

    private static boolean temporary(Placement p) {
        return p.claPlacementType() != null && p.claPlacementType().startsWith("T");
    }

    private static boolean samePlace(Placement a, Placement b) {
        return Objects.equals(a.claPlacementType(), b.claPlacementType())
                && Objects.equals(a.claPlacementPostcode(), b.claPlacementPostcode())
                && Objects.equals(a.claPlacementUrn(), b.claPlacementUrn());
    }

    /** The days the child's social worker changed. */
    static List<LocalDate> socialWorkerChanges(ChildJourney j) {
        List<Allocation> sw = j.all(AllocationStage.ALLOCATIONS).stream()
                .filter(a -> "SW".equals(a.professionalRoleId()) && a.involvementStartDate() != null)
                .sorted(Comparator.comparing(Allocation::involvementStartDate)).toList();
        List<LocalDate> out = new ArrayList<>();
        if (!sw.isEmpty()) {
            String previous = null;
            for (Allocation a : sw) {
                if (previous != null && !previous.equals(a.professionalId())) {
                    out.add(a.involvementStartDate());
                }
                previous = a.professionalId();
            }
            return out;
        }
        String previous = null;
        for (SocialWorkerEpisode e : j.all(AllocationStage.SOCIAL_WORKER_EPISODES).stream()
                .filter(e -> e.swEpisodeStartDate() != null)
                .sorted(Comparator.comparing(SocialWorkerEpisode::swEpisodeStartDate)).toList()) {
            if (previous != null && !previous.equals(e.socialWorkerId())) {
                out.add(e.swEpisodeStartDate());
            }
            previous = e.socialWorkerId();
        }
        return out;
    }

    /** The days the child changed school. */
    static List<LocalDate> schoolMoves(ChildJourney j) {
        List<SchoolAttended> schools = j.all(PeopleStage.SCHOOLS).stream().filter(s -> s.startDate() != null)
                .sorted(Comparator.comparing(SchoolAttended::startDate)).toList();
        return schools.stream().skip(1).map(SchoolAttended::startDate).toList();
    }
}
