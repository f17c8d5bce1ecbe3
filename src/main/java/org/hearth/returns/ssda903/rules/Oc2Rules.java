package org.hearth.returns.ssda903.rules;

import org.hearth.returns.ssda903.Ssda903Context;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/**
 * Rules on OC2: outcomes of children looked after continuously for 12 months at 31 March (the "OC2 cohort",
 * worked out from this year's episodes).
 */
public final class Oc2Rules {
    private Oc2Rules() {}

    private static final String[] ITEMS = R.OC2_ITEMS.toArray(new String[0]);

    public static void register(Ssda903Registry r) {
        r.rule("158").rows("OC2", (c, t, i) -> t.is(i, "INTERVENTION_RECEIVED", "1")
                && !t.blank(i, "INTERVENTION_OFFERED"));
        r.rule("159").rows("OC2", (c, t, i) -> t.is(i, "SUBSTANCE_MISUSE", "1")
                && t.is(i, "INTERVENTION_RECEIVED", "0") && t.blank(i, "INTERVENTION_OFFERED"));
        r.rule("192").rows("OC2", (c, t, i) -> t.is(i, "SUBSTANCE_MISUSE", "1")
                && t.blank(i, "INTERVENTION_RECEIVED"));
        r.rule("193").rows("OC2", (c, t, i) -> !t.is(i, "SUBSTANCE_MISUSE", "1")
                && R.anyFilled(t, i, "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"));
        r.rule("182").rows("OC2", (c, t, i) -> !R.allBlank(t, i, ITEMS) && R.anyBlank(t, i, R.OC2_CORE));
        r.rule("544").rows("OC2", (c, t, i) -> !t.blank(i, "CONVICTED") && R.anyBlank(t, i, R.OC2_CORE));
        r.rule("547").rows("OC2", (c, t, i) -> !t.blank(i, "HEALTH_CHECK") && R.anyBlank(t, i, R.OC2_CORE));
        r.rule("197a").rows("OC2", (c, t, i) -> !t.blank(i, "SDQ_SCORE") && !t.blank(i, "SDQ_REASON"));
        r.rule("188").rows("OC2", (c, t, i) -> between(R.age(c, t, i, c.end()), 0, 3)
                && R.anyFilled(t, i, "SDQ_SCORE", "SDQ_REASON"));
        r.rule("189").rows("OC2", (c, t, i) -> R.age(c, t, i, c.start()) >= 17
                && R.anyFilled(t, i, "SDQ_SCORE", "SDQ_REASON"));
        // SDQ1 means "aged under 4 or over 16", so it is wrong for a child of 4 to 16 throughout the year.
        // Both are about the OC2 cohort, looked after continuously for 12 months at 31 March (the DfE's logic reads
        // Episodes for it): a child outside it is the business of 190 and 198.
        r.rule("157").needs("Episodes").rows("OC2", (c, t, i) -> c.lookedAfter12Months(t.child(i))
                && t.is(i, "SDQ_REASON", "SDQ1") && sdqAge(c, t, i));
        r.rule("542").rows("OC2", (c, t, i) -> between(R.age(c, t, i, c.end()), 0, 9)
                && !t.blank(i, "CONVICTED"));
        r.rule("546").needs("Episodes").rows("OC2", (c, t, i) -> c.lookedAfter12Months(t.child(i))
                && R.age(c, t, i, c.end()) >= 5 && !t.blank(i, "HEALTH_CHECK"));

        // Rules that need the cohort: only meaningful when the episodes are loaded.
        r.rule("185").needs("Episodes").rows("OC2", (c, t, i) -> !c.lookedAfter12Months(t.child(i))
                && !t.blank(i, "SDQ_SCORE"));
        r.rule("198").needs("Episodes").rows("OC2", (c, t, i) -> !c.lookedAfter12Months(t.child(i))
                && !t.blank(i, "SDQ_REASON"));
        r.rule("190").needs("Episodes").rows("OC2", (c, t, i) -> !c.lookedAfter12Months(t.child(i))
                && R.anyFilled(t, i, ITEMS));
        // The cohort needs its OC2 core items: flag a row missing them, or the first episode of a child in the
        // cohort with no OC2 row at all.
        r.rule("191").needs("Episodes", "OC2").check((c, sink) -> {
            Ssda903Table oc2 = c.table("OC2");
            for (int i = 0; i < oc2.size(); i++) {
                if (c.lookedAfter12Months(oc2.child(i)) && R.anyBlank(oc2, i, R.OC2_CORE)) {
                    sink.flag("OC2", i);
                }
            }
            for (String child : c.table("Episodes").children()) {
                if (!oc2.hasChild(child) && c.lookedAfter12Months(child)) {
                    sink.flag("Episodes", c.episodes(child)[0]);
                }
            }
        });
        r.rule("186").needs("Episodes").rows("OC2", (c, t, i) -> c.lookedAfter12Months(t.child(i))
                && sdqAge(c, t, i) && t.blank(i, "SDQ_SCORE"));
        r.rule("197B").needs("Episodes").rows("OC2", (c, t, i) -> c.lookedAfter12Months(t.child(i))
                && sdqAge(c, t, i) && R.allBlank(t, i, "SDQ_SCORE", "SDQ_REASON"));
        r.rule("543").needs("Episodes").rows("OC2", (c, t, i) -> c.lookedAfter12Months(t.child(i))
                && R.age(c, t, i, c.end()) >= 10 && t.blank(i, "CONVICTED"));
        r.rule("545").needs("Episodes").rows("OC2", (c, t, i) -> c.lookedAfter12Months(t.child(i))
                && between(R.age(c, t, i, c.end()), 0, 4) && t.blank(i, "HEALTH_CHECK"));
        // The OC2 cohort cannot also have left care by adoption (AD1) or be a care leaver (OC3).
        r.rule("187").needs("Episodes").check((c, sink) -> {
            for (String table : new String[] {"AD1", "OC3"}) {
                Ssda903Table t = c.table(table);
                String[] items = table.equals("AD1") ? R.AD1_ITEMS : R.OC3_ITEMS;
                for (int i = 0; i < t.size(); i++) {
                    if (R.anyFilled(t, i, items) && c.lookedAfter12Months(t.child(i))) {
                        sink.flag(table, i);
                    }
                }
            }
        });
        // Care leavers (OC3 with data) do not have OC2 items.
        r.rule("215").needs("OC2", "OC3").check((c, sink) -> {
            Ssda903Table oc2 = c.table("OC2");
            Ssda903Table oc3 = c.table("OC3");
            for (int i = 0; i < oc3.size(); i++) {
                if (R.allBlank(oc3, i, R.OC3_ITEMS)) {
                    continue;
                }
                for (int j : oc2.rowsOf(oc3.child(i))) {
                    if (R.anyFilled(oc2, j, ITEMS)) {
                        sink.flag("OC3", i);
                        sink.flag("OC2", j);
                    }
                }
            }
        });
    }

    /** Aged 4 or over at the start of the year and under 17 at its end. */
    private static boolean sdqAge(Ssda903Context c, Ssda903Table t, int i) {
        int atStart = R.age(c, t, i, c.start());
        int atEnd = R.age(c, t, i, c.end());
        return atStart >= 4 && atEnd >= 0 && atEnd < 17;
    }

    private static boolean between(int v, int lo, int hi) {
        return v >= lo && v <= hi;
    }
}
