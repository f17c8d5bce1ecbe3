package org.hearth.returns.ssda903;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The postcodes of one return looked up in the ONS postcode directory (grid reference and local authority), for the
 * rules on placement distance and placement LA, which the DfE derives from HOME_POST and PL_POST. Only the
 * postcodes asked for are kept, so memory stays small; reading the whole directory takes about a second, which is
 * why validation uses it only when asked to.
 */
public final class PostcodeDirectory {
    private static final String ONSPD = "/reference/geography/onspd-2025-11-postcodes.csv.gz";
    private static final String LTLA_TO_UTLA = "/reference/geography/ltla-2021-to-utla-2021.csv";
    private static final double METRES_PER_MILE = 1609.344;

    /** A postcode's grid reference (metres) and the upper-tier (children's services) local authority code. */
    public record Place(int easting, int northing, String la) {}

    private final Map<String, Place> places;

    PostcodeDirectory(Map<String, Place> places) {
        this.places = places;
    }

    /** Looks up the given postcodes (any spacing or case). */
    public static PostcodeDirectory forPostcodes(Collection<String> postcodes) {
        Set<String> wanted = new HashSet<>();
        for (String p : postcodes) {
            if (p != null) {
                wanted.add(normal(p));
            }
        }
        Map<String, String> upperTier = upperTier();
        Map<String, Place> found = new HashMap<>();
        try (InputStream raw = PostcodeDirectory.class.getResourceAsStream(ONSPD)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + ONSPD);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                    StandardCharsets.US_ASCII), 1 << 16);
            in.readLine(); // postcode,easting,northing,lad
            String line;
            while ((line = in.readLine()) != null) {
                int c1 = line.indexOf(',');
                if (c1 < 0) {
                    continue;
                }
                String key = normal(line.substring(0, c1));
                if (!wanted.contains(key)) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length < 4 || f[1].isEmpty() || f[2].isEmpty()) {
                    continue; // no grid reference: as good as unknown
                }
                String lad = f[3];
                found.put(key, new Place((int) Double.parseDouble(f[1]), (int) Double.parseDouble(f[2]),
                        upperTier.getOrDefault(lad, lad)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PostcodeDirectory(found);
    }

    private static Map<String, String> upperTier() {
        Map<String, String> map = new HashMap<>();
        try (InputStream raw = PostcodeDirectory.class.getResourceAsStream(LTLA_TO_UTLA)) {
            if (raw == null) {
                return map;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f.length >= 3) {
                    map.put(f[0], f[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    static String normal(String postcode) {
        StringBuilder b = new StringBuilder(8);
        for (int i = 0; i < postcode.length(); i++) {
            char ch = postcode.charAt(i);
            if (ch != ' ') {
                b.append(Character.toUpperCase(ch));
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    /** The place of a postcode, or null when blank or not in the directory. */
    public Place find(String postcode) {
        return postcode == null ? null : places.get(normal(postcode));
    }

    /** Straight-line distance in miles, to one decimal place, or null when either postcode is unknown. */
    public Double miles(String from, String to) {
        Place a = find(from);
        Place b = find(to);
        if (a == null || b == null) {
            return null;
        }
        double metres = Math.hypot(a.easting() - b.easting(), a.northing() - b.northing());
        return Math.round(metres / METRES_PER_MILE * 10) / 10.0;
    }
}
