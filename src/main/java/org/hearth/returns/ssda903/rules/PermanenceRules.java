package org.hearth.returns.ssda903.rules;

import java.time.LocalDate;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/** Previous permanence (PrevPerm) and UASC status. */
public final class PermanenceRules {
    private PermanenceRules() {}

    private static final LocalDate APRIL_2016 = LocalDate.of(2016, 4, 1);

    public static void register(Ssda903Registry r) {
        // Every child starting to be looked after (RNE S) in the year needs a previous permanence record; an
        // option other than Z1 (none) needs where and when it was arranged.
        r.rule("630").needs("Episodes").rows("Episodes", (c, t, i) -> {
            if (!t.is(i, "RNE", "S") || t.date(i, "DECOM") == null || !c.year().contains(t.date(i, "DECOM"))) {
                return false;
            }
            Ssda903Table pp = c.table("PrevPerm");
            int[] rows = pp.rowsOf(t.child(i));
            if (rows.length == 0) {
                return true;
            }
            for (int p : rows) {
                if (pp.blank(p, "PREV_PERM")
                        || (!pp.is(p, "PREV_PERM", "Z1") && R.anyBlank(pp, p, "LA_PERM", "DATE_PERM"))) {
                    return true;
                }
            }
            return false;
        });
        // DATE_PERM may give day, month or all as unknown ("zz"); what is given must be a date before the child's
        // first episode.
        r.rule("632").needs("Episodes").rows("PrevPerm", (c, t, i) -> {
            String text = t.get(i, "DATE_PERM");
            if (text == null || text.equalsIgnoreCase("zz/zz/zzzz")) {
                return false;
            }
            LocalDate perm = permDate(text);
            if (perm == null) {
                return true;
            }
            int[] eps = c.episodes(t.child(i));
            LocalDate first = eps.length == 0 ? null : c.table("Episodes").date(eps[0], "DECOM");
            return first != null && !perm.isBefore(first);
        });
        r.rule("634").needs("Episodes").rows("PrevPerm", (c, t, i) -> {
            if (R.allBlank(t, i, "LA_PERM", "PREV_PERM", "DATE_PERM")) {
                return false;
            }
            Ssda903Table eps = c.table("Episodes");
            for (int e : eps.rowsOf(t.child(i))) {
                if (eps.date(e, "DECOM") != null && !eps.date(e, "DECOM").isBefore(APRIL_2016)) {
                    return false;
                }
            }
            return true;
        });
        r.rule("635").rows("PrevPerm", (c, t, i) -> t.is(i, "PREV_PERM", "Z1")
                && R.anyFilled(t, i, "LA_PERM", "DATE_PERM"));

        // UASC status is in the Header only in XML returns; with no such column there is nothing to compare.
        r.rule("303").needs("UASC").rows("Header", (c, t, i) -> {
            if (!t.has("UASC") || t.is(i, "UASC", "1")) {
                return false;
            }
            Ssda903Table uasc = c.table("UASC");
            for (int u : uasc.rowsOf(t.child(i))) {
                if (!uasc.blank(u, "DUC")) {
                    return true;
                }
            }
            return false;
        });
        r.rule("304").rows("UASC", (c, t, i) -> {
            LocalDate dob = R.dob(c, t, i);
            return dob != null && R.after(t.date(i, "DUC"), dob.plusYears(18));
        });
    }

    /** A dd/mm/yyyy date where day and month may be "zz" (unknown): the earliest date it could be. */
    static LocalDate permDate(String text) {
        String[] parts = text.split("/");
        if (parts.length != 3) {
            return null;
        }
        String day = parts[0].equalsIgnoreCase("zz") ? "01" : parts[0];
        String month = parts[1].equalsIgnoreCase("zz") ? "01" : parts[1];
        try {
            return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(month), Integer.parseInt(day));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
