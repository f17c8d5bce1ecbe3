package org.hearth.returns.ssda903.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.hearth.returns.ssda903.Ssda903Context;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/** Rules on adoption: AD1 (adopted children), PlacedAdoption (decisions to place for adoption). */
public final class AdoptionRules {
    private AdoptionRules() {}

    public static void register(Ssda903Registry r) {
        // AD1 on its own.
        r.rule("151").rows("AD1", (c, t, i) -> R.anyFilled(t, i, R.AD1_ITEMS) && R.anyBlank(t, i, R.AD1_ITEMS));
        r.rule("333").rows("AD1", (c, t, i) -> R.after(t.date(i, "DATE_INT"), t.date(i, "DATE_MATCH")));
        r.rule("511").rows("AD1", (c, t, i) -> t.is(i, "NB_ADOPTR", "2")
                && !t.blank(i, "SEX_ADOPTR") && !R.in(t.get(i, "SEX_ADOPTR"), "MM", "FF", "MF"));
        r.rule("514").rows("AD1", (c, t, i) -> t.is(i, "LS_ADOPTR", "L0")
                && R.in(t.get(i, "SEX_ADOPTR"), "MM", "FF", "MF"));
        r.rule("517").rows("AD1", (c, t, i) -> t.is(i, "LS_ADOPTR", "L3")
                && !t.blank(i, "SEX_ADOPTR") && !t.is(i, "SEX_ADOPTR", "MF"));
        r.rule("518").rows("AD1", (c, t, i) -> t.is(i, "LS_ADOPTR", "L4")
                && !t.blank(i, "SEX_ADOPTR") && !R.in(t.get(i, "SEX_ADOPTR"), "MM", "FF"));
        r.rule("519").rows("AD1", (c, t, i) -> t.is(i, "LS_ADOPTR", "L2")
                && !t.blank(i, "SEX_ADOPTR") && !R.in(t.get(i, "SEX_ADOPTR"), "MM", "FF", "MF"));
        r.rule("520").rows("AD1", (c, t, i) -> t.is(i, "LS_ADOPTR", "L11")
                && R.in(t.get(i, "SEX_ADOPTR"), "MM", "FF"));
        r.rule("524").rows("AD1", (c, t, i) -> t.is(i, "LS_ADOPTR", "L12")
                && !t.blank(i, "SEX_ADOPTR") && !R.in(t.get(i, "SEX_ADOPTR"), "MM", "FF"));

        // PlacedAdoption on its own.
        r.rule("119").rows("PlacedAdoption", (c, t, i) -> t.blank(i, "DATE_PLACED_CEASED")
                != t.blank(i, "REASON_PLACED_CEASED"));
        r.rule("522").rows("PlacedAdoption", (c, t, i) -> R.after(t.date(i, "DATE_PLACED"),
                t.date(i, "DATE_PLACED_CEASED")));
        r.rule("563").rows("PlacedAdoption", (c, t, i) -> t.blank(i, "DATE_PLACED")
                && R.anyFilled(t, i, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"));
        r.rule("184").needs("Header").rows("PlacedAdoption", (c, t, i) ->
                R.before(t.date(i, "DATE_PLACED"), c.dob(t.child(i))));
        // Decisions must not overlap: an earlier one must have ceased on or before the next was made.
        r.rule("579").check((c, sink) -> placedSequence(c, sink, true));
        r.rule("583").check((c, sink) -> placedSequence(c, sink, false));

        // Against the episodes.
        r.rule("117").needs("Episodes").rows("PlacedAdoption", (c, t, i) -> {
            LocalDate placed = t.date(i, "DATE_PLACED");
            LocalDate ceased = t.date(i, "DATE_PLACED_CEASED");
            if (R.after(placed, c.end()) || R.after(ceased, c.end())) {
                return true;
            }
            Ssda903Table eps = c.table("Episodes");
            int last = R.lastEpisode(c, t.child(i));
            if (last < 0 || !R.leftCare(eps, last)) {
                return false;
            }
            LocalDate dec = eps.date(last, "DEC");
            return R.after(placed, dec) || R.after(ceased, dec);
        });
        r.rule("118").needs("Episodes").rows("PlacedAdoption", (c, t, i) -> {
            LocalDate ceased = t.date(i, "DATE_PLACED_CEASED");
            if (ceased == null) {
                return false;
            }
            return ceased.isBefore(c.start()) || R.before(ceased, firstLookedAfter(c, t.child(i)));
        });
        r.rule("1003").needs("Episodes").rows("PlacedAdoption", (c, t, i) ->
                R.before(t.date(i, "DATE_PLACED"), firstLookedAfter(c, t.child(i))));
        r.rule("551").needs("PlacedAdoption").rows("Episodes", (c, t, i) ->
                R.in(t.get(i, "PLACE"), R.ADOPTION_PLACEMENTS) && !hasDatePlaced(c, t.child(i)));
        r.rule("552").needs("Episodes").rows("PlacedAdoption", (c, t, i) -> R.after(t.date(i, "DATE_PLACED"),
                firstEpisodeDate(c, t.child(i), "PLACE", "A3", "A4", "A5", "A6")));
        // A placement order (E1) needs a decision to place; while the order is open that decision stands.
        r.rule("553").needs("PlacedAdoption").check((c, sink) -> {
            Ssda903Table eps = c.table("Episodes");
            Ssda903Table pa = c.table("PlacedAdoption");
            for (int e = 0; e < eps.size(); e++) {
                if (!eps.is(e, "LS", "E1")) {
                    continue;
                }
                if (!hasDatePlaced(c, eps.child(e))) {
                    sink.flag("Episodes", e);
                }
                if (eps.blank(e, "DEC")) {
                    for (int p : pa.rowsOf(eps.child(e))) {
                        if (R.anyFilled(pa, p, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")) {
                            sink.flag("PlacedAdoption", p);
                        }
                    }
                }
            }
        });
        r.rule("554").needs("Episodes").rows("PlacedAdoption", (c, t, i) -> R.after(t.date(i, "DATE_PLACED"),
                firstEpisodeDate(c, t.child(i), "LS", "E1")));
        r.rule("555").until(2024).needs("PlacedAdoption").rows("Episodes", (c, t, i) -> t.is(i, "LS", "D1")
                && !hasDatePlaced(c, t.child(i)));
        r.rule("556").until(2024).needs("Episodes").rows("PlacedAdoption", (c, t, i) ->
                R.after(t.date(i, "DATE_PLACED"), firstEpisodeDate(c, t.child(i), "LS", "D1")));
        // Left care other than by adoption from an adoption placement or a placement/freeing order, while the
        // decision to place for adoption was never recorded as reversed (with no PlacedAdoption row, nor was it).
        r.rule("557").needs("Episodes").check((c, sink) -> {
            Ssda903Table eps = c.table("Episodes");
            Ssda903Table pa = c.table("PlacedAdoption");
            for (int e = 0; e < eps.size(); e++) {
                boolean forAdoption = R.in(eps.get(e, "PLACE"), R.ADOPTION_PLACEMENTS)
                        || R.in(eps.get(e, "LS"), "D1", "E1");
                if (!forAdoption || !R.reasonSaysLeftCare(eps, e) || R.in(eps.get(e, "REC"), R.ADOPTED)) {
                    continue;
                }
                int[] decisions = pa.rowsOf(eps.child(e));
                if (decisions.length == 0) {
                    // No PlacedAdoption row at all: the ceased date and reason are missing just the same.
                    sink.flag("Episodes", e);
                }
                for (int p : decisions) {
                    if (R.anyBlank(pa, p, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")) {
                        sink.flag("Episodes", e);
                        sink.flag("PlacedAdoption", p);
                    }
                }
            }
        });
        r.rule("558").needs("Episodes").rows("PlacedAdoption", (c, t, i) -> !t.blank(i, "DATE_PLACED_CEASED")
                && isLatestDecision(t, i) && adoptionEpisode(c, t.child(i)) >= 0);

        // AD1 against the episodes.
        r.rule("331").needs("Episodes").rows("AD1", (c, t, i) -> R.after(t.date(i, "DATE_MATCH"),
                firstEpisodeDate(c, t.child(i), "PLACE", "A3", "A4", "A5", "A6")));
        r.rule("521").needs("Episodes").rows("AD1", (c, t, i) -> R.after(t.date(i, "DATE_INT"),
                firstEpisodeDate(c, t.child(i), "PLACE", "A3", "A4", "A5", "A6")));
        r.rule("334").needs("Episodes").rows("AD1", (c, t, i) -> R.before(t.date(i, "DATE_INT"),
                careStarted(c, t.child(i))));
        r.rule("582").needs("Episodes").rows("AD1", (c, t, i) -> {
            int e = adoptionEpisode(c, t.child(i));
            return e >= 0 && t.date(i, "DATE_MATCH") != null
                    && t.date(i, "DATE_MATCH").equals(c.table("Episodes").date(e, "DEC"));
        });
        r.rule("335").needs("Episodes").check((c, sink) -> {
            Ssda903Table ad1 = c.table("AD1");
            Ssda903Table eps = c.table("Episodes");
            for (int i = 0; i < ad1.size(); i++) {
                int e = adoptionEpisode(c, ad1.child(i));
                if (e < 0) {
                    continue;
                }
                String place = eps.get(e, "PLACE");
                boolean bad = (ad1.is(i, "FOSTER_CARE", "0") && R.in(place, "A3", "A5"))
                        || (ad1.is(i, "FOSTER_CARE", "1") && R.in(place, "A4", "A6"));
                if (bad) {
                    sink.flag("AD1", i);
                    sink.flag("Episodes", e);
                }
            }
        });
        // Adopted in the year: AD1 must be there and complete.
        r.rule("601").needs("Episodes").check((c, sink) -> {
            Ssda903Table eps = c.table("Episodes");
            Ssda903Table ad1 = c.table("AD1");
            for (int e = 0; e < eps.size(); e++) {
                LocalDate dec = eps.date(e, "DEC");
                if (!R.in(eps.get(e, "REC"), R.ADOPTED) || dec == null || !c.year().contains(dec)) {
                    continue;
                }
                int[] rows = ad1.rowsOf(eps.child(e));
                boolean complete = false;
                for (int a : rows) {
                    if (R.anyBlank(ad1, a, R.AD1_ITEMS)) {
                        sink.flag("AD1", a);
                    } else {
                        complete = true;
                    }
                }
                if (!complete) {
                    sink.flag("Episodes", e);
                }
            }
        });
        // AD1 data for a child whose episodes show no adoption during the year.
        r.rule("602").needs("Episodes").rows("AD1", (c, t, i) -> {
            if (R.allBlank(t, i, R.AD1_ITEMS)) {
                return false;
            }
            Ssda903Table eps = c.table("Episodes");
            for (int e : eps.rowsOf(t.child(i))) {
                LocalDate dec = eps.date(e, "DEC");
                if (R.in(eps.get(e, "REC"), R.ADOPTED) && dec != null && c.year().contains(dec)) {
                    return false;
                }
            }
            return true;
        });

        // AD1 against PlacedAdoption.
        r.rule("523").needs("AD1", "PlacedAdoption").check((c, sink) -> {
            Ssda903Table ad1 = c.table("AD1");
            Ssda903Table pa = c.table("PlacedAdoption");
            for (int i = 0; i < ad1.size(); i++) {
                LocalDate dateInt = ad1.date(i, "DATE_INT");
                int[] rows = pa.rowsOf(ad1.child(i));
                if (dateInt == null || rows.length == 0) {
                    continue;
                }
                int latest = latestDecision(pa, rows);
                if (latest >= 0 && !dateInt.equals(pa.date(latest, "DATE_PLACED"))) {
                    sink.flag("AD1", i);
                    sink.flag("PlacedAdoption", latest);
                }
            }
        });
        r.rule("525").needs("AD1", "PlacedAdoption").check((c, sink) -> {
            Ssda903Table ad1 = c.table("AD1");
            Ssda903Table pa = c.table("PlacedAdoption");
            for (int p = 0; p < pa.size(); p++) {
                if (pa.blank(p, "DATE_PLACED_CEASED") || !isLatestDecision(pa, p)) {
                    continue;
                }
                for (int a : ad1.rowsOf(pa.child(p))) {
                    if (R.anyFilled(ad1, a, R.AD1_ITEMS)) {
                        sink.flag("AD1", a);
                        sink.flag("PlacedAdoption", p);
                    }
                }
            }
        });
    }

    /** The child's episode that ended in adoption (E11, E12), or -1. */
    static int adoptionEpisode(Ssda903Context c, String child) {
        Ssda903Table eps = c.table("Episodes");
        for (int e : c.episodes(child)) {
            if (R.in(eps.get(e, "REC"), R.ADOPTED)) {
                return e;
            }
        }
        return -1;
    }

    /** When the child's care started: the DECOM of their latest S episode this year, or null if none. */
    static LocalDate careStarted(Ssda903Context c, String child) {
        Ssda903Table eps = c.table("Episodes");
        LocalDate started = null;
        for (int e : c.episodes(child)) {
            if (eps.is(e, "RNE", "S") && eps.date(e, "DECOM") != null) {
                started = eps.date(e, "DECOM");
            }
        }
        return started;
    }

    /**
     * When the child first started to be looked after, as far as the return shows: the earliest episode with
     * RNE S. Null when the return holds no start (the child was already looked after before its episodes).
     */
    static LocalDate firstLookedAfter(Ssda903Context c, String child) {
        Ssda903Table eps = c.table("Episodes");
        for (int e : c.episodes(child)) {
            if (eps.is(e, "RNE", "S") && eps.date(e, "DECOM") != null) {
                return eps.date(e, "DECOM");
            }
        }
        return null;
    }

    private static LocalDate firstEpisodeDate(Ssda903Context c, String child, String col, String... values) {
        Ssda903Table eps = c.table("Episodes");
        for (int e : c.episodes(child)) {
            if (R.in(eps.get(e, col), values) && eps.date(e, "DECOM") != null) {
                return eps.date(e, "DECOM");
            }
        }
        return null;
    }

    private static boolean hasDatePlaced(Ssda903Context c, String child) {
        Ssda903Table pa = c.table("PlacedAdoption");
        for (int p : pa.rowsOf(child)) {
            if (!pa.blank(p, "DATE_PLACED")) {
                return true;
            }
        }
        return false;
    }

    /** The row of the child's latest decision to place (by DATE_PLACED), or -1. */
    private static int latestDecision(Ssda903Table pa, int[] rows) {
        int best = -1;
        for (int p : rows) {
            LocalDate d = pa.date(p, "DATE_PLACED");
            if (d != null && (best < 0 || !d.isBefore(pa.date(best, "DATE_PLACED")))) {
                best = p;
            }
        }
        return best;
    }

    private static boolean isLatestDecision(Ssda903Table pa, int row) {
        return latestDecision(pa, pa.rowsOf(pa.child(row))) == row;
    }

    /**
     * Walks each child's decisions in date order. With {@code overlap}, flags a decision made before the
     * previous one ceased (579); otherwise flags an earlier decision never revoked although a later one exists
     * (583).
     */
    private static void placedSequence(Ssda903Context c, org.hearth.returns.ssda903.IssueSink sink,
                                       boolean overlap) {
        Ssda903Table pa = c.table("PlacedAdoption");
        for (String child : pa.children()) {
            int[] rows = pa.rowsOf(child);
            if (rows.length < 2) {
                continue;
            }
            Integer[] sorted = java.util.Arrays.stream(rows).boxed().filter(p -> pa.date(p, "DATE_PLACED") != null)
                    .sorted(java.util.Comparator.comparing((Integer p) -> pa.date(p, "DATE_PLACED")))
                    .toArray(Integer[]::new);
            for (int k = 1; k < sorted.length; k++) {
                int prev = sorted[k - 1];
                int cur = sorted[k];
                LocalDate prevCeased = pa.date(prev, "DATE_PLACED_CEASED");
                if (overlap) {
                    if (prevCeased == null ? pa.blank(prev, "DATE_PLACED_CEASED")
                            : prevCeased.isAfter(pa.date(cur, "DATE_PLACED"))) {
                        sink.flag("PlacedAdoption", cur);
                    }
                } else if (pa.blank(prev, "DATE_PLACED_CEASED")
                        && !Objects.equals(pa.date(prev, "DATE_PLACED"), pa.date(cur, "DATE_PLACED"))) {
                    sink.flag("PlacedAdoption", prev);
                }
            }
        }
    }
}
