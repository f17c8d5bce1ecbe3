package org.hearth.identity.matching;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Equal texts as one String within one link run: the records' names, postcodes, addresses and their words, shared
 * rather than copied once per record. Two records compared then usually agree by reference (String.equals returns at
 * once, with no visit to the other record's characters, which are rarely in the processor's cache), and the many
 * records hold fewer objects for the collector to copy. Only identity changes, never a text, so every comparison
 * gives what it gives without the pool. Safe from every thread.
 */
final class Pool {
    private final ConcurrentHashMap<String, String> texts;

    Pool(int expectedRecords) {
        texts = new ConcurrentHashMap<>(Math.max(16, expectedRecords * 4));
    }

    /** The run's one String equal to s (s itself the first time it is seen). */
    String of(String s) {
        if (s.isEmpty()) {
            return "";
        }
        String known = texts.get(s);
        if (known != null) {
            return known;
        }
        known = texts.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** The array with each word replaced by the run's one String equal to it (in place). */
    String[] of(String[] words) {
        for (int i = 0; i < words.length; i++) {
            words[i] = of(words[i]);
        }
        return words;
    }
}
