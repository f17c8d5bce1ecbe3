package org.hearth.returns.ssda903.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hearth.returns.ssda903.Ssda903Context;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/** Rules on the child's Header: sex, dates of birth, motherhood, UPN. */
public final class HeaderRules {
    private HeaderRules() {}

    public static void register(Ssda903Registry r) {
        r.rule("174").rows("Header", (c, t, i) -> !t.blank(i, "MC_DOB") && c.male(t.get(i, "SEX")));
        r.rule("232").from(2025).rows("Header", (c, t, i) -> t.is(i, "SEX", "U"));
        r.rule("301").rows("Header", (c, t, i) -> R.after(t.date(i, "DOB"), c.end()));
        // "Over 25 at the start of the year": the 25th birthday came before 1 April.
        r.rule("351").rows("Header", (c, t, i) -> {
            LocalDate dob = t.date(i, "DOB");
            return dob != null && dob.plusYears(25).isBefore(c.start());
        });
        r.rule("611").rows("Header", (c, t, i) -> t.is(i, "MOTHER", "1") && t.blank(i, "MC_DOB"));
        r.rule("612").rows("Header", (c, t, i) -> !t.blank(i, "MC_DOB") && c.female(t.get(i, "SEX"))
                && !t.is(i, "MOTHER", "1"));
        // Under 11 at the start of the year.
        r.rule("620").rows("Header", (c, t, i) -> t.is(i, "MOTHER", "1")
                && R.after(t.date(i, "DOB"), c.start().minusYears(11)));
        r.rule("621").rows("Header", (c, t, i) -> {
            LocalDate mc = t.date(i, "MC_DOB");
            LocalDate dob = t.date(i, "DOB");
            return mc != null && dob != null && !mc.isAfter(dob);
        });
        r.rule("625").needs("Episodes").rows("Header", (c, t, i) -> {
            LocalDate mc = t.date(i, "MC_DOB");
            if (mc == null) {
                return false;
            }
            if (mc.isAfter(c.end())) {
                return true;
            }
            Ssda903Table eps = c.table("Episodes");
            int last = R.lastEpisode(c, t.child(i));
            return last >= 0 && R.leftCare(eps, last) && R.after(mc, eps.date(last, "DEC"));
        });
        // Children looked after other than only on short breaks need a UPN (or an unknown code).
        r.rule("442").needs("Episodes").rows("Header", (c, t, i) -> t.blank(i, "UPN")
                && notOnlyRespite(c, t.child(i)));
        // School age: 4 or over on the 31 August before the year started (UN1 = not yet of school age).
        r.rule("209").rows("Header", (c, t, i) -> t.is(i, "UPN", "UN1")
                && schoolAge(t.date(i, "DOB"), c));
        // Looked after for more than a week at 31 March: an open episode that started before 24 March.
        r.rule("210").needs("Episodes").rows("Header", (c, t, i) -> {
            if (!t.is(i, "UPN", "UN4")) {
                return false;
            }
            Ssda903Table eps = c.table("Episodes");
            for (int e : eps.rowsOf(t.child(i))) {
                if (eps.blank(e, "DEC") && R.before(eps.date(e, "DECOM"), c.end().minusDays(7))) {
                    return true;
                }
            }
            return false;
        });
        r.rule("444").from(2026).check((c, sink) -> {
            Ssda903Table t = c.table("Header");
            Map<String, Integer> count = new HashMap<>();
            for (int i = 0; i < t.size(); i++) {
                String upn = t.get(i, "UPN");
                if (upn != null && !c.valid("UPN_UNKNOWN", upn)) {
                    count.merge(upn, 1, Integer::sum);
                }
            }
            for (int i = 0; i < t.size(); i++) {
                String upn = t.get(i, "UPN");
                if (upn != null && count.getOrDefault(upn, 0) > 1) {
                    sink.flag("Header", i);
                }
            }
        });
        // MOTHER must be 0/1, only for girls, and given for girls looked after (not only respite) in the year;
        // a girl with no episodes but care leaver data should not have it.
        r.rule("165").needs("Episodes", "OC3").check((c, sink) -> {
            Ssda903Table t = c.table("Header");
            Ssda903Table oc3 = c.table("OC3");
            for (int i = 0; i < t.size(); i++) {
                String mother = t.get(i, "MOTHER");
                String sex = t.get(i, "SEX");
                boolean inCare = lookedAfterInYear(c, t.child(i));
                boolean careLeaver = false;
                for (int o : oc3.rowsOf(t.child(i))) {
                    careLeaver |= R.anyFilled(oc3, o, R.OC3_ITEMS);
                }
                boolean bad = (mother != null && !c.valid("MOTHER", mother))
                        || (mother != null && c.male(sex))
                        || (mother == null && c.female(sex) && inCare)
                        || (mother != null && c.female(sex) && !inCare && careLeaver);
                if (bad) {
                    sink.flag("Header", i);
                    EpisodeRules.flagAll(sink, "OC3", oc3.rowsOf(t.child(i)));
                }
            }
        });
        // Girls looked after (not only on short breaks) during the year need MOTHER.
        r.rule("393").needs("Episodes").rows("Header", (c, t, i) -> t.blank(i, "MOTHER")
                && c.female(t.get(i, "SEX")) && notOnlyRespite(c, t.child(i)));
        // A girl who ceased to be looked after in the year (other than from a short break) needs MOTHER.
        r.rule("607").needs("Episodes").check((c, sink) -> {
            Ssda903Table t = c.table("Header");
            Ssda903Table eps = c.table("Episodes");
            for (int i = 0; i < t.size(); i++) {
                if (!t.blank(i, "MOTHER") || !c.female(t.get(i, "SEX"))) {
                    continue;
                }
                for (int e : eps.rowsOf(t.child(i))) {
                    LocalDate dec = eps.date(e, "DEC");
                    if (R.leftCare(eps, e) && dec != null && c.year().contains(dec)
                            && !R.in(eps.get(e, "LS"), "V3", "V4")) {
                        sink.flag("Header", i);
                        sink.flag("Episodes", e);
                    }
                }
            }
        });
    }

    static boolean schoolAge(LocalDate dob, Ssda903Context c) {
        return dob != null && !dob.plusYears(4).isAfter(LocalDate.of(c.start().getYear() - 1, 8, 31));
    }

    /** Whether the child had a non-respite episode open at some time in the year. */
    static boolean lookedAfterInYear(Ssda903Context c, String child) {
        Ssda903Table eps = c.table("Episodes");
        for (int e : eps.rowsOf(child)) {
            LocalDate decom = eps.date(e, "DECOM");
            LocalDate dec = eps.date(e, "DEC");
            if (!R.in(eps.get(e, "LS"), "V3", "V4") && decom != null && !decom.isAfter(c.end())
                    && (dec == null || !dec.isBefore(c.start()))) {
                return true;
            }
        }
        return false;
    }

    static boolean notOnlyRespite(Ssda903Context c, String child) {
        Ssda903Table eps = c.table("Episodes");
        for (int e : eps.rowsOf(child)) {
            if (!R.in(eps.get(e, "LS"), "V3", "V4")) {
                return true;
            }
        }
        return false;
    }
}
