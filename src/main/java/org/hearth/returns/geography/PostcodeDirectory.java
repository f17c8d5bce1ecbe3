package org.hearth.returns.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.zip.GZIPInputStream;

/**
 * Postcode to OS grid point and local authority, from the ONS postcode directory: what the 903 derives from HOME_POST
 * and PL_POST (placement distance, placement LA, placement location). The one place Hearth reads the ONS file and
 * applies the DfE's distance formula, used by the 903 export and by the 903 rules.
 *
 * <p>The ONS directory has about 2.7 million postcodes, so it is held compactly: each postcode is encoded as a long
 * (its 7-character padded form in base 37) in one sorted array, and its easting, northing and district index are
 * packed into a parallel long. That is 16 bytes a postcode, about 45 MB for the whole directory ({@link #standard()},
 * read once and shared, as the export uses it), or a few kilobytes for just the postcodes of one return
 * ({@link #forPostcodes}, as validation uses it: a pass over the file that keeps only those). Tests build a small
 * directory from a fixture with {@link #load}.
 */
public final class PostcodeDirectory {
    static final String STANDARD_POSTCODES = "reference/geography/onspd-2025-11-postcodes.csv.gz";
    static final String STANDARD_LTLA_UTLA = "reference/geography/ltla-2021-to-utla-2021.csv";
    private static final double METRES_PER_MILE = 1609.344;
    private static final int INDEX_BITS = 22; // room for 4 million rows while sorting
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private static final PostcodeDirectory NONE = new PostcodeDirectory(new long[0], new long[0], new String[0], Map.of());

    /** The whole shipped directory once it has been read, so later look-ups need not read the file again. */
    private static volatile PostcodeDirectory standardLoaded;

    private final long[] keys;
    private final long[] points;
    private final String[] districts;
    private final Map<String, String> upperTier;

    /** A grid point in metres on the OS National Grid, and the lower-tier LA (district) the postcode is in. */
    public record GridPoint(int easting, int northing, String district) {}

    private PostcodeDirectory(long[] keys, long[] points, String[] districts, Map<String, String> upperTier) {
        this.keys = keys;
        this.points = points;
        this.districts = districts;
        this.upperTier = upperTier;
    }

    /** A directory that knows no postcodes: distances and placement LAs come out blank. */
    public static PostcodeDirectory none() {
        return NONE;
    }

    /** The whole ONS directory shipped with Hearth, read from the classpath on first use and then shared. */
    public static PostcodeDirectory standard() {
        return Standard.INSTANCE;
    }

    /**
     * The shipped directory restricted to the given postcodes (any spacing or case; nulls ignored): one pass over the
     * file keeping only those, so memory stays small. If the whole directory is already in memory it is used as is.
     */
    public static PostcodeDirectory forPostcodes(Collection<String> postcodes) {
        PostcodeDirectory whole = standardLoaded;
        if (whole != null) {
            return whole;
        }
        long[] wanted = postcodes.stream().mapToLong(PostcodeDirectory::encode).filter(k -> k >= 0).sorted()
                .distinct().toArray();
        if (wanted.length == 0) {
            return NONE;
        }
        return readShipped(key -> Arrays.binarySearch(wanted, key) >= 0);
    }

    /** Holds the whole directory, read when {@link #standard()} is first called (not by {@link #forPostcodes}). */
    private static final class Standard {
        static final PostcodeDirectory INSTANCE = loadWhole();

        private static PostcodeDirectory loadWhole() {
            PostcodeDirectory d = readShipped(key -> true);
            standardLoaded = d;
            return d;
        }
    }

    private static PostcodeDirectory readShipped(LongPredicate wanted) {
        try (InputStream gz = resource(STANDARD_POSTCODES); InputStream lookup = resource(STANDARD_LTLA_UTLA)) {
            return load(new GZIPInputStream(gz, 1 << 16), lookup, wanted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the postcode directory", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = PostcodeDirectory.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    /**
     * Reads a directory from CSV {@code postcode,easting,northing,lad} and a lookup
     * {@code ltla_code,ltla_name,utla_code,utla_name}. Rows without a grid reference (e.g. postcodes with no fix)
     * are skipped: they cannot give a distance.
     */
    public static PostcodeDirectory load(InputStream postcodes, InputStream ltlaToUtla) throws IOException {
        return load(postcodes, ltlaToUtla, key -> true);
    }

    /** As {@link #load(InputStream, InputStream)}, keeping only the postcodes whose {@link #encode key} is wanted. */
    static PostcodeDirectory load(InputStream postcodes, InputStream ltlaToUtla, LongPredicate wanted)
            throws IOException {
        Map<String, String> upper = new HashMap<>();
        try (BufferedReader r = reader(ltlaToUtla)) {
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f.length >= 3 && !f[0].isBlank()) {
                    upper.put(f[0].trim(), f[2].trim());
                }
            }
        }
        Map<String, Integer> districtIndex = new HashMap<>();
        List<String> districtNames = new ArrayList<>();
        long[] sortable = new long[1 << 10];
        long[] packed = new long[1 << 10];
        int n = 0;
        try (BufferedReader r = reader(postcodes)) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                int c1 = line.indexOf(',');
                if (c1 < 0) {
                    continue;
                }
                long key = encode(line, 0, c1);
                if (key < 0 || !wanted.test(key)) {
                    continue; // decided before splitting the line: most lines are not wanted when filtering
                }
                String[] f = line.split(",", -1);
                if (f.length < 4 || f[1].isBlank() || f[2].isBlank()) {
                    continue;
                }
                int easting = metres(f[1]);
                int northing = metres(f[2]);
                if (easting < 0 || easting >= (1 << 20) || northing < 0 || northing >= (1 << 21)) {
                    continue;
                }
                String lad = f[3].trim();
                Integer d = districtIndex.get(lad);
                if (d == null) {
                    d = districtNames.size();
                    if (d >= (1 << 10)) {
                        throw new IllegalStateException("more than 1024 districts in the postcode directory");
                    }
                    districtIndex.put(lad, d);
                    districtNames.add(lad);
                }
                if (n == sortable.length) {
                    sortable = Arrays.copyOf(sortable, n * 2);
                    packed = Arrays.copyOf(packed, n * 2);
                }
                if (n > INDEX_MASK) {
                    throw new IllegalStateException("too many postcodes for the directory's index");
                }
                sortable[n] = (key << INDEX_BITS) | n;
                packed[n] = ((long) easting << 31) | ((long) northing << 10) | d;
                n++;
            }
        }
        // Sort key and row together in one long, so no boxed comparator over millions of rows.
        long[] order = Arrays.copyOf(sortable, n);
        Arrays.sort(order);
        long[] keys = new long[n];
        long[] points = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            long key = order[i] >>> INDEX_BITS;
            if (m > 0 && keys[m - 1] == key) {
                continue; // a postcode listed twice: keep the first
            }
            keys[m] = key;
            points[m] = packed[(int) (order[i] & INDEX_MASK)];
            m++;
        }
        return new PostcodeDirectory(Arrays.copyOf(keys, m), Arrays.copyOf(points, m),
                districtNames.toArray(String[]::new), Map.copyOf(upper));
    }

    /** A grid coordinate in whole metres (the ONS gives whole metres; a decimal is truncated); -1 if unreadable. */
    private static int metres(String text) {
        String t = text.trim();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            try {
                return (int) Double.parseDouble(t);
            } catch (NumberFormatException e2) {
                return -1;
            }
        }
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    public int size() {
        return keys.length;
    }

    public Optional<GridPoint> locate(String postcode) {
        long key = encode(postcode);
        if (key < 0) {
            return Optional.empty();
        }
        int i = Arrays.binarySearch(keys, key);
        if (i < 0) {
            return Optional.empty();
        }
        long p = points[i];
        return Optional.of(new GridPoint((int) (p >>> 31), (int) ((p >>> 10) & ((1 << 21) - 1)),
                districts[(int) (p & 1023)]));
    }

    /**
     * The upper-tier LA (county or unitary: the children's services authority) of a postcode. A district missing
     * from the 2021 lookup (Wales, Scotland, a later reorganisation) is its own upper tier, as unitary authorities
     * are.
     */
    public Optional<String> upperTierLa(String postcode) {
        return locate(postcode).map(g -> upperTier.getOrDefault(g.district(), g.district()));
    }

    /**
     * The 903's placement location: IN when the placement postcode lies in the returning LA (its ONS code), OUT when
     * elsewhere; empty when the postcode is unknown or the LA not given.
     */
    public Optional<String> placementLocation(String placementPostcode, String ownLa) {
        if (ownLa == null) {
            return Optional.empty();
        }
        return upperTierLa(placementPostcode).map(la -> la.equals(ownLa) ? "IN" : "OUT");
    }

    /**
     * The DfE's placement distance: straight-line miles between two postcodes' grid points, to one decimal place
     * (half up). The grid is in metres, so Pythagoras on the eastings and northings, then metres to miles. Empty if
     * either postcode is unknown.
     */
    public Optional<BigDecimal> miles(String from, String to) {
        Optional<GridPoint> a = locate(from);
        Optional<GridPoint> b = locate(to);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        double dx = a.get().easting() - b.get().easting();
        double dy = a.get().northing() - b.get().northing();
        double miles = Math.sqrt(dx * dx + dy * dy) / METRES_PER_MILE;
        return Optional.of(BigDecimal.valueOf(miles).setScale(1, RoundingMode.HALF_UP));
    }

    /**
     * A postcode as a number: outward code padded to four characters, then the three-character inward code, in
     * base 37 (space, digits, letters). Spacing and case do not matter. Negative if it is not shaped like a postcode.
     */
    static long encode(String postcode) {
        return postcode == null ? -1 : encode(postcode, 0, postcode.length());
    }

    /** As {@link #encode(String)} for {@code text[from, to)}, without making a string (run on every line of the file). */
    static long encode(String text, int from, int to) {
        char[] c = new char[7];
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == ' ') {
                continue;
            }
            if (n == 7) {
                return -1;
            }
            c[n++] = ch >= 'a' && ch <= 'z' ? (char) (ch - 32) : ch;
        }
        if (n < 5) {
            return -1;
        }
        long key = 0;
        int outward = n - 3;
        for (int i = 0; i < 7; i++) {
            // Positions 0-3 are the outward code padded with spaces; 4-6 the inward code.
            char ch = i < 4 ? (i < outward ? c[i] : ' ') : c[outward + i - 4];
            int v;
            if (ch == ' ') {
                v = 0;
            } else if (ch >= '0' && ch <= '9') {
                v = 1 + (ch - '0');
            } else if (ch >= 'A' && ch <= 'Z') {
                v = 11 + (ch - 'A');
            } else {
                return -1;
            }
            key = key * 37 + v;
        }
        return key;
    }
}
