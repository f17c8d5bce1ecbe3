package org.hearth.journey;

import static org.hearth.journey.Dates.uk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.people.Person;

/**
 * Rules that hold for every kind of record: dates in order, nothing before birth (bar the pre-birth work an unborn
 * child's protection needs), nothing after death, no overlapping episodes of one kind.
 */
public final class CommonRules {
    private CommonRules() {}

    /** Kinds whose episodes may not overlap one another, with the DfE code for that rule where there is one. */
    static final Map<EpisodeKind<?>, String> NO_OVERLAP = Map.of(
            Kinds.EARLY_HELP, "",
            Kinds.REFERRALS, "8820",
            Kinds.CIN_PLANS, "4014",
            Kinds.CP_PLANS, "8940",
            Kinds.CARE_PERIODS, "",
            Kinds.LEGAL_STATUSES, "",
            Kinds.PLACEMENTS, "",
            Kinds.MISSING, "574");

    /** Kinds of which at most one may be open (no end date) at a time, with the DfE code. */
    static final Map<EpisodeKind<?>, String> AT_MOST_ONE_OPEN = Map.of(
            Kinds.REFERRALS, "8815",
            Kinds.CIN_PLANS, "4004",
            Kinds.CP_PLANS, "8935");

    /** Work that may happen before a child is born: protecting an unborn baby starts before birth. */
    static final Set<EpisodeKind<?>> PRE_BIRTH_ALLOWED = Set.of(Kinds.CONTACTS, Kinds.REFERRALS, Kinds.ASSESSMENTS,
            Kinds.CIN_PLANS, Kinds.STRATEGY_DISCUSSIONS, Kinds.S47_ENQUIRIES, Kinds.INITIAL_CONFERENCES,
            Kinds.CP_PLANS, Kinds.CP_REVIEWS, Kinds.EARLY_HELP, Kinds.ALLOCATIONS, Kinds.PEOPLE_WHO_MATTER,
            Kinds.RELATIONSHIPS, Kinds.ADDRESSES, Kinds.VISITS);

    /** CIN rule 8606: a referral more than 40 weeks before birth is not credible. */
    static final int PRE_BIRTH_WEEKS = 40;

    public static List<Violation> check(ChildJourney journey) {
        List<Violation> out = new ArrayList<>();
        for (EpisodeKind<?> kind : Kinds.ALL) {
            dated(journey, kind, out);
            endsAfterStart(journey, kind, out);
            birthAndDeath(journey, kind, out);
        }
        NO_OVERLAP.forEach((kind, code) -> noOverlap(journey, kind, code, out));
        AT_MOST_ONE_OPEN.forEach((kind, code) -> atMostOneOpen(journey, kind, code, out));
        return out;
    }

    /**
     * Kinds whose records may lack a start date: permanence says which date it lacks itself; a relationship, a
     * person who matters or an address may be older than anyone can date; a previous permanence order's date may be
     * partly unknown (zz/zz/yyyy), and when an immigration status began may not be known; a returned row is not an
     * event at all.
     */
    static final Set<EpisodeKind<?>> UNDATED_ALLOWED = Set.of(Kinds.PERMANENCE, Kinds.RELATIONSHIPS,
            Kinds.PEOPLE_WHO_MATTER, Kinds.ADDRESSES, Kinds.PREVIOUS_PERMANENCE, Kinds.IMMIGRATION_STATUSES,
            Kinds.RETURNED_ROWS);

    /** Every step of the journey has the day it happened or started; the other rules skip undated records. */
    private static void dated(ChildJourney journey, EpisodeKind<?> kind, List<Violation> out) {
        if (UNDATED_ALLOWED.contains(kind)) {
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
                out.add(new Violation("end-before-start", endCode(kind), kind.name(), r.id(), "endDate",
                        kind.label() + " ends on " + uk(r.endDate()) + ", before it starts on " + uk(r.startDate())));
            }
        }
    }

    private static String endCode(EpisodeKind<?> kind) {
        if (kind == Kinds.CP_PLANS) return "8925";
        if (kind == Kinds.CIN_PLANS) return "4011";
        if (kind == Kinds.ASSESSMENTS) return "8608";
        if (kind == Kinds.REFERRALS) return "8630";
        return null;
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
            if (child.unborn() && !PRE_BIRTH_ALLOWED.contains(kind)) {
                out.add(new Violation("before-birth", kind == Kinds.CARE_PERIODS ? "302" : null, kind.name(), r.id(),
                        "startDate", "A " + kind.label().toLowerCase() + " cannot be recorded for an unborn child"));
            } else if (birth != null && start.isBefore(birth)) {
                boolean allowed = PRE_BIRTH_ALLOWED.contains(kind) && !start.isBefore(birth.minusWeeks(PRE_BIRTH_WEEKS));
                if (!allowed) {
                    out.add(new Violation("before-birth", kind == Kinds.REFERRALS ? "8606"
                            : kind == Kinds.CARE_PERIODS ? "302" : null, kind.name(), r.id(), "startDate",
                            kind.label() + " on " + uk(start) + (child.unborn()
                                    ? " is more than " + PRE_BIRTH_WEEKS + " weeks before the child is expected on "
                                    : " is before the child was born on ") + uk(birth)));
                }
            }
            if (death != null && start.isAfter(death) && kind != Kinds.RELATIONSHIPS && kind != Kinds.PEOPLE_WHO_MATTER) {
                out.add(new Violation("after-death", deathCode(kind), kind.name(), r.id(), "startDate",
                        kind.label() + " on " + uk(start) + " is after the child's death on " + uk(death)));
            }
        }
    }

    private static String deathCode(EpisodeKind<?> kind) {
        if (kind == Kinds.REFERRALS) return "8555Q";
        if (kind == Kinds.CP_PLANS) return "8915";
        if (kind == Kinds.CIN_PLANS) return "4008";
        return null;
    }

    private static void noOverlap(ChildJourney journey, EpisodeKind<?> kind, String code, List<Violation> out) {
        List<? extends JourneyRecord> list = journey.all(kind);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                JourneyRecord a = list.get(i);
                JourneyRecord b = list.get(j);
                if (a.endDate() == null && b.endDate() == null && AT_MOST_ONE_OPEN.containsKey(kind)) {
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
