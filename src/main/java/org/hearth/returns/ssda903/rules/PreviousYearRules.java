package org.hearth.returns.ssda903.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.hearth.returns.ssda903.Ssda903Context;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/** Rules comparing this year's return with last year's ({@code _last} tables); run only when last year is loaded. */
public final class PreviousYearRules {
    private PreviousYearRules() {}

    public static void register(Ssda903Registry r) {
        // Sex was coded 1/2 until 2023/24 and M/F/U since, so compare meanings, not codes.
        headerChanged(r, "202", (now, last) -> !Objects.equals(sexMeaning(now.value("SEX")),
                sexMeaning(last.value("SEX"))));
        headerChanged(r, "203", (now, last) -> !Objects.equals(now.value("DOB"), last.value("DOB")));
        headerChanged(r, "204", (now, last) -> !Objects.equals(now.value("ETHNIC"), last.value("ETHNIC")));
        // Once recorded as a mother, always a mother.
        headerChanged(r, "207", (now, last) -> "1".equals(last.value("MOTHER")) && "0".equals(now.value("MOTHER")));
        headerChanged(r, "208", (now, last) -> upnChanged(now.value("UPN"), last.value("UPN")));
        headerChanged(r, "624", (now, last) -> now.value("MC_DOB") != null && last.value("MC_DOB") != null
                && !Objects.equals(now.value("MC_DOB"), last.value("MC_DOB")));
        // A mother now whose first child was born before this year should have been a mother last year too.
        r.rule("626").needs("Header_last").rows("Header", (c, t, i) -> {
            if (!t.is(i, "MOTHER", "1") || !R.before(t.date(i, "MC_DOB"), c.start())) {
                return false;
            }
            Ssda903Table last = c.table("Header_last");
            int j = last.firstRowOf(t.child(i));
            return j >= 0 && last.is(j, "MOTHER", "0");
        });

        // Episodes: the open episode at the end of last year continues into this year.
        r.rule("502").needs("Episodes_last").check((c, sink) -> {
            Ssda903Table last = c.table("Episodes_last");
            Ssda903Table now = c.table("Episodes");
            for (String child : now.children()) {
                int open = openAtEndOfLastYear(c, child);
                int first = c.episodes(child)[0];
                if (open >= 0 && !Objects.equals(last.date(open, "DECOM"), now.date(first, "DECOM"))) {
                    sink.flag("Episodes", first);
                }
            }
        });
        carriedOver(r, "503A", "RNE");
        carriedOver(r, "503B", "LS");
        carriedOver(r, "503C", "CIN");
        carriedOver(r, "503D", "PLACE");
        carriedOver(r, "503E", "PLACE_PROVIDER");
        carriedOver(r, "503F", "URN");
        // The first episode of the year that began before the year must be last year's latest episode, carried on.
        r.rule("562").needs("Episodes_last").check((c, sink) -> {
            Ssda903Table now = c.table("Episodes");
            Ssda903Table last = c.table("Episodes_last");
            for (String child : now.children()) {
                int first = c.episodes(child)[0];
                LocalDate decom = now.date(first, "DECOM");
                if (decom == null || !decom.isBefore(c.start())) {
                    continue;
                }
                int[] lastRows = c.episodes("Episodes_last", child);
                LocalDate latest = lastRows.length == 0 ? null : last.date(lastRows[lastRows.length - 1], "DECOM");
                if (!decom.equals(latest)) {
                    sink.flag("Episodes", first);
                }
            }
        });
        r.rule("NoE").needs("Episodes_last").rows("Episodes", (c, t, i) ->
                R.before(t.date(i, "DECOM"), c.start()) && !c.table("Episodes_last").hasChild(t.child(i)));
        // Previously adopted: an episode starting after one that ended in adoption (E11, E12), this year or last.
        r.rule("199").check((c, sink) -> {
            Ssda903Table now = c.table("Episodes");
            for (String child : now.children()) {
                LocalDate adopted = null;
                for (String table : new String[] {"Episodes", "Episodes_last"}) {
                    Ssda903Table t = c.table(table);
                    for (int j : t.rowsOf(child)) {
                        LocalDate decom = t.date(j, "DECOM");
                        if (R.in(t.get(j, "REC"), R.ADOPTED) && decom != null
                                && (adopted == null || decom.isBefore(adopted))) {
                            adopted = decom;
                        }
                    }
                }
                for (int i : now.rowsOf(child)) {
                    if (R.after(now.date(i, "DECOM"), adopted)) {
                        sink.flag("Episodes", i);
                    }
                }
            }
        });

        // Decisions to place for adoption.
        r.rule("559").needs("PlacedAdoption_last").rows("PlacedAdoption", (c, t, i) -> {
            LocalDate placed = t.date(i, "DATE_PLACED");
            return placed != null && placed.isBefore(c.start())
                    && lastYearRow(c, t.child(i), placed) < 0;
        });
        r.rule("561").needs("PlacedAdoption_last").rows("PlacedAdoption", (c, t, i) -> {
            LocalDate placed = t.date(i, "DATE_PLACED");
            int j = lastYearRow(c, t.child(i), placed);
            return placed != null && j >= 0 && !c.table("PlacedAdoption_last").blank(j, "DATE_PLACED_CEASED");
        });
        // Last year's decision was reversed: a decision reported now must be a later, new one.
        r.rule("584").needs("PlacedAdoption_last").rows("PlacedAdoption", (c, t, i) -> {
            Ssda903Table last = c.table("PlacedAdoption_last");
            LocalDate placed = t.date(i, "DATE_PLACED");
            for (int j : last.rowsOf(t.child(i))) {
                LocalDate placedLast = last.date(j, "DATE_PLACED");
                if (placedLast != null && R.anyFilled(last, j, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")
                        && (t.blank(i, "DATE_PLACED") || (placed != null && !placed.isAfter(placedLast)))) {
                    return true;
                }
            }
            return false;
        });
        // Last year's decision still stood, but this year gives a different date for it.
        r.rule("560").needs("PlacedAdoption_last").rows("PlacedAdoption", (c, t, i) -> {
            LocalDate placed = t.date(i, "DATE_PLACED");
            if (placed == null || !placed.isBefore(c.start())) {
                return false;
            }
            Ssda903Table last = c.table("PlacedAdoption_last");
            int[] rows = last.rowsOf(t.child(i));
            for (int j : rows) {
                if (last.blank(j, "DATE_PLACED_CEASED") && last.date(j, "DATE_PLACED") != null
                        && !placed.equals(last.date(j, "DATE_PLACED"))) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * A known UPN cannot change. An unknown code may give way to the UPN; UN1 (not yet of school age) may also
     * become another unknown code, but UN2-UN5 may not change to a different unknown code, and none may go blank.
     */
    static boolean upnChanged(String now, String last) {
        if (last == null) {
            return false;
        }
        String n = now == null ? null : now.toUpperCase(java.util.Locale.ROOT);
        String l = last.toUpperCase(java.util.Locale.ROOT);
        if (!l.startsWith("UN")) {
            return !l.equals(n);
        }
        if (n == null) {
            return true;
        }
        return !l.equals("UN1") && n.startsWith("UN") && !n.equals(l);
    }

    private static Object sexMeaning(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "1", "M" -> "M";
            case "2", "F" -> "F";
            default -> code;
        };
    }

    /** A Header row of one year, read by column. */
    interface HeaderRow {
        String value(String column);
    }

    private static void headerChanged(Ssda903Registry r, String code, BiPredicate<HeaderRow, HeaderRow> changed) {
        r.rule(code).needs("Header_last").rows("Header", (c, t, i) -> {
            Ssda903Table last = c.table("Header_last");
            int j = last.firstRowOf(t.child(i));
            return j >= 0 && changed.test(col -> t.get(i, col), col -> last.get(j, col));
        });
    }

    /** Last year's last episode of the child if it was still open, or -1. */
    private static int openAtEndOfLastYear(Ssda903Context c, String child) {
        int[] rows = c.episodes("Episodes_last", child);
        if (rows.length == 0) {
            return -1;
        }
        int lastRow = rows[rows.length - 1];
        return c.table("Episodes_last").blank(lastRow, "DEC") ? lastRow : -1;
    }

    private static void carriedOver(Ssda903Registry r, String code, String column) {
        r.rule(code).needs("Episodes_last").check((c, sink) -> {
            Ssda903Table last = c.table("Episodes_last");
            Ssda903Table now = c.table("Episodes");
            for (String child : now.children()) {
                int open = openAtEndOfLastYear(c, child);
                int first = c.episodes(child)[0];
                if (open >= 0 && Objects.equals(last.date(open, "DECOM"), now.date(first, "DECOM"))
                        && !Objects.equals(last.get(open, column), now.get(first, column))) {
                    sink.flag("Episodes", first);
                }
            }
        });
    }

    private static int lastYearRow(Ssda903Context c, String child, LocalDate placed) {
        Ssda903Table last = c.table("PlacedAdoption_last");
        for (int j : last.rowsOf(child)) {
            if (placed != null && placed.equals(last.date(j, "DATE_PLACED"))) {
                return j;
            }
        }
        return -1;
    }
}
