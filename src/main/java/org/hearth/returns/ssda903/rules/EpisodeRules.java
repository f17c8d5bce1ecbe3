package org.hearth.returns.ssda903.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.hearth.returns.ssda903.IssueSink;
import org.hearth.returns.ssda903.Ssda903Context;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/** Rules on the Episodes table: dates, sequences of episodes, legal status and placement combinations, ages. */
public final class EpisodeRules {
    private EpisodeRules() {}

    /** A test on the k-th episode (by DECOM) of one child's sorted rows. */
    @FunctionalInterface
    interface SequenceTest {
        boolean test(Ssda903Context c, Ssda903Table eps, int[] rows, int k);
    }

    /** Flags each episode for which the test, given its place in the child's sequence, is true. */
    static Ssda903Registry.Check sequence(SequenceTest test) {
        return (c, sink) -> {
            Ssda903Table eps = c.table("Episodes");
            for (String child : eps.children()) {
                int[] rows = c.episodes(child);
                for (int k = 0; k < rows.length; k++) {
                    if (test.test(c, eps, rows, k)) {
                        sink.flag("Episodes", rows[k]);
                    }
                }
            }
        };
    }

    private static final LocalDate OCT_28_2023 = LocalDate.of(2023, 10, 28);

    public static void register(Ssda903Registry r) {
        // Dates.
        r.rule("353").rows("Episodes", (c, t, i) -> R.before(t.date(i, "DECOM"), LocalDate.of(1991, 10, 14)));
        r.rule("354").rows("Episodes", (c, t, i) -> R.after(t.date(i, "DECOM"), c.end()));
        r.rule("385").rows("Episodes", (c, t, i) -> R.after(t.date(i, "DEC"), c.end()));
        r.rule("355").rows("Episodes", (c, t, i) -> t.date(i, "DECOM") != null
                && t.date(i, "DECOM").equals(t.date(i, "DEC")));
        r.rule("356").rows("Episodes", (c, t, i) -> R.before(t.date(i, "DEC"), t.date(i, "DECOM")));
        r.rule("446").rows("Episodes", (c, t, i) -> t.is(i, "LS", "E1")
                && R.before(t.date(i, "DECOM"), LocalDate.of(2005, 12, 1)));
        r.rule("445").until(2024).rows("Episodes", (c, t, i) -> t.is(i, "LS", "D1")
                && R.after(t.date(i, "DECOM"), LocalDate.of(2005, 12, 31)));
        // Freeing orders ended on 30 December 2005, so an open D1 episode cannot still be running.
        r.rule("451").until(2024).rows("Episodes", (c, t, i) -> t.is(i, "LS", "D1")
                && (t.blank(i, "DEC") || t.is(i, "REC", "X1")));
        r.rule("302").needs("Header").rows("Episodes", (c, t, i) ->
                R.before(t.date(i, "DECOM"), c.dob(t.child(i))));

        // Sequences of episodes.
        // Every episode but the last has ended: it has both an end date and a reason.
        r.rule("142").check(sequence((c, t, rows, k) -> k < rows.length - 1
                && R.anyBlank(t, rows[k], "DEC", "REC") && t.date(rows[k], "DECOM") != null));
        r.rule("501").check(sequence((c, t, rows, k) -> k > 0
                && R.before(t.date(rows[k], "DECOM"), t.date(rows[k - 1], "DEC"))));
        // X1 means a new episode starts the day this one ends, and only then: an episode ending X1 needs one,
        // and one ending otherwise must not be followed on the same day.
        r.rule("388").check(sequence((c, t, rows, k) -> {
            LocalDate dec = t.date(rows[k], "DEC");
            if (dec == null || t.blank(rows[k], "REC")) {
                return false;
            }
            boolean continues = k < rows.length - 1 && dec.equals(t.date(rows[k + 1], "DECOM"));
            return t.is(rows[k], "REC", "X1") != continues;
        }));
        // A new period of care (RNE S) starts after the previous episode ended, not on (or before) that day.
        r.rule("431").check(sequence((c, t, rows, k) -> k > 0 && t.is(rows[k], "RNE", "S")
                && t.date(rows[k], "DECOM") != null && t.date(rows[k - 1], "DEC") != null
                && !t.date(rows[k], "DECOM").isAfter(t.date(rows[k - 1], "DEC"))));
        r.rule("432").check(sequence((c, t, rows, k) -> k > 0 && R.leftCare(t, rows[k - 1])
                && !t.blank(rows[k], "RNE") && !t.is(rows[k], "RNE", "S")));
        r.rule("433").check(sequence((c, t, rows, k) -> k > 0
                && R.in(t.get(rows[k], "RNE"), "P", "L", "T", "U", "B")
                && t.date(rows[k - 1], "DEC") != null && t.date(rows[k], "DECOM") != null
                && !t.date(rows[k], "DECOM").equals(t.date(rows[k - 1], "DEC"))));
        r.rule("434").check(sequence((c, t, rows, k) -> k > 0 && t.is(rows[k], "RNE", "L")
                && (sameLegalStatus(t, rows[k - 1], rows[k]) || !samePlacement(t, rows[k - 1], rows[k]))));
        // P and T: the placement changed but not the legal status; B and U: both changed.
        r.rule("435").check(sequence((c, t, rows, k) -> k > 0 && R.in(t.get(rows[k], "RNE"), "P", "T")
                && (!sameLegalStatus(t, rows[k - 1], rows[k]) || samePlacement(t, rows[k - 1], rows[k]))));
        r.rule("436").check(sequence((c, t, rows, k) -> k > 0 && R.in(t.get(rows[k], "RNE"), "B", "U")
                && (sameLegalStatus(t, rows[k - 1], rows[k]) || samePlacement(t, rows[k - 1], rows[k]))));
        // Died (E2) or found to be 18 or over (E15) ends all care: nothing may follow.
        r.rule("437").check(sequence((c, t, rows, k) -> k < rows.length - 1
                && R.in(t.get(rows[k], "REC"), "E2", "E15")));
        // The category of need is fixed for a period of care.
        r.rule("504").check(sequence((c, t, rows, k) -> {
            int first = periodStart(t, rows, k);
            return first != k && !Objects.equals(t.get(rows[first], "CIN"), t.get(rows[k], "CIN"));
        }));
        // The first episode of the year starting in the year must be S unless last year's return shows the one
        // it continues.
        r.rule("357").check(sequence((c, t, rows, k) -> {
            if (k != 0 || t.is(rows[0], "RNE", "S") || t.blank(rows[0], "RNE")
                    || !R.after(t.date(rows[0], "DECOM"), c.start().minusDays(1))) {
                return false;
            }
            Ssda903Table last = c.table("Episodes_last");
            LocalDate decom = t.date(rows[0], "DECOM");
            for (int e : last.rowsOf(t.child(rows[0]))) {
                if (decom.equals(last.date(e, "DEC"))) {
                    return false;
                }
            }
            return true;
        }));

        // Respite and short orders.
        // Orders with a legal maximum, measured over a run of consecutive episodes under the same order (an open
        // one runs to 31 March): police protection 72 hours, emergency protection 21 days, child assessment
        // 7 days, PACE detention 21 days.
        maxRun(r, "361", "L1", 3);
        maxRun(r, "362", "L2", 21);
        maxRun(r, "363", "L3", 7);
        maxRun(r, "364", "J2", 21);
        maxDays(r, "365", "V3", 17);
        r.rule("366").rows("Episodes", (c, t, i) -> t.is(i, "LS", "V3") && !t.blank(i, "RNE")
                && !t.is(i, "RNE", "S"));
        r.rule("367").check((c, sink) -> {
            Ssda903Table t = c.table("Episodes");
            for (String child : t.children()) {
                long total = 0;
                for (int e : t.rowsOf(child)) {
                    if (t.is(e, "LS", "V3")) {
                        total += Math.max(0, daysInYear(c, t, e));
                    }
                }
                if (total > 75) {
                    for (int e : t.rowsOf(child)) {
                        if (t.is(e, "LS", "V3")) {
                            sink.flag("Episodes", e);
                        }
                    }
                }
            }
        });
        r.rule("426").check((c, sink) -> {
            Ssda903Table t = c.table("Episodes");
            for (String child : t.children()) {
                boolean v3 = false;
                boolean v4 = false;
                for (int e : t.rowsOf(child)) {
                    v3 |= t.is(e, "LS", "V3");
                    v4 |= t.is(e, "LS", "V4");
                }
                if (v3 && v4) {
                    for (int e : t.rowsOf(child)) {
                        if (R.in(t.get(e, "LS"), "V3", "V4")) {
                            sink.flag("Episodes", e);
                        }
                    }
                }
            }
        });

        // Placement types.
        r.rule("217").rows("Episodes", (c, t, i) -> R.in(t.get(i, "PLACE"), "A3", "A5")
                && !R.before(t.date(i, "DECOM"), LocalDate.of(2015, 4, 1)) && t.date(i, "DECOM") != null
                && !R.in(t.get(i, "RNE"), "S", "T", "U"));
        r.rule("217t").from(2024).until(2024).rows("Episodes", (c, t, i) -> t.is(i, "PLACE", "P2")
                && !R.before(t.date(i, "DECOM"), OCT_28_2023) && t.date(i, "DECOM") != null);
        r.rule("213").rows("Episodes", (c, t, i) -> R.in(t.get(i, "PLACE"), R.TEMPORARY)
                && !t.blank(i, "PLACE_PROVIDER"));
        // Short breaks (V3, V4) have no placement location.
        r.rule("214").rows("Episodes", (c, t, i) -> R.in(t.get(i, "LS"), "V3", "V4")
                && R.anyFilled(t, i, "PL_POST", "URN"));
        // DfE 226: "If <PL> = 'T0'; 'T1'; 'T2'; 'T3' or 'T4' then <REASON_PLACE_CHANGE> should be null in current
        // episode and current episode - 1": moving into a temporary placement is not a change of placement either.
        r.rule("226").check(sequence((c, t, rows, k) -> R.in(t.get(rows[k], "PLACE"), R.TEMPORARY)
                && (!t.blank(rows[k], "REASON_PLACE_CHANGE") || k > 0 && !t.blank(rows[k - 1], "REASON_PLACE_CHANGE"))));
        r.rule("233").from(2026).rows("Episodes", (c, t, i) -> !t.blank(i, "REASON_PLACE_CHANGE")
                && t.blank(i, "DEC"));
        r.rule("234").from(2026).needs("Header").rows("Episodes", (c, t, i) ->
                t.is(i, "REASON_PLACE_CHANGE", "CUSTOD") && between(R.age(c, t, i, t.date(i, "DEC")), 0, 9));
        // A placement change (next episode P, B, T or U after X1) needs a reason, unless the placement left or
        // the one moved to is temporary.
        r.rule("225").check(sequence((c, t, rows, k) -> k < rows.length - 1 && t.is(rows[k], "REC", "X1")
                && R.in(t.get(rows[k + 1], "RNE"), "P", "B", "T", "U")
                && !R.in(t.get(rows[k], "PLACE"), R.TEMPORARY)
                && !R.in(t.get(rows[k + 1], "PLACE"), R.TEMPORARY)
                && t.blank(rows[k], "REASON_PLACE_CHANGE")));
        r.rule("378").rows("Episodes", (c, t, i) -> t.is(i, "PLACE", "P1") && t.is(i, "LS", "V2"));
        // A temporary placement is only ever moved into: its episode starts with a change of placement and carer
        // (RNE P, or B with a change of legal status too), never with a new period of care (S) or a change of legal
        // status only (L). The DfE's 380 coding: <PL> T0-T4 needs <RNE> P or B.
        r.rule("380").rows("Episodes", (c, t, i) -> R.in(t.get(i, "PLACE"), R.TEMPORARY)
                && !t.blank(i, "RNE") && !R.in(t.get(i, "RNE"), "P", "B"));
        // The reason the episode ceased (not X1) is what says the period of care ended there.
        r.rule("381").rows("Episodes", (c, t, i) -> R.in(t.get(i, "PLACE"), R.TEMPORARY)
                && R.reasonSaysLeftCare(t, i));
        r.rule("382").rows("Episodes", (c, t, i) -> R.in(t.get(i, "LS"), "V3", "V4")
                && R.in(t.get(i, "PLACE"), R.TEMPORARY));
        r.rule("384").rows("Episodes", (c, t, i) -> R.in(t.get(i, "LS"), "V3", "V4")
                && R.in(t.get(i, "PLACE"), "U1", "U4"));
        // DfE 383: "If previous episode <PL> = 'T0' ... 'T4' then current episode <RNE> must = 'P' AND <PL> must =
        // previous episode -1 <PL>" (and, from 2025/26, the same <PL_POST>).
        r.rule("383").until(2025).check(sequence((c, t, rows, k) -> afterTemporary(t, rows, k)
                && (!t.is(rows[k], "RNE", "P")
                || !Objects.equals(t.get(rows[k - 2], "PLACE"), t.get(rows[k], "PLACE")))));
        r.rule("383").from(2026).check(sequence((c, t, rows, k) -> afterTemporary(t, rows, k)
                && (!t.is(rows[k], "RNE", "P")
                || !Objects.equals(t.get(rows[k - 2], "PLACE"), t.get(rows[k], "PLACE"))
                || !Objects.equals(t.get(rows[k - 2], "PL_POST"), t.get(rows[k], "PL_POST")))));
        maxPlacementDays(r, "375", "T1", 42);
        maxPlacementDays(r, "376", "T3", 21);
        maxPlacementDays(r, "379", "T4", 7);
        r.rule("377").check((c, sink) -> {
            Ssda903Table t = c.table("Episodes");
            for (String child : t.children()) {
                int n = 0;
                for (int e : t.rowsOf(child)) {
                    if (t.is(e, "PLACE", "T3")) {
                        n++;
                    }
                }
                if (n > 2) {
                    for (int e : t.rowsOf(child)) {
                        if (t.is(e, "PLACE", "T3")) {
                            sink.flag("Episodes", e);
                        }
                    }
                }
            }
        });
        // Placed for adoption with a placement order (A5, A6) needs the placement order, E1; D1 is a freeing order.
        r.rule("408").rows("Episodes", (c, t, i) -> R.in(t.get(i, "PLACE"), "A5", "A6")
                && !t.is(i, "LS", "E1"));
        r.rule("516").rows("Episodes", (c, t, i) -> R.in(t.get(i, "REC"), "E45", "E46")
                && !R.in(t.get(i, "PLACE"), R.FOSTER_PLACEMENTS));
        r.rule("390").rows("Episodes", (c, t, i) -> R.in(t.get(i, "REC"), R.ADOPTED)
                && !R.in(t.get(i, "PLACE"), R.ADOPTION_PLACEMENTS));
        // The placement before placing for adoption with current foster carers (A3, A5) must be fostering.
        r.rule("336").check(sequence((c, t, rows, k) -> k > 0 && R.in(t.get(rows[k], "PLACE"), "A3", "A5")
                && !R.in(t.get(rows[k - 1], "PLACE"), R.ADOPTION_PLACEMENTS)
                && !R.in(t.get(rows[k - 1], "PLACE"), R.FOSTER_PLACEMENTS)));

        // Placement providers.
        r.rule("526").rows("Episodes", (c, t, i) -> !t.blank(i, "PLACE")
                && !R.in(t.get(i, "PLACE"), R.TEMPORARY) && !R.in(t.get(i, "PLACE"), R.OTHER_PLACEMENTS)
                && t.blank(i, "PLACE_PROVIDER"));
        provider(r, "527", "PR1", Set.of("P1", "R2", "R5"));
        provider(r, "528", "PR2", Set.of("P1", "R2", "R5"));
        provider(r, "529", "PR3", Set.of("P1", "A3", "A4", "A5", "A6", "K1", "K2", "U1", "U2", "U3", "U4", "U5",
                "U6"));
        provider(r, "530", "PR4", Set.of("P1"));
        provider(r, "531", "PR5", Set.of("P1"));
        r.rule("550").rows("Episodes", (c, t, i) -> t.is(i, "PLACE_PROVIDER", "PR0") && !t.is(i, "PLACE", "P1"));

        // Ages (Header date of birth).
        minAgeAtStart(r, "358", "LS", Set.of("J1", "J2", "J3"), 10);
        r.rule("370").until(2023).needs("Header").rows("Episodes", (c, t, i) -> t.is(i, "PLACE", "P2")
                && between(R.age(c, t, i, t.date(i, "DECOM")), 0, 14));
        r.rule("370").from(2024).until(2024).needs("Header").rows("Episodes", (c, t, i) ->
                t.is(i, "PLACE", "P2") && between(R.age(c, t, i, t.date(i, "DECOM")), 0, 15));
        r.rule("371").until(2023).needs("Header").rows("Episodes", (c, t, i) -> t.is(i, "PLACE", "H5")
                && between(R.age(c, t, i, t.date(i, "DECOM")), 0, 13));
        r.rule("371").from(2024).until(2024).needs("Header").rows("Episodes", (c, t, i) -> t.is(i, "PLACE", "H5")
                && between(R.age(c, t, i, t.date(i, "DECOM")), 0, 15));
        // From 2024/25 supported accommodation is K3 (H5 is no longer a placement type).
        r.rule("371").from(2025).needs("Header").rows("Episodes", (c, t, i) -> t.is(i, "PLACE", "K3")
                && between(R.age(c, t, i, t.date(i, "DECOM")), 0, 15));
        minAgeAtStart(r, "372", "PLACE", Set.of("R5"), 10);
        minAgeAtStart(r, "373", "PLACE", Set.of("S1"), 4);
        minAgeAtStart(r, "374", "PLACE", Set.of("P3"), 14);
        r.rule("352").needs("Header").rows("Episodes", (c, t, i) -> t.is(i, "RNE", "S")
                && R.age(c, t, i, t.date(i, "DECOM")) >= 18);
        ageAtCease(r, "386", Set.of("E11", "E12"), 18, 200);
        ageAtCease(r, "387", Set.of("E5", "E6"), 0, 13);
        ageAtCease(r, "389", Set.of("E7"), 0, 15);
        ageAtCease(r, "407", Set.of("E45", "E46", "E47", "E48"), 18, 200);
        ageAtCease(r, "460", Set.of("E17"), 0, 17);
        // Looked after past the 18th birthday only as V2 in a community home (children's home K1/K2).
        r.rule("359").needs("Header").rows("Episodes", (c, t, i) -> {
            LocalDate dob = c.dob(t.child(i));
            if (dob == null || t.date(i, "DECOM") == null) {
                return false;
            }
            LocalDate eighteen = dob.plusYears(18);
            LocalDate dec = t.date(i, "DEC");
            boolean pastEighteen = !eighteen.isAfter(c.end()) && (dec == null || dec.isAfter(eighteen));
            return pastEighteen && (!t.is(i, "LS", "V2") || !R.in(t.get(i, "PLACE"), "K1", "K2"));
        });
    }

    private static boolean between(int v, int lo, int hi) {
        return v >= lo && v <= hi;
    }

    private static boolean sameLegalStatus(Ssda903Table t, int a, int b) {
        return Objects.equals(t.get(a, "LS"), t.get(b, "LS"));
    }

    private static boolean samePlacement(Ssda903Table t, int a, int b) {
        for (String col : new String[] {"PLACE", "PL_POST", "URN", "PLACE_PROVIDER"}) {
            if (!Objects.equals(t.get(a, col), t.get(b, col))) {
                return false;
            }
        }
        return true;
    }

    /** The index (into rows) of the first episode of the period of care holding episode k. */
    static int periodStart(Ssda903Table t, int[] rows, int k) {
        int j = k;
        while (j > 0 && !t.is(rows[j], "RNE", "S") && t.is(rows[j - 1], "REC", "X1")
                && Objects.equals(t.date(rows[j - 1], "DEC"), t.date(rows[j], "DECOM"))) {
            j--;
        }
        return j;
    }

    /**
     * Episode k follows a temporary placement (T0-T4) with an episode before that one to return to: the DfE's 383
     * compares the episode after the temporary placement with the one before it.
     */
    private static boolean afterTemporary(Ssda903Table t, int[] rows, int k) {
        return k >= 2 && R.in(t.get(rows[k - 1], "PLACE"), R.TEMPORARY);
    }

    private static long daysInYear(Ssda903Context c, Ssda903Table t, int e) {
        LocalDate from = t.date(e, "DECOM");
        if (from == null) {
            return 0;
        }
        if (from.isBefore(c.start())) {
            from = c.start();
        }
        return R.days(from, t.date(e, "DEC"), c.end());
    }

    private static void maxDays(Ssda903Registry r, String code, String ls, int max) {
        r.rule(code).rows("Episodes", (c, t, i) -> t.is(i, "LS", ls)
                && R.days(t.date(i, "DECOM"), t.date(i, "DEC"), c.end()) > max);
    }

    /** Flags every episode of a run of joined episodes under legal status {@code ls} lasting over max days. */
    private static void maxRun(Ssda903Registry r, String code, String ls, int max) {
        r.rule(code).check((c, sink) -> {
            Ssda903Table t = c.table("Episodes");
            for (String child : t.children()) {
                int[] rows = c.episodes(child);
                int k = 0;
                while (k < rows.length) {
                    if (!t.is(rows[k], "LS", ls) || t.date(rows[k], "DECOM") == null) {
                        k++;
                        continue;
                    }
                    int from = k;
                    while (k + 1 < rows.length && t.is(rows[k + 1], "LS", ls) && t.date(rows[k], "DEC") != null
                            && t.date(rows[k], "DEC").equals(t.date(rows[k + 1], "DECOM"))) {
                        k++;
                    }
                    if (R.days(t.date(rows[from], "DECOM"), t.date(rows[k], "DEC"), c.end()) > max) {
                        for (int j = from; j <= k; j++) {
                            sink.flag("Episodes", rows[j]);
                        }
                    }
                    k++;
                }
            }
        });
    }

    private static void maxPlacementDays(Ssda903Registry r, String code, String place, int max) {
        r.rule(code).rows("Episodes", (c, t, i) -> t.is(i, "PLACE", place)
                && R.days(t.date(i, "DECOM"), t.date(i, "DEC"), c.end()) > max);
    }

    private static void provider(Ssda903Registry r, String code, String provider, Set<String> places) {
        r.rule(code).rows("Episodes", (c, t, i) -> t.is(i, "PLACE_PROVIDER", provider)
                && R.in(t.get(i, "PLACE"), places));
    }

    private static void minAgeAtStart(Ssda903Registry r, String code, String col, Set<String> values, int min) {
        r.rule(code).needs("Header").rows("Episodes", (c, t, i) -> R.in(t.get(i, col), values)
                && between(R.age(c, t, i, t.date(i, "DECOM")), 0, min - 1));
    }

    private static void ageAtCease(Ssda903Registry r, String code, Set<String> recs, int lo, int hi) {
        r.rule(code).needs("Header").rows("Episodes", (c, t, i) -> R.in(t.get(i, "REC"), recs)
                && between(R.age(c, t, i, t.date(i, "DEC")), lo, hi));
    }

    static void flagAll(IssueSink sink, String table, int[] rows) {
        for (int row : rows) {
            sink.flag(table, row);
        }
    }
}
