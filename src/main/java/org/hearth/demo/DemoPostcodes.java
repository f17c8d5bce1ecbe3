package org.hearth.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Postcodes and Ofsted URNs for the demo authority's synthetic addresses and placements. The postcodes are real ones
 * from the ONS directory Hearth ships ({@code demo/postcodes.csv}: the children's homes and placements inside the
 * council's area are in Leeds, those outside in neighbouring and further LAs), so the 903's placement distance and
 * placement LA can be derived for the demo as for a council's own data. Only the postcode is real; the house numbers
 * and streets are made up.
 */
final class DemoPostcodes {
    /** The council's own fostering service and adoption agency (made up). */
    static final String OWN_SERVICE_URN = "SC900001";
    /** Independent fostering and voluntary adoption agencies the council uses (made up). */
    private static final String[] AGENCY_URNS = {"SC900101", "SC900102", "SC900103", "SC900104", "SC900105"};

    private static final List<String> INSIDE = new ArrayList<>();
    private static final List<String> OUTSIDE = new ArrayList<>();

    static {
        InputStream in = DemoPostcodes.class.getResourceAsStream("/demo/postcodes.csv");
        if (in == null) {
            throw new IllegalStateException("missing resource demo/postcodes.csv");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("postcode,")) {
                    continue;
                }
                String[] f = line.split(",");
                (f[1].trim().equals("IN") ? INSIDE : OUTSIDE).add(f[0].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo/postcodes.csv", e);
        }
        if (INSIDE.isEmpty() || OUTSIDE.isEmpty()) {
            throw new IllegalStateException("demo/postcodes.csv needs postcodes both IN and OUT of the area");
        }
    }

    private DemoPostcodes() {}

    /**
     * A home postcode in the council's area, chosen by a non-negative random number. Homes and placements inside the
     * area take alternate postcodes of the list, so a placement is never at the child's home postcode (903 rule
     * 392d: only a placement with parents may be).
     */
    static String inside(int draw) {
        return INSIDE.get(2 * (draw % (INSIDE.size() / 2)));
    }

    /** A placement's postcode in the council's area, never a home's (see {@link #inside}). */
    static String insidePlacement(int draw) {
        return INSIDE.get(2 * (draw % (INSIDE.size() / 2)) + 1);
    }

    /** A postcode in another LA, chosen by a non-negative random number. */
    static String outside(int draw) {
        return OUTSIDE.get(draw % OUTSIDE.size());
    }

    /** An agency's URN for a placement starting on the day (no random draw, so the demo's seeds keep). */
    static String agencyUrn(LocalDate start) {
        return AGENCY_URNS[(int) Math.floorMod(start.toEpochDay(), (long) AGENCY_URNS.length)];
    }
}
