package org.hearth.identity.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses which pairs to compare, so that linking never compares all pairs: two records are compared when they
 * share at least one blocking key (an identifier, a date of birth, a name with a year of birth, an address...).
 * Each key catches the pairs another key misses: a changed surname still shares the first name and birth month, a
 * mistyped date still shares the surname and address. Keys shared by more than {@code maxBlock} records (a common
 * surname in one year, say) are too unspecific to help and are skipped.
 */
public final class Blocker {
    private final NameVariants names;
    private final int maxBlock;

    public Blocker(NameVariants names, int maxBlock) {
        this.names = names;
        this.maxBlock = maxBlock;
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
            keys.add("d" + r.dob);
            if (!r.surname.isEmpty()) {
                keys.add("y" + r.surname + "|" + r.dobYear);
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
            for (String w : r.givenWords) {
                if (!w.equals(r.firstWord)) {
                    keys.add("w" + names.canonical(w) + "|" + r.surname);
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
            keys.add("a" + r.addressNumbers + "|" + streetWord(r));
        }
        return keys;
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

    /** Every pair of records sharing a key, each once, sorted. */
    public long[] candidatePairs(List<Standardised> records) {
        Map<String, int[]> blocks = new HashMap<>(records.size() * 8);
        // each record's keys are its own work (on every core for many records); the blocks are then filled in
        // record order, as before
        @SuppressWarnings("unchecked")
        List<String>[] keysOf = new List[records.size()];
        java.util.stream.IntStream all = java.util.stream.IntStream.range(0, records.size());
        (records.size() > 2_000 ? all.parallel() : all).forEach(i -> keysOf[i] = keys(records.get(i)));
        for (int i = 0; i < records.size(); i++) {
            Standardised r = records.get(i);
            for (String key : keysOf[i]) {
                int[] members = blocks.get(key);
                if (members == null) {
                    blocks.put(key, new int[] {1, r.index, 0, 0});
                } else {
                    int n = members[0];
                    if (n > maxBlock) {
                        continue;
                    }
                    if (n + 1 >= members.length) {
                        members = java.util.Arrays.copyOf(members, members.length * 2);
                        blocks.put(key, members);
                    }
                    if (members[n] != r.index) { // a record's two keys of one rule can coincide
                        members[n + 1] = r.index;
                        members[0] = n + 1;
                    }
                }
            }
        }
        PairSet pairs = new PairSet(records.size() * 16);
        for (int[] members : blocks.values()) {
            int n = members[0];
            if (n < 2 || n > maxBlock) {
                continue;
            }
            for (int i = 1; i <= n; i++) {
                for (int j = i + 1; j <= n; j++) {
                    if (members[i] != members[j]) {
                        pairs.add(members[i], members[j]);
                    }
                }
            }
        }
        return pairs.toSortedArray();
    }
}
