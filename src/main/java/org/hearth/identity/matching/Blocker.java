package org.hearth.identity.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses which pairs to compare, so that linking never compares all pairs: two records are compared when they
 * share at least one blocking key (an identifier, a date of birth, a name with a year of birth, an address...).
 * Each key catches the pairs another key misses: a changed surname still shares the first name and birth month, a
 * mistyped date still shares the surname and address. Keys shared by more than {@code maxBlock} records (a common
 * surname in one year, say) are too unspecific to help and are skipped.
 *
 * <p>Measured on the 52,000-record synthetic set (December 2026): a date of birth alone (about seven children a day)
 * and surname with year of birth brought 465,000 pairs no other key did, of which 67 were linked matches; the date
 * is now keyed with the sex and the first name's initial (a record of unknown sex under both), the surname with
 * year is gone (the surname with day and month, the first name with year and month, and the home still catch those
 * children), the house number and street carry the street type too, and each other given name with the surname is
 * gone (30,000 pairs of its own, no match among them): 911,000 pairs compared became 342,000 and 27 of 50,500
 * linked matches were lost.
 */
public final class Blocker {
    private final NameVariants names;
    private final int maxBlock;
    private final boolean wide;

    public Blocker(NameVariants names, int maxBlock) {
        this(names, maxBlock, false);
    }

    /**
     * @param wide also the broader keys that linking a whole file no longer uses (the date of birth alone, surname
     *             with year of birth, each other given name with the surname, house number and street without the
     *             street type): for looking one record up among those known, where a few more comparisons cost
     *             nothing and a referral may carry only some of the details
     */
    public Blocker(NameVariants names, int maxBlock, boolean wide) {
        this.names = names;
        this.maxBlock = maxBlock;
        this.wide = wide;
    }

    /** The keys of one record; each starts with a letter naming its rule, so keys of two rules never meet. */
    public List<String> keys(Standardised r) {
        List<String> keys = new ArrayList<>(14);
        if (r.nhs.length() >= 6) {
            keys.add("n" + r.nhs);
        }
        if (r.upn.length() >= 6) {
            keys.add("u" + r.upn);
        }
        boolean hasDob = r.dob != Standardised.NO_DATE;
        String first = r.firstWord.isEmpty() ? "" : names.canonical(r.firstWord);
        if (hasDob) {
            // the date with the sex and the first name's initial: records of unknown sex go under both
            String initial = r.firstWord.isEmpty() ? "" : r.firstWord.substring(0, 1);
            if (r.sex != 'F') {
                keys.add("d" + r.dob + "M" + initial);
            }
            if (r.sex != 'M') {
                keys.add("d" + r.dob + "F" + initial);
            }
            if (wide) {
                keys.add("d" + r.dob);
            }
            if (!r.surname.isEmpty()) {
                if (wide) {
                    keys.add("y" + r.surname + "|" + r.dobYear);
                }
                keys.add("m" + r.surname + "|" + r.dobMonth + "-" + r.dobDay);
            }
            if (!first.isEmpty()) {
                keys.add("g" + first + "|" + r.dobYear + "-" + r.dobMonth);
            }
        }
        if (!r.surname.isEmpty()) {
            if (!first.isEmpty()) {
                keys.add("f" + first + "|" + prefix(r.surname, 3));
                keys.add("x" + (first.compareTo(r.surname) < 0 ? first + "|" + r.surname : r.surname + "|" + first));
            }
            if (wide) {
                for (String w : r.givenWords) {
                    if (!w.equals(r.firstWord)) {
                        keys.add("w" + names.canonical(w) + "|" + r.surname);
                    }
                }
            }
            if (!r.postcode.isEmpty()) {
                keys.add("s" + prefix(r.surname, 2) + "|" + r.postcode);
            }
        }
        if (!r.postcode.isEmpty()) {
            keys.add("p" + r.postcode + "|" + r.dobYear);
            if (!first.isEmpty()) {
                keys.add("q" + r.postcode + "|" + prefix(first, 2));
            }
        }
        if (!r.addressNumbers.isEmpty()) {
            keys.add("a" + r.addressNumbers + "|" + streetWord(r) + "|" + r.addressWords[r.addressWords.length - 1]);
            if (wide) {
                keys.add("b" + r.addressNumbers + "|" + streetWord(r));
            }
        }
        return keys;
    }

    /**
     * The {@link #hash}es of {@link #keys}, in the same order, worked out without making the keys' strings (linking a
     * file hashes about fourteen keys per record): the same characters fed to the same hash.
     */
    long[] keyHashes(Standardised r) {
        if (wide) {
            List<String> keys = keys(r);
            long[] h = new long[keys.size()];
            for (int k = 0; k < h.length; k++) {
                h[k] = hash(keys.get(k));
            }
            return h;
        }
        long[] keys = new long[12];
        int n = 0;
        if (r.nhs.length() >= 6) {
            keys[n++] = done(add(add(START, 'n'), r.nhs));
        }
        if (r.upn.length() >= 6) {
            keys[n++] = done(add(add(START, 'u'), r.upn));
        }
        boolean hasDob = r.dob != Standardised.NO_DATE;
        String first = r.firstWord.isEmpty() ? "" : names.canonical(r.firstWord);
        if (hasDob) {
            long d = add(add(START, 'd'), r.dob);
            if (r.sex != 'F') {
                long k = add(d, 'M');
                keys[n++] = done(r.firstWord.isEmpty() ? k : add(k, r.firstWord.charAt(0)));
            }
            if (r.sex != 'M') {
                long k = add(d, 'F');
                keys[n++] = done(r.firstWord.isEmpty() ? k : add(k, r.firstWord.charAt(0)));
            }
            if (!r.surname.isEmpty()) {
                keys[n++] = done(add(add(add(add(add(START, 'm'), r.surname), '|'), r.dobMonth), '-'), r.dobDay);
            }
            if (!first.isEmpty()) {
                keys[n++] = done(add(add(add(add(add(START, 'g'), first), '|'), r.dobYear), '-'), r.dobMonth);
            }
        }
        if (!r.surname.isEmpty()) {
            if (!first.isEmpty()) {
                keys[n++] = done(add(add(add(START, 'f'), first), '|'), r.surname, 3);
                boolean firstFirst = first.compareTo(r.surname) < 0;
                keys[n++] = done(add(add(add(add(START, 'x'), firstFirst ? first : r.surname), '|'),
                        firstFirst ? r.surname : first));
            }
            if (!r.postcode.isEmpty()) {
                keys[n++] = done(add(add(add(START, 's'), r.surname, 2), '|'), r.postcode);
            }
        }
        if (!r.postcode.isEmpty()) {
            keys[n++] = done(add(add(add(add(START, 'p'), r.postcode), '|'), r.dobYear));
            if (!first.isEmpty()) {
                keys[n++] = done(add(add(add(START, 'q'), r.postcode), '|'), first, 2);
            }
        }
        if (!r.addressNumbers.isEmpty()) {
            keys[n++] = done(add(add(add(add(add(add(START, 'a'), r.addressNumbers), '|'), streetWord(r)), '|'),
                    r.addressWords[r.addressWords.length - 1]));
        }
        return java.util.Arrays.copyOf(keys, n);
    }

    private static final long START = 0xcbf29ce484222325L;

    /** FNV-1a of one more character. */
    private static long add(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    private static long add(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** The first {@code n} characters of s at most (as {@link #prefix}). */
    private static long add(long h, String s, int n) {
        for (int i = 0, to = Math.min(n, s.length()); i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** The characters of {@link Integer#toString(int)}. */
    private static long add(long h, int v) {
        if (v < 0) {
            h = add(h, '-');
            if (v == Integer.MIN_VALUE) {
                return add(h, "2147483648");
            }
            v = -v;
        }
        int p = 1;
        while (p <= v / 10) {
            p *= 10;
        }
        for (; p > 0; p /= 10) {
            h = add(h, (char) ('0' + v / p % 10));
        }
        return h;
    }

    private static long done(long h, String s) {
        return done(add(h, s));
    }

    private static long done(long h, String s, int n) {
        return done(add(h, s, n));
    }

    private static long done(long h, int v) {
        return done(add(h, v));
    }

    /** The mixing at the end of {@link #hash}. */
    private static long done(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static String prefix(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    private static String streetWord(Standardised r) {
        for (String w : r.addressWords) {
            if (!Character.isDigit(w.charAt(0)) && !w.equals("flat") && w.length() > 1) {
                return prefix(w, 4);
            }
        }
        return "";
    }

    /**
     * Every pair of records sharing a key, each once, sorted. Each record's keys become 64-bit hashes (worked out on
     * every core for many records), each hash's low bits replaced by the record's index; sorting these brings each
     * block's records together in record order, with no map and no per-key objects. Two different keys whose hashes
     * agree above the index bits (for 52,000 records, 48 bits: about one chance in a thousand in a run) would share a
     * block: a few more pairs compared, never one missed.
     */
    public long[] candidatePairs(List<Standardised> records) {
        int n = records.size();
        if (n < 2) {
            return new long[0];
        }
        long[][] keysOf = new long[n][];
        java.util.stream.IntStream all = java.util.stream.IntStream.range(0, n);
        (n > 2_000 ? all.parallel() : all).forEach(i -> keysOf[i] = keyHashes(records.get(i)));
        int bits = 64 - Long.numberOfLeadingZeros(n - 1);
        long low = (1L << bits) - 1;
        int total = 0;
        for (long[] h : keysOf) {
            total += h.length;
        }
        long[] entries = new long[total];
        for (int i = 0, e = 0; i < n; i++) {
            for (long h : keysOf[i]) {
                entries[e++] = (h & ~low) | records.get(i).index;
            }
        }
        sortByKey(entries, bits);
        long[] pairs = new long[Math.max(16, n * 4)];
        int count = 0;
        int[] members = new int[maxBlock + 1];
        for (int start = 0; start < total; ) {
            long key = entries[start] & ~low;
            int end = start;
            int size = 0;
            while (end < total && (entries[end] & ~low) == key) {
                // a record's two keys of one rule can coincide: the same entry twice
                if (end == start || entries[end] != entries[end - 1]) {
                    if (size <= maxBlock) {
                        members[size] = (int) (entries[end] & low);
                    }
                    size++;
                }
                end++;
            }
            if (size >= 2 && size <= maxBlock) {
                int more = size * (size - 1) / 2;
                if (count + more > pairs.length) {
                    pairs = java.util.Arrays.copyOf(pairs, Math.max(pairs.length * 2, count + more));
                }
                for (int i = 0; i < size; i++) {
                    for (int j = i + 1; j < size; j++) {
                        pairs[count++] = PairSet.pack(members[i], members[j]);
                    }
                }
            }
            start = end;
        }
        return sortedUnique(pairs, count, n);
    }

    /**
     * Sorts the entries (key hash above the index bits, record index below): a counting sort on the hash's top bits
     * into buckets of a few entries each, then each bucket sorted on its own; the same order as sorting the whole
     * array, for a fraction of the work.
     */
    static void sortByKey(long[] entries, int indexBits) {
        int total = entries.length;
        int bucketBits = Math.max(4, Math.min(Math.min(24, 64 - indexBits),
                32 - Integer.numberOfLeadingZeros(Math.max(1, total / 4))));
        int shift = 64 - bucketBits;
        int[] start = new int[(1 << bucketBits) + 1];
        for (long e : entries) {
            start[(int) (e >>> shift) + 1]++;
        }
        for (int b = 0; b < 1 << bucketBits; b++) {
            start[b + 1] += start[b];
        }
        long[] sorted = new long[total];
        int[] next = java.util.Arrays.copyOf(start, start.length);
        for (long e : entries) {
            sorted[next[(int) (e >>> shift)]++] = e;
        }
        for (int b = 0; b < 1 << bucketBits; b++) {
            if (start[b + 1] - start[b] > 1) {
                java.util.Arrays.sort(sorted, start[b], start[b + 1]);
            }
        }
        System.arraycopy(sorted, 0, entries, 0, total);
    }

    /**
     * The first {@code count} packed pairs (left below right) sorted, each once: a counting sort on the left record,
     * then each record's few right partners sorted and repeats dropped.
     */
    static long[] sortedUnique(long[] pairs, int count, int n) {
        int[] start = new int[n + 1];
        for (int k = 0; k < count; k++) {
            start[PairSet.left(pairs[k]) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] rights = new int[count];
        int[] next = java.util.Arrays.copyOf(start, n);
        for (int k = 0; k < count; k++) {
            rights[next[PairSet.left(pairs[k])]++] = PairSet.right(pairs[k]);
        }
        int unique = 0;
        for (int i = 0; i < n; i++) {
            int from = start[i];
            int to = start[i + 1];
            if (to - from > 1) {
                java.util.Arrays.sort(rights, from, to);
            }
            for (int k = from; k < to; k++) {
                if (k == from || rights[k] != rights[k - 1]) {
                    pairs[unique++] = PairSet.pack(i, rights[k]);
                }
            }
        }
        return java.util.Arrays.copyOf(pairs, unique);
    }

    /** A 64-bit hash of a key (FNV-1a over its characters, then mixed so that every bit depends on every character). */
    static long hash(String key) {
        return done(add(START, key));
    }
}
