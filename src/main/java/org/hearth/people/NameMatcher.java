package org.hearth.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a name someone typed matches a person's names, tolerant of the ways people get names wrong: case and
 * accents, familiar forms (Bill for William, Liz for Elizabeth: {@code people/nicknames.tsv}), names that sound
 * alike (Jon and John, Catherine and Katherine: a phonetic key), slips of the keyboard (a letter missed, doubled
 * or two letters swapped: edit distance), and the start of a name. Plain Java, so it can be tested on its own.
 */
public final class NameMatcher {
    static final double EXACT = 1.0;
    static final double NICKNAME = 0.9;
    static final double SOUNDS_ALIKE = 0.8;
    static final double STARTS_WITH = 0.75;
    static final double ONE_SLIP = 0.7;
    static final double TWO_SLIPS = 0.55;
    static final double SIMILAR = 0.5;

    private static final NameMatcher STANDARD = new NameMatcher(load("/people/nicknames.tsv"));

    /** Each name (normalised) and every name it is familiar for or familiar of. */
    private final Map<String, Set<String>> equivalents;

    NameMatcher(Map<String, Set<String>> equivalents) {
        this.equivalents = equivalents;
    }

    public static NameMatcher standard() {
        return STANDARD;
    }

    /**
     * The score of the best reading of the typed words against the person's names: 0 when any typed word matches
     * none of them, otherwise the mean of each word's best match (1 when every word is exactly one of the names).
     */
    public double score(List<String> typedWords, List<String> names) {
        List<String> parts = new ArrayList<>();
        for (String n : names) {
            if (n == null) {
                continue;
            }
            String[] words = n.split("[\\s-]+");
            for (String w : words) {
                String p = normalise(w);
                if (!p.isEmpty()) {
                    parts.add(p);
                }
            }
            if (words.length > 1) {
                parts.add(normalise(n)); // "maryann" for Mary-Ann
            }
        }
        if (typedWords.isEmpty() || parts.isEmpty()) {
            return 0;
        }
        double total = 0;
        for (String typed : typedWords) {
            double best = 0;
            for (String part : parts) {
                best = Math.max(best, wordScore(typed, part));
            }
            if (best == 0) {
                return 0;
            }
            total += best;
        }
        return total / typedWords.size();
    }

    /** How well one typed word matches one name, from 0 (not at all) to 1 (the same name). */
    public double wordScore(String typedWord, String name) {
        String t = normalise(typedWord);
        String n = normalise(name);
        if (t.isEmpty() || n.isEmpty()) {
            return 0;
        }
        if (t.equals(n)) {
            return EXACT;
        }
        if (variants(t).contains(n)) {
            return NICKNAME;
        }
        String tk = phoneticKey(t);
        if (tk.length() >= 2 && tk.equals(phoneticKey(n))) {
            return SOUNDS_ALIKE;
        }
        if (t.length() >= 2 && n.startsWith(t)) {
            return STARTS_WITH;
        }
        int shorter = Math.min(t.length(), n.length());
        int distance = editDistance(t, n);
        if (distance == 1 && shorter >= 3) {
            return ONE_SLIP;
        }
        if (distance == 2 && shorter >= 6) {
            return TWO_SLIPS;
        }
        return trigramSimilarity(t, n) >= 0.5 ? SIMILAR : 0;
    }

    /** The word itself and every name the nickname table says may stand for the same person, normalised. */
    public Set<String> variants(String word) {
        String w = normalise(word);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        out.addAll(equivalents.getOrDefault(w, Set.of()));
        return out;
    }

    /** Lower case, accents off, letters only: "Zoë O'Brien-Smith" becomes "zoeobriensmith". */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder b = new StringBuilder(plain.length());
        for (char c : plain.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A key that names which sound alike share: the first letter (after spelling-only differences such as C/K,
     * PH/F), then the consonant sounds with vowels, H and doubled letters left out. Jon and John give "jn";
     * Catherine, Katherine and Kathryn give "ktrn"; Stephen and Steven give "stfn".
     */
    public static String phoneticKey(String name) {
        String s = normalise(name);
        if (s.isEmpty()) {
            return "";
        }
        if (s.startsWith("kn") || s.startsWith("wr") || s.startsWith("ps")) {
            s = s.substring(1);
        }
        s = s.replace("sch", "sk").replace("tch", "ch").replace("ph", "f").replace("ck", "k").replace("dg", "j")
                .replace("th", "t").replace("gh", "g");
        StringBuilder spoken = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            boolean soft = next == 'e' || next == 'i' || next == 'y';
            switch (c) {
                case 'c' -> spoken.append(soft ? 's' : 'k');
                case 'g' -> spoken.append(soft && i > 0 ? 'j' : 'g');
                case 'q' -> spoken.append('k');
                case 'x' -> spoken.append(i == 0 ? "s" : "ks");
                case 'z' -> spoken.append('s');
                case 'v' -> spoken.append('f');
                case 'y' -> spoken.append('i');
                default -> spoken.append(c);
            }
        }
        StringBuilder key = new StringBuilder().append(spoken.charAt(0));
        char last = spoken.charAt(0);
        for (int i = 1; i < spoken.length(); i++) {
            char c = spoken.charAt(i);
            if (c == last) {
                continue;
            }
            last = c;
            if ("aeiouhw".indexOf(c) < 0 && c != key.charAt(key.length() - 1)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Letters inserted, deleted, changed or two neighbours swapped, counted (optimal string alignment). */
    public static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Shared three-letter runs over all runs (with the word padded at both ends), from 0 to 1. */
    public static double trigramSimilarity(String a, String b) {
        Set<String> x = trigrams(a);
        Set<String> y = trigrams(b);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> either = new HashSet<>(x);
        either.addAll(y);
        return either.isEmpty() ? 0 : (double) both.size() / either.size();
    }

    private static Set<String> trigrams(String s) {
        String padded = "  " + s + " ";
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            out.add(padded.substring(i, i + 3));
        }
        return out;
    }

    /** Reads the nickname table: each line a formal name, a tab, and its familiar forms; all of a line are equivalent. */
    static Map<String, Set<String>> load(String resource) {
        Map<String, Set<String>> out = new HashMap<>();
        try (InputStream in = NameMatcher.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The nickname table " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                List<String> group = new ArrayList<>();
                group.add(normalise(f[0]));
                if (f.length > 1) {
                    for (String n : f[1].split(",")) {
                        if (!normalise(n).isEmpty()) {
                            group.add(normalise(n));
                        }
                    }
                }
                for (String n : group) {
                    Set<String> set = out.computeIfAbsent(n, k -> new LinkedHashSet<>());
                    group.stream().filter(g -> !g.equals(n)).forEach(set::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
