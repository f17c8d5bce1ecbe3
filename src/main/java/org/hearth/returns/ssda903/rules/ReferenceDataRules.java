package org.hearth.returns.ssda903.rules;

import java.util.regex.Pattern;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/**
 * Rules on postcodes and on data derived from them or from Ofsted's register. Those needing reference data Hearth
 * does not yet hold are registered as skipped, with the reason, so that a run says what it did not check.
 */
public final class ReferenceDataRules {
    private ReferenceDataRules() {}

    /** The shape of a UK postcode (outward code, optional space, inward code). */
    private static final Pattern POSTCODE =
            Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

    public static void register(Ssda903Registry r) {
        String derived = "needs placement distance, LA or location derived from the home and placement postcodes "
                + "(the postcode lookup is not wired into the 903 validator yet)";
        for (String code : new String[] {"164", "169", "179", "392a", "406", "411", "420", "452", "453", "454",
            "503G", "503H", "503J", "1015"}) {
            r.skip(code, derived);
        }
        String ofsted = "needs Ofsted's register of providers (URN, type, postcode, dates), which Hearth does not hold";
        for (String code : new String[] {"1008", "219", "221", "224", "227", "228", "229"}) {
            r.skip(code, ofsted);
        }
        String location = "needs whether the placement is in England, derived from the placement postcode";
        for (String code : new String[] {"218", "222", "230"}) {
            r.skip(code, location);
        }
        r.skip("633", "needs the DfE list of local authority codes");

        // Looked after (not respite), not UASC: both postcodes are expected (no placement postcode for
        // temporary and "other" placements).
        r.rule("392b").rows("Episodes", (c, t, i) -> {
            if (R.in(t.get(i, "LS"), "V3", "V4") || c.table("UASC").hasChild(t.child(i))) {
                return false;
            }
            boolean placeExempt = R.in(t.get(i, "PLACE"), R.TEMPORARY) || R.in(t.get(i, "PLACE"), R.OTHER_PLACEMENTS);
            return t.blank(i, "HOME_POST") || (!placeExempt && t.blank(i, "PL_POST"));
        });
        r.rule("392c").rows("Episodes", (c, t, i) -> badPostcode(t, i, "HOME_POST") || badPostcode(t, i, "PL_POST"));
        r.rule("392d").rows("Episodes", (c, t, i) -> !t.blank(i, "HOME_POST") && !t.is(i, "PLACE", "P1")
                && normal(t.get(i, "HOME_POST")).equals(normal(t.get(i, "PL_POST"))));
        r.rule("398").rows("Episodes", (c, t, i) -> R.in(t.get(i, "LS"), "V3", "V4")
                && R.anyFilled(t, i, "HOME_POST", "PL_POST"));
    }

    private static boolean badPostcode(Ssda903Table t, int i, String col) {
        String v = t.get(i, col);
        return v != null && !POSTCODE.matcher(v.toUpperCase(java.util.Locale.ROOT)).matches();
    }

    private static String normal(String postcode) {
        return postcode == null ? "" : postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
