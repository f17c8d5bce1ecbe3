package org.hearth.returns.ssda903.rules;

import org.hearth.returns.ssda903.Ssda903Registry;

/** Deprivation of liberty orders (DoLo), collected from 2026/27 and checked like missing periods. */
public final class DoLoRules {
    private DoLoRules() {}

    public static void register(Ssda903Registry r) {
        MissingRules.periods(r, "DoLo", "DOLO_START", "DOLO_END",
                new String[] {"702", "703", "704", "705", "706", "707", "708"});
        r.skip("709", "the DfE has not published which placement types are unexpected for a child with a DoLO");
        r.skip("710", "needs the 2026/27 placement codes for secure homes and supported accommodation confirmed");
    }
}
