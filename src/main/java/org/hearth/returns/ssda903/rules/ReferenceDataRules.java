package org.hearth.returns.ssda903.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hearth.returns.ssda903.OfstedRegister;
import org.hearth.returns.ssda903.Ssda903Context;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/**
 * Rules on postcodes and on what the DfE derives from them (placement distance and LA, from the ONS postcode
 * directory), on Ofsted's register of providers and on the DfE's LA codes. Rules needing reference data that was
 * not given are declared so ({@code needsPostcodes}, {@code needsOfsted}, {@code needsLaCodes}) and the validator
 * lists them as not run, with the reason, so that a run says what it did not check.
 */
public final class ReferenceDataRules {
    private ReferenceDataRules() {}

    /** The shape of a UK postcode (outward code, optional space, inward code). */
    private static final Pattern POSTCODE =
            Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

    public static void register(Ssda903Registry r) {
        locationRules(r);
        // Own provision (PR1) is placement in the LA's own area.
        // Own provision (PR1) placed outside the LA. The DfE leaves out adoption and connected-carer placements
        // (A3-A6, U1-U6) and short breaks (V3, V4); a placement it cannot locate is not in the LA's own area.
        r.rule("1015").needsPostcodes().needsOwnLa().rows("Episodes", (c, t, i) -> {
            if (!t.is(i, "PLACE_PROVIDER", "PR1") || R.in(t.get(i, "PLACE"), OWN_AREA_EXEMPT)
                    || R.in(t.get(i, "LS"), "V3", "V4")) {
                return false;
            }
            String la = la(c, t, i);
            return la == null || !la.equals(c.ownLa());
        });
        // Without the LA's own code there is no location to compare, so 503J could never flag: it needs the LA.
        carriedOver(r.rule("503J").needsOwnLa(), true, (c, last, j, now, i) ->
                !Objects.equals(derivedLocation(c, last, j), derivedLocation(c, now, i)));
        distanceRules(r);
        ofstedRules(r);
        // Placement types Ofsted does not register, so with no URN (the DfE's list for the year; Z11-Z14 replace Z1
        // from 2025/26). XXXXXXX is the DfE's placeholder for "no URN".
        r.rule("222").rows("Episodes", (c, t, i) -> R.in(t.get(i, "PLACE"), R.noUrnPlacements(c.year().endYear()))
                && !t.blank(i, "URN") && !t.is(i, "URN", "XXXXXXX"));
        // Every other placement in England open at some time in the year needs its URN.
        r.rule("218").needsPostcodes().rows("Episodes", (c, t, i) -> {
            if (!t.blank(i, "URN") || t.blank(i, "PLACE")
                    || R.in(t.get(i, "PLACE"), R.noUrnPlacements(c.year().endYear()))
                    || R.before(t.date(i, "DEC"), c.start())) {
                return false;
            }
            return c.postcodes().upperTierLa(t.get(i, "PL_POST")).map(la -> la.startsWith("E")).orElse(true);
        });
        // The LA where the previous permanence option was arranged must be on the DfE's list of LA codes.
        r.rule("633").needsLaCodes().rows("PrevPerm", (c, t, i) -> !t.blank(i, "LA_PERM")
                && !c.laCodes().contains(t.get(i, "LA_PERM")));

        // Looked after (not respite), not UASC: both postcodes are expected, whatever the placement type.
        r.rule("392b").rows("Episodes", (c, t, i) -> {
            if (R.in(t.get(i, "LS"), "V3", "V4") || c.table("UASC").hasChild(t.child(i))) {
                return false;
            }
            // DfE: "If <LS> not = 'V3' or 'V4' and <UASC> = '0' ... then <HOME_POST> and <PL_POST> should be
            // provided": temporary (T0-T4) and "other" (Z1) placements are not exempt.
            return t.blank(i, "HOME_POST") || t.blank(i, "PL_POST");
        });
        // A postcode must be a real one: the shape alone, unless the ONS directory was loaded to look it up in.
        r.rule("392c").rows("Episodes", (c, t, i) -> badPostcode(c, t, i, "HOME_POST") || badPostcode(c, t, i, "PL_POST"));
        r.rule("392d").rows("Episodes", (c, t, i) -> !t.blank(i, "HOME_POST") && !t.is(i, "PLACE", "P1")
                && normal(t.get(i, "HOME_POST")).equals(normal(t.get(i, "PL_POST"))));
        r.rule("398").rows("Episodes", (c, t, i) -> R.in(t.get(i, "LS"), "V3", "V4")
                && R.anyFilled(t, i, "HOME_POST", "PL_POST"));
    }

    /**
     * 179 and 411, on the placement location (IN or OUT of the returning LA). The DfE derives PL_LOCATION from the
     * placement postcode; a return may carry it as an extra Episodes column (as exported by some case systems or
     * downloaded from the DfE), and then these rules check the value given, 179 without any reference data.
     * Otherwise they check the value Hearth derives from the postcode directory and the returning LA: 179 then
     * flags a placement whose location cannot be derived, and 411 cannot fail, as a location derived from the
     * placement LA always agrees with it.
     */
    private static void locationRules(Ssda903Registry r) {
        r.rule("179").needsPostcodes().needsOwnLa().unlessGiven("Episodes", "PL_LOCATION")
                .rows("Episodes", (c, t, i) -> {
                    String location = location(c, t, i);
                    if (location != null) {
                        return !R.in(location, "IN", "OUT");
                    }
                    // DfE: every placement outside short breaks (LS V3/V4) has a location; temporary (T0-T4) and
                    // "other" (Z1) placements are not exempt.
                    return !R.in(t.get(i, "LS"), "V3", "V4");
                });
        r.rule("411").needsPostcodes().needsOwnLa().rows("Episodes", (c, t, i) -> {
            String location = location(c, t, i);
            String la = la(c, t, i);
            return la != null && (("IN".equals(location) && !la.equals(c.ownLa()))
                    || ("OUT".equals(location) && la.equals(c.ownLa())));
        });
    }

    /** Placement location as given in the return's PL_LOCATION column, else as derived; null when neither. */
    private static String location(Ssda903Context c, Ssda903Table t, int i) {
        if (t.has("PL_LOCATION")) {
            String given = t.get(i, "PL_LOCATION");
            return given == null || given.isBlank() ? null : given.strip().toUpperCase(java.util.Locale.ROOT);
        }
        return derivedLocation(c, t, i);
    }

    /** Placements where the child lives at the provider's own address, so the postcodes must agree (221). */
    private static final java.util.Set<String> AT_PROVIDER = java.util.Set.of("K1", "K2", "R3", "S1");

    /**
     * The rules that look the episode's URN up in Ofsted's register (given with --ofsted). The DfE's "XXXXXXX"
     * (no URN) and blank URNs are not looked up; a URN not in the register is 1008's business only.
     */
    private static void ofstedRules(Ssda903Registry r) {
        r.rule("1008").needsOfsted().rows("Episodes", (c, t, i) -> urnGiven(t, i)
                && c.ofsted().find(t.get(i, "URN")) == null);
        // The provider is not registered for the placement type recorded.
        r.rule("219").needsOfsted().rows("Episodes", (c, t, i) -> {
            OfstedRegister.Provider p = provider(c, t, i);
            return p != null && !p.placeCodes().isEmpty() && !t.blank(i, "PLACE")
                    && !p.placeCodes().contains(t.get(i, "PLACE"));
        });
        // Placements at the provider's own premises (children's homes, secure units, family centres,
        // residential schools), outside short breaks: the placement postcode is the provider's.
        r.rule("221").needsOfsted().rows("Episodes", (c, t, i) -> {
            OfstedRegister.Provider p = provider(c, t, i);
            return p != null && p.postcode() != null && !t.blank(i, "PL_POST")
                    && R.in(t.get(i, "PLACE"), AT_PROVIDER) && !R.in(t.get(i, "LS"), "V3", "V4")
                    && !normal(p.postcode()).equals(normal(t.get(i, "PL_POST")));
        });
        r.rule("224").needsOfsted().rows("Episodes", (c, t, i) -> {
            OfstedRegister.Provider p = provider(c, t, i);
            return p != null && !p.providerCodes().isEmpty() && !t.blank(i, "PLACE_PROVIDER")
                    && !p.providerCodes().contains(t.get(i, "PLACE_PROVIDER"));
        });
        // Registered on the day the episode started.
        r.rule("227").needsOfsted().rows("Episodes", (c, t, i) -> {
            OfstedRegister.Provider p = provider(c, t, i);
            LocalDate decom = t.date(i, "DECOM");
            return p != null && decom != null && !p.registeredOn(decom);
        });
        // Registered on the day the episode ended; an open episode runs to 31 March (hence the catalogue's note
        // on providers closing during the year).
        r.rule("228").needsOfsted().rows("Episodes", (c, t, i) -> {
            OfstedRegister.Provider p = provider(c, t, i);
            LocalDate end = t.blank(i, "DEC") ? c.end() : t.date(i, "DEC");
            return p != null && end != null && !p.registeredOn(end);
        });
        // Own provision (PR1) at a provider outside the LA, or another LA's provision (PR2) at a provider inside
        // it; the provider's LA is the upper-tier LA of its postcode.
        r.rule("229").needsOfsted().needsPostcodes().needsOwnLa().rows("Episodes", (c, t, i) -> {
            OfstedRegister.Provider p = provider(c, t, i);
            String location = p == null || p.postcode() == null ? null
                    : c.postcodes().placementLocation(p.postcode(), c.ownLa()).orElse(null);
            if (location == null) {
                return false;
            }
            boolean inside = location.equals("IN");
            return (t.is(i, "PLACE_PROVIDER", "PR1") && !inside) || (t.is(i, "PLACE_PROVIDER", "PR2") && inside);
        });
    }

    private static boolean urnGiven(Ssda903Table t, int i) {
        return !t.blank(i, "URN") && !t.is(i, "URN", "XXXXXXX");
    }

    /** The registered provider of the episode's URN, or null (no URN, XXXXXXX, or not registered). */
    private static OfstedRegister.Provider provider(Ssda903Context c, Ssda903Table t, int i) {
        return urnGiven(t, i) ? c.ofsted().find(t.get(i, "URN")) : null;
    }

    /** Rules on the placement distance and placement LA that the DfE derives from HOME_POST and PL_POST. */
    private static void distanceRules(Ssda903Registry r) {
        // The DfE's 164 is the range of the distance returned, 0 to 999.9 miles; a distance that could not be worked
        // out is 392a's (and an unknown postcode 392c's).
        r.rule("164").rows("Episodes", (c, t, i) -> !t.blank(i, "PL_DISTANCE")
                && !distanceInRange(t.get(i, "PL_DISTANCE")));
        // DfE 392a: "If <LS> not = 'V3' or 'V4' and <UASC> = '0' ... then <PL_DISTANCE> must be provided"; 169: the
        // placement LA, outside short breaks. Neither exempts temporary (T0-T4) or "other" (Z1) placements.
        r.rule("392a").needsPostcodes().rows("Episodes", (c, t, i) -> !R.in(t.get(i, "LS"), "V3", "V4")
                && !UascRules.uasc(c, "", t.child(i))
                && c.postcodes().miles(t.get(i, "HOME_POST"), t.get(i, "PL_POST")).isEmpty());
        r.rule("406").needsPostcodes().rows("Episodes", (c, t, i) -> UascRules.uasc(c, "", t.child(i))
                && c.postcodes().miles(t.get(i, "HOME_POST"), t.get(i, "PL_POST")).isPresent());
        r.rule("454").from(2026).needsPostcodes().rows("Episodes", (c, t, i) -> {
            return c.postcodes().miles(t.get(i, "HOME_POST"), t.get(i, "PL_POST"))
                    .filter(miles -> miles.compareTo(MAX_MILES) > 0).isPresent();
        });
        r.rule("169").needsPostcodes().rows("Episodes", (c, t, i) -> !R.in(t.get(i, "LS"), "V3", "V4")
                && c.postcodes().locate(t.get(i, "PL_POST")).isEmpty());
        r.rule("420").needsPostcodes().rows("Episodes", (c, t, i) -> R.in(t.get(i, "LS"), "V3", "V4")
                && c.postcodes().locate(t.get(i, "PL_POST")).isPresent());
        // H5 placements in England (placement postcode in an English LA) open on or after 28 October 2023.
        r.rule("230").from(2024).until(2024).needsPostcodes().rows("Episodes", (c, t, i) -> {
            boolean england = c.postcodes().upperTierLa(t.get(i, "PL_POST")).filter(la -> la.startsWith("E"))
                    .isPresent();
            return t.is(i, "PLACE", "H5") && england && t.blank(i, "URN")
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
        carriedOver(r.rule(code), sameStart, test);
    }

    private static void carriedOver(Ssda903Registry.Builder rule, boolean sameStart, Carried test) {
        rule.needsPostcodes().needs("Episodes_last").check((c, sink) -> {
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
        return c.postcodes().upperTierLa(t.get(i, "PL_POST")).orElse(null);
    }

    /** Placement location, IN or OUT of the returning LA; null when the placement postcode is unknown. */
    private static String derivedLocation(Ssda903Context c, Ssda903Table t, int i) {
        return c.postcodes().placementLocation(t.get(i, "PL_POST"), c.ownLa()).orElse(null);
    }

    private static java.util.Optional<java.math.BigDecimal> miles(Ssda903Context c, Ssda903Table t, int i) {
        return c.postcodes().miles(t.get(i, "HOME_POST"), t.get(i, "PL_POST"));
    }

    /** Rule 454: a placement more than 350 miles from home. */
    private static final java.math.BigDecimal MAX_MILES = java.math.BigDecimal.valueOf(350);


    private static boolean badPostcode(Ssda903Context c, Ssda903Table t, int i, String col) {
        String v = t.get(i, col);
        if (v == null) {
            return false;
        }
        return !POSTCODE.matcher(v.toUpperCase(java.util.Locale.ROOT)).matches()
                || (c.postcodesLoaded() && c.postcodes().locate(v).isEmpty());
    }

    /** Placement types rule 1015 does not judge: adoption and placements with connected people. */
    private static final java.util.Set<String> OWN_AREA_EXEMPT = java.util.Set.of("A3", "A4", "A5", "A6", "U1", "U2",
            "U3", "U4", "U5", "U6");

    static boolean distanceInRange(String value) {
        try {
            java.math.BigDecimal miles = new java.math.BigDecimal(value.strip());
            return miles.signum() >= 0 && miles.compareTo(new java.math.BigDecimal("999.9")) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String normal(String postcode) {
        return postcode == null ? "" : postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
