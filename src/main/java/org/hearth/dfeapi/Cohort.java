package org.hearth.dfeapi;

import java.time.LocalDate;
import java.util.Objects;
import org.hearth.care.CareStage;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.child.Person;
import org.hearth.protection.ProtectionStage;
import org.hearth.referral.ReferralStage;

/**
 * Which children the DfE's children's social care data flow covers (spec 0.8): those aged 25 or under at some point
 * in the 24 months up to the day of the send, with child in need, child protection or looked-after activity in
 * those months. "Activity" is a CIN episode (a referral, closed or not), a CP plan, or a period of care or a
 * placement, open on at least one day of the window. A child with no date of birth (unborn, or not yet known) is not
 * too old.
 */
public final class Cohort {
    /** The months the flow looks back. */
    public static final int MONTHS = 24;
    /** The oldest age (in whole years) a child may be, on some day of the window, to be in the flow. */
    public static final int MAX_AGE = 25;

    private Cohort() {}

    /** The window: from the day 24 months before {@code end} to {@code end}, both included. */
    public record Window(LocalDate start, LocalDate end) {
        public Window {
            Objects.requireNonNull(start);
            Objects.requireNonNull(end);
            if (start.isAfter(end)) {
                throw new IllegalArgumentException("the window starts after it ends");
            }
        }

        public static Window endingOn(LocalDate day) {
            return new Window(day.minusMonths(MONTHS), day);
        }

        /** Open on some day of the window: started by its end (or start unknown) and not ended before its start. */
        public boolean overlaps(LocalDate from, LocalDate to) {
            return (from == null || !from.isAfter(end)) && (to == null || !to.isBefore(start))
                    && (from != null || to != null);
        }

        public boolean contains(LocalDate day) {
            return day != null && !day.isBefore(start) && !day.isAfter(end);
        }
    }

    public static boolean includes(ChildJourney journey, Window window) {
        return agedAtMost25During(journey.child(), window) && hasActivity(journey, window);
    }

    /**
     * 25 or under on some day of the window: the youngest they are in it is their age on its first day, so they are
     * in unless their 26th birthday fell on or before that day.
     */
    static boolean agedAtMost25During(Person child, Window window) {
        if (child.dob() == null) {
            return true;
        }
        return child.dob().plusYears(MAX_AGE + 1L).isAfter(window.start());
    }

    static boolean hasActivity(ChildJourney j, Window w) {
        return j.all(ReferralStage.REFERRALS).stream().anyMatch(r -> w.overlaps(r.referralDate(), r.closeDate()))
                || j.all(ProtectionStage.CP_PLANS).stream().anyMatch(p -> w.overlaps(p.cpPlanStartDate(), p.cpPlanEndDate()))
                || j.all(CareStage.CARE_PERIODS).stream().anyMatch(p -> w.overlaps(p.periodStartDate(), p.periodEndDate()))
                || j.all(CareStage.PLACEMENTS).stream()
                        .anyMatch(p -> w.overlaps(p.claPlacementStartDate(), p.claPlacementEndDate()));
    }
}
