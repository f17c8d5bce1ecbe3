package org.hearth.returns.ssda903.rules;

import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/** Rules on statutory reviews. */
public final class ReviewRules {
    private ReviewRules() {}

    public static void register(Ssda903Registry r) {
        // PN0 is "child aged under 4 at the time of the review".
        r.rule("440").rows("Reviews", (c, t, i) -> t.is(i, "REVIEW_CODE", "PN0")
                && R.age(c, t, i, t.date(i, "REVIEW")) >= 4);
        r.rule("441").rows("Reviews", (c, t, i) -> !t.blank(i, "REVIEW_CODE") && !t.is(i, "REVIEW_CODE", "PN0")
                && t.get(i, "REVIEW_CODE").startsWith("PN")
                && between(R.age(c, t, i, t.date(i, "REVIEW")), 0, 3));
        // Respite-only children (V3/V4) have no mother, review or participation data.
        r.rule("399").needs("Episodes").check((c, sink) -> {
            Ssda903Table eps = c.table("Episodes");
            Ssda903Table header = c.table("Header");
            Ssda903Table reviews = c.table("Reviews");
            for (String child : eps.children()) {
                if (HeaderRules.notOnlyRespite(c, child)) {
                    continue;
                }
                boolean flagged = false;
                int h = header.firstRowOf(child);
                if (h >= 0 && !header.blank(h, "MOTHER")) {
                    sink.flag("Header", h);
                    flagged = true;
                }
                for (int rv : reviews.rowsOf(child)) {
                    if (R.anyFilled(reviews, rv, "REVIEW", "REVIEW_CODE")) {
                        sink.flag("Reviews", rv);
                        flagged = true;
                    }
                }
                if (flagged) {
                    EpisodeRules.flagAll(sink, "Episodes", eps.rowsOf(child));
                }
            }
        });
    }

    private static boolean between(int v, int lo, int hi) {
        return v >= lo && v <= hi;
    }
}
