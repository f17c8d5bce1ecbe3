package org.hearth.returns.ssda903.rules;

import java.time.LocalDate;
import java.util.Set;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/** Deprivation of liberty orders (DoLo), collected from 2026/27 and checked like missing periods. */
public final class DoLoRules {
    private DoLoRules() {}

    /** Where a child under a DoLO is expected to be: a children's home (K2) or other placements Z12, Z13. */
    private static final Set<String> EXPECTED = Set.of("K2", "Z12", "Z13");
    /** Where a child under a DoLO cannot be: secure children's home, parents, youth custody, supported. */
    private static final Set<String> FORBIDDEN = Set.of("K1", "P1", "R5", "K3");

    public static void register(Ssda903Registry r) {
        MissingRules.periods(r, "DoLo", "DOLO_START", "DOLO_END",
                new String[] {"702", "703", "704", "705", "706", "707", "708"});
        r.rule("709").from(2027).needs("Episodes").check((c, sink) -> {
            Ssda903Table dolo = c.table("DoLo");
            Ssda903Table eps = c.table("Episodes");
            for (int d = 0; d < dolo.size(); d++) {
                for (int e : eps.rowsOf(dolo.child(d))) {
                    if (overlaps(dolo, d, eps, e) && !R.in(eps.get(e, "PLACE"), EXPECTED)) {
                        sink.flag("DoLo", d);
                    }
                }
            }
        });
        r.rule("710").from(2027).needs("Episodes").check((c, sink) -> {
            Ssda903Table dolo = c.table("DoLo");
            Ssda903Table eps = c.table("Episodes");
            for (int d = 0; d < dolo.size(); d++) {
                for (int e : eps.rowsOf(dolo.child(d))) {
                    if (overlaps(dolo, d, eps, e) && R.in(eps.get(e, "PLACE"), FORBIDDEN)) {
                        sink.flag("DoLo", d);
                        sink.flag("Episodes", e);
                    }
                }
            }
        });
    }

    /**
     * A DoLO with both dates overlapping an episode. An episode holds from its start up to the day it ends, which
     * belongs to the next one; an open episode runs on.
     */
    private static boolean overlaps(Ssda903Table dolo, int d, Ssda903Table eps, int e) {
        LocalDate start = dolo.date(d, "DOLO_START");
        LocalDate end = dolo.date(d, "DOLO_END");
        LocalDate decom = eps.date(e, "DECOM");
        LocalDate dec = eps.date(e, "DEC");
        return start != null && end != null && decom != null && !end.isBefore(decom)
                && (dec == null || start.isBefore(dec));
    }
}
