package org.hearth.journey;

import static org.hearth.journey.Dates.uk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.journey.child.Person;

/**
 * Rules that hold for every kind of record: dates in order, nothing before birth (bar the pre-birth work an unborn
 * child's protection needs), nothing after death, no overlapping episodes of one kind.
 */
public final class CommonRules {
    private CommonRules() {}

    /** CIN rule 8606: a referral more than 40 weeks before birth is not credible. */
    static final int PRE_BIRTH_WEEKS = 40;

    public static List<Violation> check(ChildJourney journey) {
        List<Violation> out = new ArrayList<>();
        for (EpisodeKind<?> kind : journey.kinds()) {
            dated(journey, kind, out);
            endsAfterStart(journey, kind, out);
            birthAndDeath(journey, kind, out);
        }
        for (EpisodeKind<?> kind : journey.kinds()) {
            if (kind.noOverlapCode() != null) {
                noOverlap(journey, kind, kind.noOverlapCode(), out);
            }
        }
        for (EpisodeKind<?> kind : journey.kinds()) {
            if (kind.oneOpenCode() != null) {
                atMostOneOpen(journey, kind, kind.oneOpenCode(), out);
            }
        }
        return out;
    }

    /** Every step of the journey has the day it happened or started; the other rules skip undated records. */
    private static void dated(ChildJourney journey, EpisodeKind<?> kind, List<Violation> out) {
        if (kind.mayBeUndated()) {
            return;
        }
        for (JourneyRecord r : journey.all(kind)) {
            if (r.startDate() == null) {
                out.add(new Violation("start-date-required", null, kind.name(), r.id(), "startDate",
                        "Give the date of the " + kind.label().toLowerCase()));
            }
        }
    }

    private static void endsAfterStart(ChildJourney journey, EpisodeKind<?> kind, List<Violation> out) {
        for (JourneyRecord r : journey.all(kind)) {
            if (r.startDate() != null && r.endDate() != null && r.endDate().isBefore(r.startDate())) {
                out.add(new Violation("end-before-start", kind.endBeforeStartCode(), kind.name(), r.id(), "endDate",
                        kind.label() + " ends on " + uk(r.endDate()) + ", before it starts on " + uk(r.startDate())));
            }
        }
    }

    private static void birthAndDeath(ChildJourney journey, EpisodeKind<?> kind, List<Violation> out) {
        Person child = journey.child();
        LocalDate dob = child.dob();
        LocalDate death = child.deathDate();
        // CIN 8606 measures the 40 weeks from the date of birth or, for an unborn child, the expected date of birth.
        LocalDate birth = dob != null ? dob : child.unborn() ? child.expectedDob() : null;
        for (JourneyRecord r : journey.all(kind)) {
            LocalDate start = r.startDate();
            if (start == null) {
                continue;
            }
            if (child.unborn() && !kind.mayPrecedeBirth()) {
                out.add(new Violation("before-birth", kind.beforeBirthCode(), kind.name(), r.id(),
                        "startDate", "A " + kind.label().toLowerCase() + " cannot be recorded for an unborn child"));
            } else if (birth != null && start.isBefore(birth)) {
                boolean allowed = kind.mayPrecedeBirth() && !start.isBefore(birth.minusWeeks(PRE_BIRTH_WEEKS));
                if (!allowed) {
                    out.add(new Violation("before-birth", kind.beforeBirthCode(), kind.name(), r.id(), "startDate",
                            kind.label() + " on " + uk(start) + (child.unborn()
                                    ? " is more than " + PRE_BIRTH_WEEKS + " weeks before the child is expected on "
                                    : " is before the child was born on ") + uk(birth)));
                }
            }
            if (death != null && start.isAfter(death) && !kind.mayFollowDeath()) {
                out.add(new Violation("after-death", kind.afterDeathCode(), kind.name(), r.id(), "startDate",
                        kind.label() + " on " + uk(start) + " is after the child's death on " + uk(death)));
            }
        }
    }

    private static void noOverlap(ChildJourney journey, EpisodeKind<?> kind, String code, List<Violation> out) {
        List<? extends JourneyRecord> list = journey.all(kind);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                JourneyRecord a = list.get(i);
                JourneyRecord b = list.get(j);
                if (a.endDate() == null && b.endDate() == null && kind.oneOpenCode() != null) {
                    continue; // reported once, by atMostOneOpen
                }
                if (a.startDate() != null && b.startDate() != null
                        && Dates.overlap(a.startDate(), a.endDate(), b.startDate(), b.endDate())) {
                    out.add(new Violation("no-overlap", code.isEmpty() ? null : code, kind.name(), b.id(), "startDate",
                            kind.label() + " starting " + uk(b.startDate()) + " overlaps the one starting "
                                    + uk(a.startDate()) + (a.endDate() == null ? ", which is still open" : "")));
                }
            }
        }
    }

    private static void atMostOneOpen(ChildJourney journey, EpisodeKind<?> kind, String code, List<Violation> out) {
        List<? extends JourneyRecord> open = journey.all(kind).stream().filter(r -> r.endDate() == null).toList();
        for (int i = 1; i < open.size(); i++) {
            out.add(new Violation("one-open", code, kind.name(), open.get(i).id(), "endDate",
                    "Only one " + kind.label().toLowerCase() + " can be open at a time; the one starting "
                            + uk(open.get(0).startDate()) + " has not ended"));
        }
    }
}
