package org.hearth.audit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which entry numbers the sealer's next run must look at: every number above the highest sealed ({@link #head}), and
 * the few at or below it that were not committed when a run passed them ({@link #gaps}): an entry still in flight
 * (numbered, its transaction not yet committed) or a number never used (a rolled-back transaction). Each gap is asked
 * for by its number for {@code stragglerSeconds}, then left to the periodic full scan.
 *
 * <p>Why: the sealer runs twice a second. Scanning a range of numbers instead (everything numbered in the last
 * minute, to catch stragglers) read each entry about 120 times before it left the range: 0.7 ms of PostgreSQL a
 * child record request and 1.8 ms a My work request (18 entries each) on the demo (docs/performance.md, session 11),
 * where asking for what is new and for the handful of missing numbers reads each entry once.
 */
final class SealScan {
    private final long stragglerSeconds;
    private final int maxGaps;
    private boolean known;
    private long head;
    /** Number → the second it was first found missing. */
    private final TreeMap<Long, Long> gaps = new TreeMap<>();

    SealScan(long stragglerSeconds, int maxGaps) {
        this.stragglerSeconds = stragglerSeconds;
        this.maxGaps = maxGaps;
    }

    /** Whether a full scan has told where the chain stands; until then the sealer scans by range. */
    boolean known() {
        return known;
    }

    /** The highest entry number sealed: every higher number is new. */
    long head() {
        return head;
    }

    /** The numbers at or below the head still to look for, lowest first. */
    Long[] gaps() {
        return gaps.keySet().toArray(Long[]::new);
    }

    /** The lowest number the next run asks for. */
    long lowest() {
        return gaps.isEmpty() ? head + 1 : gaps.firstKey();
    }

    /**
     * After a full scan: everything committed is sealed up to {@code head}; {@code unsealed} are the numbers near the
     * head that were not (in flight, or never used).
     */
    void reset(long head, Collection<Long> unsealed, long nowSeconds) {
        this.known = true;
        this.head = head;
        gaps.clear();
        for (Long n : unsealed) {
            if (n <= head) {
                gaps.put(n, nowSeconds);
            }
        }
        trim(nowSeconds);
    }

    /**
     * After a run that sealed {@code sealed} (numbers, in any order): those are no longer gaps; the numbers between
     * the old head and the highest sealed that were not among them become gaps; gaps older than the straggler period
     * are dropped, and beyond {@code maxGaps} the lowest are (the full scan finds them).
     */
    void sealed(Collection<Long> sealed, long nowSeconds) {
        Set<Long> now = new HashSet<>(sealed);
        long highest = head;
        for (Long n : now) {
            gaps.remove(n);
            highest = Math.max(highest, n);
        }
        // From the top down, so that when more are missing than can be kept, the newest are the ones kept.
        int room = maxGaps;
        for (long n = highest - 1; n > head && room > 0; n--) {
            if (!now.contains(n)) {
                gaps.put(n, nowSeconds);
                room--;
            }
        }
        head = highest;
        trim(nowSeconds);
    }

    private void trim(long nowSeconds) {
        for (Iterator<Map.Entry<Long, Long>> it = gaps.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue() <= nowSeconds - stragglerSeconds) {
                it.remove();
            }
        }
        while (gaps.size() > maxGaps) {
            gaps.pollFirstEntry();
        }
    }
}
