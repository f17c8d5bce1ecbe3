package org.hearth.identity.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How common each first name and surname is among the records. Agreeing on "Smith" or "Mohammed" says less than
 * agreeing on "Olukotun": an exact agreement's u is the value's own frequency rather than the field's average.
 */
public final class TermFrequencies {
    private final Map<String, Integer> firsts = new HashMap<>();
    private final Map<String, Integer> surnames = new HashMap<>();
    private final int firstTotal;
    private final int surnameTotal;

    public TermFrequencies(List<Standardised> records) {
        int f = 0;
        int s = 0;
        for (Standardised r : records) {
            if (!r.firstWord.isEmpty()) {
                firsts.merge(r.firstWord, 1, Integer::sum);
                f++;
            }
            if (!r.surname.isEmpty()) {
                surnames.merge(r.surname, 1, Integer::sum);
                s++;
            }
        }
        firstTotal = Math.max(1, f);
        surnameTotal = Math.max(1, s);
    }

    /** Share of records (with a first name) whose first name is this one; at least one record's share. */
    public double first(String firstWord) {
        return Math.max(1, firsts.getOrDefault(firstWord, 1)) / (double) firstTotal;
    }

    public double surname(String surname) {
        return Math.max(1, surnames.getOrDefault(surname, 1)) / (double) surnameTotal;
    }
}
