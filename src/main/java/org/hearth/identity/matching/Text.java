package org.hearth.identity.matching;

import java.text.Normalizer;

/** String helpers for matching: folding to plain lower-case letters, and the two similarity measures used. */
public final class Text {
    private Text() {
    }

    /**
     * Lower case, accents removed (é→e, ı→i, ø→o, ß→ss), apostrophes dropped (O'Kennedy→okennedy), every other
     * non-letter non-digit (hyphens, dots, commas) a single space, trimmed.
     */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        String n = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = true; // collapses runs and drops leading spaces
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            String out = null;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
                space = false;
                continue;
            } else if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + 32));
                space = false;
                continue;
            } else if (c == '\'' || c == '\u2019' || c == '`') {
                continue;
            } else if (c < 128) {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case '\u0131' -> out = "i"; // dotless i
                case '\u0142', '\u0141' -> out = "l";
                case '\u00f8', '\u00d8' -> out = "o";
                case '\u00df' -> out = "ss";
                case '\u00e6', '\u00c6' -> out = "ae";
                case '\u0153', '\u0152' -> out = "oe";
                case '\u0111', '\u0110', '\u00f0', '\u00d0' -> out = "d";
                case '\u00fe', '\u00de' -> out = "th";
                default -> {
                    if (Character.isLetterOrDigit(c)) {
                        out = String.valueOf(Character.toLowerCase(c));
                    }
                }
            }
            if (out != null) {
                b.append(out);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == ' ') {
            b.setLength(len - 1);
        }
        return b.toString();
    }

    /** The characters of s as a set: a bit for each letter a–z and digit, and one for any other character. */
    public static long charSet(String s) {
        long set = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            set |= c >= 'a' && c <= 'z' ? 1L << (c - 'a') : c >= '0' && c <= '9' ? 1L << (26 + c - '0') : 1L << 63;
        }
        return set;
    }

    /**
     * Whether {@link #jaroWinkler}{@code (a, b)} could reach {@code at}, from a bound that costs no character
     * comparisons: a character of the shorter string that never occurs in the other cannot match, and no
     * transpositions is the best case. False means the similarity is certainly below {@code at}; true, that it
     * must be computed. {@code aChars}/{@code bChars} are the strings' {@link #charSet}s.
     */
    public static boolean jaroWinklerMayReach(String a, long aChars, String b, long bChars, double at) {
        return jaroWinklerMayReach(a.length(), aChars, prefix4(a), b.length(), bChars, prefix4(b), at);
    }

    /** The first four characters of s (fewer when shorter), 16 bits each, the first lowest. */
    static long prefix4(String s) {
        long p = 0;
        for (int i = 0, n = Math.min(4, s.length()); i < n; i++) {
            p |= (long) s.charAt(i) << (16 * i);
        }
        return p;
    }

    /**
     * As {@link #jaroWinklerMayReach(String, long, String, long, double)}, from the strings' lengths, character sets
     * and {@link #prefix4}es alone: no visit to their characters.
     */
    static boolean jaroWinklerMayReach(int la, long aChars, long aPrefix, int lb, long bChars, long bPrefix,
            double at) {
        if (la == 0 || lb == 0) {
            return at <= 0;
        }
        boolean aShorter = la <= lb;
        long unmatched = aShorter ? aChars & ~bChars : bChars & ~aChars;
        int m = Math.min(la, lb) - Long.bitCount(unmatched);
        if (m <= 0) {
            return at <= 0;
        }
        double jaro = ((double) m / la + (double) m / lb + 1.0) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(la, lb))
                && (aPrefix >>> (16 * i) & 0xFFFF) == (bPrefix >>> (16 * i) & 0xFFFF); i++) {
            prefix++;
        }
        // a margin far above rounding error: near the line, compute the real thing
        return jaro + prefix * 0.1 * (1 - jaro) >= at - 1e-9;
    }

    /** Jaro–Winkler similarity in [0, 1] (prefix scale 0.1, up to four characters). */
    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0 : 1;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        long usedB = 0; // names are short; longer strings fall back to arrays
        boolean[] usedArr = lb > 64 ? new boolean[lb] : null;
        long matchedBits = 0;
        boolean[] matchedA = la > 64 ? new boolean[la] : null;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            char c = a.charAt(i);
            for (int j = from; j <= to; j++) {
                boolean used = usedArr != null ? usedArr[j] : (usedB & (1L << j)) != 0;
                if (!used && b.charAt(j) == c) {
                    if (usedArr != null) {
                        usedArr[j] = true;
                    } else {
                        usedB |= 1L << j;
                    }
                    if (matchedA != null) {
                        matchedA[i] = true;
                    } else {
                        matchedBits |= 1L << i;
                    }
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if (!(matchedA != null ? matchedA[i] : (matchedBits & (1L << i)) != 0)) {
                continue;
            }
            while (!(usedArr != null ? usedArr[j] : (usedB & (1L << j)) != 0)) {
                j++;
            }
            if (a.charAt(i) != b.charAt(j)) {
                transpositions++;
            }
            j++;
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(la, lb)) && a.charAt(i) == b.charAt(i); i++) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /**
     * Whether {@link #editDistance}{@code (a, b, 1) <= 1}, in one pass without allocating: equal, or one character
     * substituted, inserted or deleted, or two neighbours swapped.
     */
    public static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == lb) {
            int i = 0;
            while (i < la && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            if (i >= la - 1) {
                return true; // equal, or only the last character differs
            }
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // one substitution
            }
            return a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2); // neighbours swapped
        }
        if (la == lb + 1 || lb == la + 1) {
            String longer = la > lb ? a : b;
            String shorter = la > lb ? b : a;
            int ls = shorter.length();
            int i = 0;
            while (i < ls && shorter.charAt(i) == longer.charAt(i)) {
                i++;
            }
            return shorter.regionMatches(i, longer, i + 1, ls - i); // one character more
        }
        return false;
    }

    /**
     * Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one each (optimal
     * string alignment), stopping early once it exceeds {@code max}: then {@code max + 1}.
     */
    public static int editDistance(String a, String b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        int[] prev2 = new int[lb + 1];
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[lb], max + 1);
    }
}
