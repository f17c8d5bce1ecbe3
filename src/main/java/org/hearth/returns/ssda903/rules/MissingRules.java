package org.hearth.returns.ssda903.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import org.hearth.returns.ssda903.IssueSink;
import org.hearth.returns.ssda903.Ssda903Context;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/**
 * Rules on periods missing or away from placement (Missing) and, from 2026/27, deprivation of liberty orders
 * (DoLo), which the DfE checks in the same way.
 */
public final class MissingRules {
    private MissingRules() {}

    public static void register(Ssda903Registry r) {
        r.rule("564").rows("Missing", (c, t, i) -> !t.blank(i, "MISSING") && t.blank(i, "MIS_START"));
        r.rule("565").rows("Missing", (c, t, i) -> !t.blank(i, "MIS_START") && t.blank(i, "MISSING"));
        r.rule("566").rows("Missing", (c, t, i) -> !t.blank(i, "MIS_END") && t.blank(i, "MISSING"));
        periods(r, "Missing", "MIS_START", "MIS_END", new String[] {"567", "570", "571", "574", "576", "577", "586"});
        // Open missing period whose placement (the episode it started in) has ended.
        r.rule("575").needs("Episodes").rows("Missing", (c, t, i) -> {
            if (!t.blank(i, "MIS_END") || t.date(i, "MIS_START") == null) {
                return false;
            }
            int e = episodeOn(c, t.child(i), t.date(i, "MIS_START"));
            return e >= 0 && !c.table("Episodes").blank(e, "DEC");
        });
        r.rule("578").needs("Episodes").rows("Missing", (c, t, i) ->
                R.after(t.date(i, "MIS_START"), leftCareOn(c, t.child(i))));
        r.rule("581").needs("Episodes").rows("Missing", (c, t, i) ->
                R.before(t.date(i, "MIS_START"), AdoptionRules.firstLookedAfter(c, t.child(i))));
        // Care ending on the 18th birthday while the child is missing (the missing period ends that day or is
        // still open) is recorded as E8.
        r.rule("580").needs("Missing").rows("Episodes", (c, t, i) -> {
            LocalDate dec = t.date(i, "DEC");
            LocalDate dob = c.dob(t.child(i));
            if (dec == null || !R.leftCare(t, i) || t.is(i, "REC", "E8")) {
                return false;
            }
            Ssda903Table m = c.table("Missing");
            for (int j : m.rowsOf(t.child(i))) {
                LocalDate birth = dob != null ? dob : m.date(j, "DOB");
                LocalDate start = m.date(j, "MIS_START");
                boolean missingThen = dec.equals(m.date(j, "MIS_END"))
                        || (m.blank(j, "MIS_END") && start != null && !start.isAfter(dec));
                if (birth != null && dec.equals(birth.plusYears(18)) && missingThen) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * The checks common to Missing and DoLo periods, by position in {@code codes}: end before start, start after
     * the year, end outside the year, overlapping periods, last year's open period not carried on, open period
     * after leaving care, start before birth.
     */
    static void periods(Ssda903Registry r, String table, String startCol, String endCol, String[] codes) {
        int from = table.equals("DoLo") ? 2027 : Integer.MIN_VALUE;
        r.rule(codes[0]).from(from).rows(table, (c, t, i) -> R.before(t.date(i, endCol), t.date(i, startCol)));
        r.rule(codes[1]).from(from).rows(table, (c, t, i) -> R.after(t.date(i, startCol), c.end()));
        r.rule(codes[2]).from(from).rows(table, (c, t, i) -> R.before(t.date(i, endCol), c.start())
                || R.after(t.date(i, endCol), c.end()));
        r.rule(codes[3]).from(from).check((c, sink) -> overlaps(c, sink, table, startCol, endCol));
        r.rule(codes[4]).from(from).needs(table + "_last").check((c, sink) -> {
            Ssda903Table last = c.table(table + "_last");
            Ssda903Table now = c.table(table);
            for (int j = 0; j < last.size(); j++) {
                LocalDate start = last.date(j, startCol);
                // Only children in this year's return can carry the period on.
                if (!last.blank(j, endCol) || start == null || !inReturn(c, last.child(j))) {
                    continue;
                }
                boolean carried = false;
                for (int k : now.rowsOf(last.child(j))) {
                    carried |= start.equals(now.date(k, startCol));
                }
                if (!carried) {
                    sink.flag(table + "_last", j);
                }
            }
        });
        r.rule(codes[5]).from(from).needs("Episodes").rows(table, (c, t, i) -> t.blank(i, endCol)
                && t.date(i, startCol) != null && leftCareOn(c, t.child(i)) != null);
        r.rule(codes[6]).from(from).rows(table, (c, t, i) -> R.before(t.date(i, startCol), R.dob(c, t, i)));
    }

    private static void overlaps(Ssda903Context c, IssueSink sink, String table, String startCol, String endCol) {
        Ssda903Table t = c.table(table);
        for (String child : t.children()) {
            int[] rows = t.rowsOf(child);
            if (rows.length < 2) {
                continue;
            }
            Integer[] sorted = Arrays.stream(rows).boxed().filter(p -> t.date(p, startCol) != null)
                    .sorted(Comparator.comparing((Integer p) -> t.date(p, startCol))).toArray(Integer[]::new);
            for (int k = 1; k < sorted.length; k++) {
                int prev = sorted[k - 1];
                LocalDate prevEnd = t.date(prev, endCol);
                if (t.blank(prev, endCol) || (prevEnd != null && prevEnd.isAfter(t.date(sorted[k], startCol)))) {
                    sink.flag(table, sorted[k]);
                }
            }
        }
    }

    private static boolean inReturn(Ssda903Context c, String child) {
        return c.table("Header").hasChild(child) || c.table("Episodes").hasChild(child);
    }

    /** The date the child left care (last episode ceased, not X1), or null if still looked after. */
    static LocalDate leftCareOn(Ssda903Context c, String child) {
        Ssda903Table eps = c.table("Episodes");
        int last = R.lastEpisode(c, child);
        return last >= 0 && R.leftCare(eps, last) ? eps.date(last, "DEC") : null;
    }

    /** The child's episode open on a day, or -1. */
    private static int episodeOn(Ssda903Context c, String child, LocalDate day) {
        Ssda903Table eps = c.table("Episodes");
        for (int e : c.episodes(child)) {
            LocalDate decom = eps.date(e, "DECOM");
            LocalDate dec = eps.date(e, "DEC");
            if (decom != null && !decom.isAfter(day) && (dec == null || !dec.isBefore(day))) {
                return e;
            }
        }
        return -1;
    }
}
