package org.hearth.returns.ssda903.rules;

import java.time.LocalDate;
import java.util.Set;
import org.hearth.returns.ssda903.Ssda903Context;
import org.hearth.returns.ssda903.Ssda903Table;

/**
 * Small helpers shared by the rule families, and the groups of codes their logic uses (which codes are valid at all
 * is {@code Ssda903Codes}'s business).
 */
final class R {
    private R() {}

    static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");
    static final Set<String> ADOPTION_PLACEMENTS = Set.of("A3", "A4", "A5", "A6");
    static final Set<String> FOSTER_PLACEMENTS = Set.of("U1", "U2", "U3", "U4", "U5", "U6");
    static final Set<String> ADOPTED = Set.of("E11", "E12");
    static final Set<String> OTHER_PLACEMENTS = Set.of("Z1", "Z11", "Z12", "Z13", "Z14");
    /** Placement types Ofsted does not register, so without a URN (rules 218, 222). */
    /**
     * The placement types Ofsted does not register, so that carry no URN, as the DfE lists them for a collection
     * year: H5 (semi-independent living) left the list in 2023/24, when supported accommodation came under Ofsted,
     * and P2 in 2024/25.
     */
    static Set<String> noUrnPlacements(int endYear) {
        return endYear >= 2025 ? NO_URN_FROM_2025 : endYear >= 2024 ? NO_URN_FROM_2024 : NO_URN_PLACEMENTS;
    }

    static final Set<String> NO_URN_PLACEMENTS = Set.of("H5", "P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2",
            "T3", "T4", "Z1", "Z11", "Z12", "Z13", "Z14");
    private static final Set<String> NO_URN_FROM_2024 = without(NO_URN_PLACEMENTS, "H5");
    private static final Set<String> NO_URN_FROM_2025 = without(NO_URN_FROM_2024, "P2");

    private static Set<String> without(Set<String> set, String... codes) {
        Set<String> out = new java.util.HashSet<>(set);
        out.removeAll(Set.of(codes));
        return Set.copyOf(out);
    }
    static final Set<String> OC2_ITEMS = Set.of("CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
            "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");
    static final String[] OC2_CORE = {"IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"};
    static final String[] OC3_ITEMS = {"IN_TOUCH", "ACTIV", "ACCOM"};
    static final String[] AD1_ITEMS = {"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR",
        "LS_ADOPTR"};

    static boolean in(String value, Set<String> set) {
        return value != null && set.contains(value);
    }

    static boolean in(String value, String... options) {
        if (value == null) {
            return false;
        }
        for (String o : options) {
            if (o.equals(value)) {
                return true;
            }
        }
        return false;
    }

    static boolean anyFilled(Ssda903Table t, int row, String... cols) {
        for (String c : cols) {
            if (!t.blank(row, c)) {
                return true;
            }
        }
        return false;
    }

    static boolean anyBlank(Ssda903Table t, int row, String... cols) {
        for (String c : cols) {
            if (t.blank(row, c)) {
                return true;
            }
        }
        return false;
    }

    static boolean allBlank(Ssda903Table t, int row, String... cols) {
        return !anyFilled(t, row, cols);
    }

    /** Child's age on a date using the Header date of birth (the row's own DOB if the Header has none); -1 unknown. */
    static int age(Ssda903Context ctx, Ssda903Table t, int row, LocalDate on) {
        LocalDate dob = dob(ctx, t, row);
        return Ssda903Context.age(dob, on);
    }

    static LocalDate dob(Ssda903Context ctx, Ssda903Table t, int row) {
        LocalDate dob = ctx.dob(t.child(row));
        if (dob == null && t.has("DOB")) {
            dob = t.date(row, "DOB");
        }
        return dob;
    }

    /** Length in days of an episode-like span, an open one running to {@code openEnd}; -1 when unknown. */
    static long days(LocalDate from, LocalDate to, LocalDate openEnd) {
        if (from == null) {
            return -1;
        }
        LocalDate end = to == null ? openEnd : to;
        return end.toEpochDay() - from.toEpochDay();
    }

    static boolean before(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isBefore(b);
    }

    static boolean after(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isAfter(b);
    }

    /** The child's last episode (by DECOM) in this year's Episodes, or -1. */
    static int lastEpisode(Ssda903Context ctx, String child) {
        int[] eps = ctx.episodes(child);
        return eps.length == 0 ? -1 : eps[eps.length - 1];
    }

    /** Whether the episode row ends the period of care: it has ceased with a reason other than X1. */
    /**
     * The reason the episode ceased says the child left care (any REC but X1), whether or not its end date was
     * given (a missing DEC is 148's to report): for rules worded on the reason, such as 381 and 557.
     */
    static boolean reasonSaysLeftCare(Ssda903Table eps, int row) {
        return !eps.blank(row, "REC") && !eps.is(row, "REC", "X1");
    }

    static boolean leftCare(Ssda903Table eps, int row) {
        return !eps.blank(row, "DEC") && !eps.blank(row, "REC") && !eps.is(row, "REC", "X1");
    }
}
