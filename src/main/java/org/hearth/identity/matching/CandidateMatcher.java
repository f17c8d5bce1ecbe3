package org.hearth.identity.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one record (a new child, an imported record, a partner's referral) against the records already known, with
 * the linker's own standardisation, blocking keys, comparison levels and scorer, and a model learnt beforehand
 * ({@link ModelFile}). Only records sharing a blocking key are compared, so a look-up never reads every record.
 * Plain Java; safe to share between threads once built.
 */
public final class CandidateMatcher {
    /** Keys shared by more records than this say too little to compare them all (a surname in one year, say). */
    static final int MAX_KEY = 400;

    /** An existing record (by its index in the list given) and how likely it is the same person. */
    public record Candidate(int index, double probability, int pattern) {
    }

    private final Standardiser standardiser;
    private final Blocker blocker;
    private final List<Standardised> known;
    private final Map<String, List<Integer>> byKey = new HashMap<>();
    private final PairScorer scorer;

    /**
     * @param termFrequencies weigh exact name agreement by how common the name is among {@code existing}: only when
     *                        they are all the records known, not a selection that shares the subject's names
     */
    public CandidateMatcher(List<InputRecord> existing, FellegiSunter model, NameVariants names,
            boolean termFrequencies) {
        this.standardiser = new Standardiser(names);
        this.blocker = new Blocker(names, MAX_KEY, true); // one record looked up: the wide keys too
        List<Standardised> records = new ArrayList<>(existing.size());
        for (int i = 0; i < existing.size(); i++) {
            Standardised s = standardiser.standardise(i, existing.get(i));
            records.add(s);
            for (String key : new LinkedHashSet<>(blocker.keys(s))) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            }
        }
        this.known = List.copyOf(records);
        this.scorer = new PairScorer(new Comparer(names), model, termFrequencies ? new TermFrequencies(records) : null);
    }

    public PairScorer scorer() {
        return scorer;
    }

    public int size() {
        return known.size();
    }

    /** The known records scoring at least {@code floor} against this one, most likely first, at most {@code limit}. */
    public List<Candidate> candidates(InputRecord subject, double floor, int limit) {
        Standardised s = standardiser.standardise(-1, subject);
        Set<Integer> compared = new LinkedHashSet<>();
        for (String key : blocker.keys(s)) {
            List<Integer> members = byKey.get(key);
            if (members != null && members.size() <= MAX_KEY) {
                compared.addAll(members);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int i : compared) {
            Standardised k = known.get(i);
            int pattern = scorer.pattern(s, k);
            double p = scorer.probability(s, k, pattern);
            if (p >= floor) {
                out.add(new Candidate(i, p, pattern));
            }
        }
        out.sort((a, b) -> a.probability() != b.probability() ? Double.compare(b.probability(), a.probability())
                : Integer.compare(a.index(), b.index()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    /** The comparison pattern of two records, for their evidence. */
    public int pattern(InputRecord a, InputRecord b) {
        return scorer.pattern(standardiser.standardise(-1, a), standardiser.standardise(-2, b));
    }

    /** log2 odds that two records are one person (for ordering: unlike the probability, it does not saturate). */
    public double logOdds(InputRecord a, InputRecord b) {
        Standardised x = standardiser.standardise(-1, a);
        Standardised y = standardiser.standardise(-2, b);
        return scorer.logOdds(x, y, scorer.pattern(x, y));
    }

    /** Scores two records directly (for search ranking, where the query is not a whole record). */
    public double score(InputRecord a, InputRecord b) {
        return scorer.probability(standardiser.standardise(-1, a), standardiser.standardise(-2, b));
    }
}
