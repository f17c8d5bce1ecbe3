package org.hearth.returns.ssda903.rules;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.hearth.returns.ssda903.IssueSink;
import org.hearth.returns.ssda903.Ssda903Context;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/**
 * Unaccompanied asylum-seeking children. An XML return carries the status in the Header (UASC); a CSV return has
 * none, so a child counts as UASC when the UASC table gives them a sex or a date status ceased. While a child is
 * still UASC, DUC holds their 18th birthday, the date the status will cease.
 */
public final class UascRules {
    private UascRules() {}

    public static void register(Ssda903Registry r) {
        // Under 11 at 31 March.
        r.rule("231").from(2025).rows("Header", (c, t, i) -> uasc(c, "", t.child(i))
                && R.after(t.date(i, "DOB"), c.end().minusYears(11)));
        r.rule("205A").needs("UASC", "UASC_last").check((c, sink) -> compare(c, sink, 'A'));
        r.rule("205B").needs("UASC", "UASC_last").check((c, sink) -> compare(c, sink, 'B'));
        r.rule("205C").needs("UASC", "UASC_last").check((c, sink) -> compare(c, sink, 'C'));
        r.rule("205D").needs("UASC", "UASC_last").check((c, sink) -> compare(c, sink, 'D'));
    }

    /** Whether the child is UASC in this year's return ({@code suffix} "") or last year's ("_last"). */
    static boolean uasc(Ssda903Context c, String suffix, String child) {
        Ssda903Table h = c.table("Header" + suffix);
        if (h.has("UASC")) {
            int row = h.firstRowOf(child);
            return row >= 0 && h.is(row, "UASC", "1");
        }
        Ssda903Table u = c.table("UASC" + suffix);
        for (int row : u.rowsOf(child)) {
            if (R.anyFilled(u, row, "SEX", "DUC")) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate duc(Ssda903Context c, String suffix, String child) {
        Ssda903Table u = c.table("UASC" + suffix);
        for (int row : u.rowsOf(child)) {
            if (u.date(row, "DUC") != null) {
                return u.date(row, "DUC");
            }
        }
        return null;
    }

    private static void compare(Ssda903Context c, IssueSink sink, char variant) {
        Set<String> children = new LinkedHashSet<>(c.table("Header").children());
        children.addAll(c.table("UASC").children());
        LocalDate lastStart = c.start().minusYears(1);
        LocalDate lastEnd = c.end().minusYears(1);
        for (String child : children) {
            boolean known = c.table("Header_last").hasChild(child) || c.table("UASC_last").hasChild(child);
            if (!known) {
                continue;
            }
            boolean now = uasc(c, "", child);
            boolean last = uasc(c, "_last", child);
            LocalDate duc = duc(c, "", child);
            LocalDate ducLast = duc(c, "_last", child);
            LocalDate dob = c.dob(child);
            boolean bad = switch (variant) {
                // Ceased last year: last year's DUC falls in last year and nothing is reported now.
                case 'A' -> last && !now && (duc != null || ducLast == null
                        || ducLast.isBefore(lastStart) || ducLast.isAfter(lastEnd));
                // Still UASC: last year's DUC was the 18th birthday; this year's ceases in the year or is the same.
                case 'B' -> now && last && ((dob != null && !Objects.equals(ducLast, dob.plusYears(18)))
                        || (duc != null && !c.year().contains(duc) && !duc.equals(ducLast)));
                case 'C' -> !now && !last && (duc != null || ducLast != null);
                default -> now && !last;
            };
            if (bad) {
                EpisodeRules.flagAll(sink, "UASC", c.table("UASC").rowsOf(child));
                int h = c.headerRow(child);
                if (h >= 0) {
                    sink.flag("Header", h);
                }
            }
        }
    }
}
