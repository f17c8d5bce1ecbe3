package org.hearth.returns.ssda903.rules;

import java.time.LocalDate;
import org.hearth.returns.ssda903.Ssda903Context;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/** Rules on OC3, care leavers in touch around their 17th to 21st birthdays. */
public final class CareLeaverRules {
    private CareLeaverRules() {}

    private static final String[] OTHER_TABLES = {"AD1", "PlacedAdoption", "Missing", "OC2", "PrevPerm", "Reviews"};

    public static void register(Ssda903Registry r) {
        // A young person who died or returned home (DIED, RHOM) has no activity or accommodation: 344 wants them
        // blank, so 153 does not ask for them (docs/returns-differences.md).
        r.rule("153").rows("OC3", (c, t, i) -> R.anyFilled(t, i, R.OC3_ITEMS) && R.anyBlank(t, i, R.OC3_ITEMS)
                && !(R.in(t.get(i, "IN_TOUCH"), "DIED", "RHOM") && R.allBlank(t, i, "ACTIV", "ACCOM")));
        r.rule("344").rows("OC3", (c, t, i) -> R.in(t.get(i, "IN_TOUCH"), "DIED", "RHOM")
                && R.anyFilled(t, i, "ACTIV", "ACCOM"));
        r.rule("345").rows("OC3", (c, t, i) -> t.is(i, "IN_TOUCH", "YES")
                && (t.is(i, "ACTIV", "0") || t.is(i, "ACCOM", "0")));
        // The OC3 cohort: aged 17 to 21 at some time in the year.
        r.rule("391").rows("OC3", (c, t, i) -> {
            LocalDate dob = R.dob(c, t, i);
            if (dob == null || R.allBlank(t, i, R.OC3_ITEMS)) {
                return false;
            }
            // Under 17 all year, or 22 or over all year.
            return dob.plusYears(17).isAfter(c.end()) || !dob.plusYears(22).isAfter(c.start());
        });
        // Foyers (T1, T2) are not for under-18s: the young person must be 18 by the start of the year.
        r.rule("347").from(2024).rows("OC3", (c, t, i) -> R.in(t.get(i, "ACCOM"), "T1", "T2")
                && between(R.age(c, t, i, c.start()), 0, 17));
        // At 17 a care leaver cannot be staying with former foster carers (Z1, Z2): that is from 18.
        r.rule("3001").rows("OC3", (c, t, i) -> R.in(t.get(i, "ACCOM"), "Z1", "Z2")
                && R.age(c, t, i, c.end()) == 17);
        r.rule("348").from(2026).needs("OC3_last").rows("OC3", (c, t, i) -> {
            Ssda903Table last = c.table("OC3_last");
            for (int j : last.rowsOf(t.child(i))) {
                if (last.is(j, "IN_TOUCH", "DIED")) {
                    return true;
                }
            }
            return false;
        });
        // Died in care (E2) this year or, when loaded, last year.
        r.rule("1000").needs("Episodes").rows("OC3", (c, t, i) -> R.anyFilled(t, i, R.OC3_ITEMS)
                && (anyEpisode(c, "Episodes", t.child(i), "E2") || anyEpisode(c, "Episodes_last", t.child(i), "E2")));
        r.rule("1011").needs("Episodes").rows("OC3", (c, t, i) -> {
            int last = R.lastEpisode(c, t.child(i));
            return R.anyFilled(t, i, R.OC3_ITEMS) && last >= 0 && c.table("Episodes").is(last, "REC", "E3");
        });
        // Looked after on the 17th or 18th birthday in the year: still in care, so no care leaver data. From
        // 2023/24 those who then left care during the year are 1016's.
        r.rule("1007").until(2023).needs("Episodes").rows("OC3", (c, t, i) -> R.anyFilled(t, i, R.OC3_ITEMS)
                && birthdayInCare(c, t, i) != null);
        r.rule("1007").from(2024).needs("Episodes").rows("OC3", (c, t, i) -> {
            LocalDate birthday = birthdayInCare(c, t, i);
            return R.anyFilled(t, i, R.OC3_ITEMS) && birthday != null && !leftCareAfter(c, t.child(i), birthday);
        });
        r.rule("1016").from(2024).needs("Episodes").rows("OC3", (c, t, i) -> {
            LocalDate birthday = birthdayInCare(c, t, i);
            return R.anyFilled(t, i, R.OC3_ITEMS) && birthday != null && leftCareAfter(c, t.child(i), birthday);
        });
        // Care leaver data for a child with no episodes this year or last (as far as the loaded data shows).
        r.rule("1002").needs("Episodes", "Episodes_last").rows("OC3", (c, t, i) -> R.anyFilled(t, i, R.OC3_ITEMS)
                && !c.table("Episodes").hasChild(t.child(i)) && !c.table("Episodes_last").hasChild(t.child(i)));
        // Open at the end of last year, absent this year, yet reported as a care leaver.
        r.rule("1010").needs("Episodes", "Episodes_last").rows("OC3", (c, t, i) -> {
            if (R.allBlank(t, i, R.OC3_ITEMS) || c.table("Episodes").hasChild(t.child(i))) {
                return false;
            }
            Ssda903Table last = c.table("Episodes_last");
            int[] rows = c.episodes("Episodes_last", t.child(i));
            return rows.length > 0 && last.blank(rows[rows.length - 1], "DEC");
        });
        // Relevant and former relevant children were looked after for 13 weeks (91 days) after their 14th
        // birthday, some of it after their 16th, and were not adopted. Respite (V3, V4) does not count.
        r.rule("1001").needs("Episodes", "Episodes_last").rows("OC3", (c, t, i) -> {
            String child = t.child(i);
            LocalDate dob = R.dob(c, t, i);
            // Two years of episodes cannot show the care of a young person of 20 or more.
            if (dob == null || R.allBlank(t, i, R.OC3_ITEMS) || !dob.plusYears(20).isAfter(c.end())) {
                return false;
            }
            long days = 0;
            LocalDate lastStart = null;
            boolean adopted = false;
            boolean after16 = false;
            boolean any = false;
            java.util.Set<LocalDate> seen = new java.util.HashSet<>();
            for (String table : new String[] {"Episodes", "Episodes_last"}) {
                Ssda903Table eps = c.table(table);
                for (int e : eps.rowsOf(child)) {
                    any = true;
                    LocalDate decom = eps.date(e, "DECOM");
                    if (decom == null || R.in(eps.get(e, "LS"), "V3", "V4") || !seen.add(decom)) {
                        continue;
                    }
                    if (lastStart == null || decom.isAfter(lastStart)) {
                        lastStart = decom;
                        adopted = R.in(eps.get(e, "REC"), R.ADOPTED);
                    }
                    LocalDate dec = eps.date(e, "DEC") == null ? c.end() : eps.date(e, "DEC");
                    LocalDate from = decom.isBefore(dob.plusYears(14)) ? dob.plusYears(14) : decom;
                    if (dec.isAfter(from)) {
                        days += dec.toEpochDay() - from.toEpochDay();
                    }
                    after16 |= dec.isAfter(dob.plusYears(16));
                }
            }
            // An adopted child is not a care leaver either.
            return any && (days < 91 || !after16 || adopted);
        });
        // Care leavers not looked after this year need no UASC data.
        r.rule("1014").needs("OC3", "UASC", "Episodes").check((c, sink) -> {
            Ssda903Table oc3 = c.table("OC3");
            Ssda903Table uasc = c.table("UASC");
            for (int i = 0; i < oc3.size(); i++) {
                String child = oc3.child(i);
                int[] rows = uasc.rowsOf(child);
                if (rows.length > 0 && R.anyFilled(oc3, i, R.OC3_ITEMS) && !inCareDuringYear(c, child)) {
                    sink.flag("OC3", i);
                    EpisodeRules.flagAll(sink, "UASC", rows);
                }
            }
        });
        // Adoption data and care leaver data for the same child.
        r.rule("134").needs("AD1", "OC3").check((c, sink) -> {
            Ssda903Table oc3 = c.table("OC3");
            Ssda903Table ad1 = c.table("AD1");
            for (int a = 0; a < ad1.size(); a++) {
                if (R.allBlank(ad1, a, R.AD1_ITEMS)) {
                    continue;
                }
                for (int o : oc3.rowsOf(ad1.child(a))) {
                    if (R.anyFilled(oc3, o, R.OC3_ITEMS)) {
                        sink.flag("AD1", a);
                        sink.flag("OC3", o);
                    }
                }
            }
        });
        // Care leavers not looked after this year: none of the other modules apply to them.
        r.rule("1012").needs("OC3", "Episodes").check((c, sink) -> {
            Ssda903Table oc3 = c.table("OC3");
            Ssda903Table eps = c.table("Episodes");
            for (String child : oc3.children()) {
                if (eps.hasChild(child)) {
                    continue;
                }
                for (String table : OTHER_TABLES) {
                    EpisodeRules.flagAll(sink, table, c.table(table).rowsOf(child));
                }
            }
        });
        r.rule("628").needs("OC3", "Episodes").rows("Header", (c, t, i) -> {
            if (t.blank(i, "MOTHER") || c.table("Episodes").hasChild(t.child(i))) {
                return false;
            }
            Ssda903Table oc3 = c.table("OC3");
            for (int o : oc3.rowsOf(t.child(i))) {
                if (R.anyFilled(oc3, o, R.OC3_ITEMS)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Any episode (short breaks included) open at some time in the year. */
    private static boolean inCareDuringYear(Ssda903Context c, String child) {
        Ssda903Table eps = c.table("Episodes");
        for (int e : eps.rowsOf(child)) {
            LocalDate decom = eps.date(e, "DECOM");
            LocalDate dec = eps.date(e, "DEC");
            if (decom != null && !decom.isAfter(c.end()) && (dec == null || !dec.isBefore(c.start()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyEpisode(Ssda903Context c, String table, String child, String rec) {
        Ssda903Table eps = c.table(table);
        for (int e : eps.rowsOf(child)) {
            if (eps.is(e, "REC", rec)) {
                return true;
            }
        }
        return false;
    }

    /** The 17th or 18th birthday in the year on which the child was looked after, or null. */
    private static LocalDate birthdayInCare(Ssda903Context c, Ssda903Table t, int i) {
        LocalDate dob = R.dob(c, t, i);
        if (dob == null) {
            return null;
        }
        Ssda903Table eps = c.table("Episodes");
        for (int years : new int[] {17, 18}) {
            LocalDate birthday = dob.plusYears(years);
            if (!c.year().contains(birthday)) {
                continue;
            }
            for (int e : eps.rowsOf(t.child(i))) {
                LocalDate decom = eps.date(e, "DECOM");
                LocalDate dec = eps.date(e, "DEC");
                if (decom != null && !decom.isAfter(birthday) && (dec == null || dec.isAfter(birthday))) {
                    return birthday;
                }
            }
        }
        return null;
    }

    /** Whether the child's last episode ended their care after the given day. */
    private static boolean leftCareAfter(Ssda903Context c, String child, LocalDate day) {
        Ssda903Table eps = c.table("Episodes");
        int last = R.lastEpisode(c, child);
        return last >= 0 && R.leftCare(eps, last) && R.after(eps.date(last, "DEC"), day);
    }

    private static boolean between(int v, int lo, int hi) {
        return v >= lo && v <= hi;
    }
}
