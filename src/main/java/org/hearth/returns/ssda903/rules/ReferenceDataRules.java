package org.hearth.returns.ssda903.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hearth.returns.ssda903.PostcodeDirectory;
import org.hearth.returns.ssda903.Ssda903Context;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/**
 * Rules on postcodes and on what the DfE derives from them (placement distance and LA, from the ONS postcode
 * directory), and on Ofsted's register. Rules needing reference data Hearth does not hold are registered as skipped,
 * with the reason, so that a run says what it did not check.
 */
public final class ReferenceDataRules {
    private ReferenceDataRules() {}

    /** The shape of a UK postcode (outward code, optional space, inward code). */
    private static final Pattern POSTCODE =
            Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

    public static void register(Ssda903Registry r) {
        // Hearth derives the placement location from the postcode, so it is always a valid code and always agrees
        // with the placement LA: these two cannot fail on derived data.
        String derivedLocation = "Hearth derives placement location from the placement postcode, so it is always "
                + "valid and agrees with the placement LA";
        r.skip("179", derivedLocation);
        r.skip("411", derivedLocation);
        // Own provision (PR1) is placement in the LA's own area.
        r.rule("1015").needsPostcodes().needsOwnLa().rows("Episodes", (c, t, i) -> {
            String la = la(c, t, i);
            return t.is(i, "PLACE_PROVIDER", "PR1") && la != null && !la.equals(c.ownLa());
        });
        carriedOver(r, "503J", true, (c, last, j, now, i) ->
                !Objects.equals(inside(c, last, j), inside(c, now, i)));
        distanceRules(r);
        String ofsted = "needs Ofsted's register of providers (URN, type, postcode, dates), which Hearth does not hold";
        for (String code : new String[] {"1008", "219", "221", "224", "227", "228", "229"}) {
            r.skip(code, ofsted);
        }
        // Placement types Ofsted does not register, so with no URN (the DfE's list; Z11-Z14 replace Z1 from
        // 2025/26). XXXXXXX is the DfE's placeholder for "no URN".
        r.rule("222").rows("Episodes", (c, t, i) -> R.in(t.get(i, "PLACE"), R.NO_URN_PLACEMENTS)
                && !t.blank(i, "URN") && !t.is(i, "URN", "XXXXXXX"));
        // Every other placement in England open at some time in the year needs its URN.
        r.rule("218").needsPostcodes().rows("Episodes", (c, t, i) -> {
            if (!t.blank(i, "URN") || t.blank(i, "PLACE") || R.in(t.get(i, "PLACE"), R.NO_URN_PLACEMENTS)
                    || R.before(t.date(i, "DEC"), c.start())) {
                return false;
            }
            PostcodeDirectory.Place place = c.postcodes().find(t.get(i, "PL_POST"));
            return place == null || place.la().startsWith("E");
        });
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

    /** Rules on the placement distance and placement LA that the DfE derives from HOME_POST and PL_POST. */
    private static void distanceRules(Ssda903Registry r) {
        r.rule("164").needsPostcodes().rows("Episodes", (c, t, i) -> !t.blank(i, "HOME_POST")
                && !t.blank(i, "PL_POST") && c.postcodes().miles(t.get(i, "HOME_POST"), t.get(i, "PL_POST")) == null);
        r.rule("392a").needsPostcodes().rows("Episodes", (c, t, i) -> !R.in(t.get(i, "LS"), "V3", "V4")
                && needsPlacementPostcode(t, i) && !UascRules.uasc(c, "", t.child(i))
                && c.postcodes().miles(t.get(i, "HOME_POST"), t.get(i, "PL_POST")) == null);
        r.rule("406").needsPostcodes().rows("Episodes", (c, t, i) -> UascRules.uasc(c, "", t.child(i))
                && c.postcodes().miles(t.get(i, "HOME_POST"), t.get(i, "PL_POST")) != null);
        r.rule("454").from(2026).needsPostcodes().rows("Episodes", (c, t, i) -> {
            Double miles = c.postcodes().miles(t.get(i, "HOME_POST"), t.get(i, "PL_POST"));
            return miles != null && miles > 350;
        });
        r.rule("169").needsPostcodes().rows("Episodes", (c, t, i) -> !R.in(t.get(i, "LS"), "V3", "V4")
                && needsPlacementPostcode(t, i) && c.postcodes().find(t.get(i, "PL_POST")) == null);
        r.rule("420").needsPostcodes().rows("Episodes", (c, t, i) -> R.in(t.get(i, "LS"), "V3", "V4")
                && c.postcodes().find(t.get(i, "PL_POST")) != null);
        // H5 placements in England (placement postcode in an English LA) open on or after 28 October 2023.
        r.rule("230").from(2024).until(2024).needsPostcodes().rows("Episodes", (c, t, i) -> {
            PostcodeDirectory.Place place = c.postcodes().find(t.get(i, "PL_POST"));
            return t.is(i, "PLACE", "H5") && place != null && place.la().startsWith("E") && t.blank(i, "URN")
                    && (t.blank(i, "DEC") || !R.before(t.date(i, "DEC"), LocalDate.of(2023, 10, 28)));
        });
        carriedOver(r, "452", false, (c, last, j, now, i) -> !Objects.equals(la(c, last, j), la(c, now, i)));
        carriedOver(r, "503H", true, (c, last, j, now, i) -> !Objects.equals(la(c, last, j), la(c, now, i)));
        carriedOver(r, "453", false, (c, last, j, now, i) -> !Objects.equals(miles(c, last, j), miles(c, now, i)));
        carriedOver(r, "503G", true, (c, last, j, now, i) -> !Objects.equals(miles(c, last, j), miles(c, now, i)));
    }

    /** A test comparing last year's open final episode (row j) with this year's first (row i). */
    @FunctionalInterface
    interface Carried {
        boolean differs(Ssda903Context c, Ssda903Table last, int j, Ssda903Table now, int i);
    }

    /** Flags this year's first episode when it contradicts last year's still-open one (same start with sameStart). */
    private static void carriedOver(Ssda903Registry r, String code, boolean sameStart, Carried test) {
        r.rule(code).needsPostcodes().needs("Episodes_last").check((c, sink) -> {
            Ssda903Table last = c.table("Episodes_last");
            Ssda903Table now = c.table("Episodes");
            for (String child : now.children()) {
                int[] lastRows = c.episodes("Episodes_last", child);
                if (lastRows.length == 0 || !last.blank(lastRows[lastRows.length - 1], "DEC")) {
                    continue;
                }
                int j = lastRows[lastRows.length - 1];
                int i = c.episodes(child)[0];
                if (sameStart && !Objects.equals(last.date(j, "DECOM"), now.date(i, "DECOM"))) {
                    continue;
                }
                if (test.differs(c, last, j, now, i)) {
                    sink.flag("Episodes", i);
                }
            }
        });
    }

    private static String la(Ssda903Context c, Ssda903Table t, int i) {
        PostcodeDirectory.Place place = c.postcodes().find(t.get(i, "PL_POST"));
        return place == null ? null : place.la();
    }

    /** Placement location: inside the returning LA or not; null when the placement postcode is unknown. */
    private static Boolean inside(Ssda903Context c, Ssda903Table t, int i) {
        String la = la(c, t, i);
        return la == null ? null : la.equals(c.ownLa());
    }

    private static Double miles(Ssda903Context c, Ssda903Table t, int i) {
        return c.postcodes().miles(t.get(i, "HOME_POST"), t.get(i, "PL_POST"));
    }

    private static boolean needsPlacementPostcode(Ssda903Table t, int i) {
        return !R.in(t.get(i, "PLACE"), R.TEMPORARY) && !R.in(t.get(i, "PLACE"), R.OTHER_PLACEMENTS);
    }

    private static boolean badPostcode(Ssda903Table t, int i, String col) {
        String v = t.get(i, col);
        return v != null && !POSTCODE.matcher(v.toUpperCase(java.util.Locale.ROOT)).matches();
    }

    private static String normal(String postcode) {
        return postcode == null ? "" : postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
