package org.hearth.identity.matching;

import java.util.Arrays;

/** A set of record pairs (i < j), packed as longs in an open-addressing table: no boxing, no per-pair objects. */
final class PairSet {
    private static final long EMPTY = -1L;
    private long[] table;
    private int size;

    PairSet(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new long[cap];
        Arrays.fill(table, EMPTY);
    }

    static long pack(int i, int j) {
        return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
    }

    static int left(long pair) {
        return (int) (pair >>> 32);
    }

    static int right(long pair) {
        return (int) pair;
    }

    boolean add(int i, int j) {
        long key = pack(i, j);
        if (size * 2 >= table.length) {
            grow();
        }
        return insert(table, key);
    }

    private boolean insert(long[] t, long key) {
        int mask = t.length - 1;
        int h = mix(key) & mask;
        while (true) {
            long v = t[h];
            if (v == EMPTY) {
                t[h] = key;
                size++;
                return true;
            }
            if (v == key) {
                return false;
            }
            h = (h + 1) & mask;
        }
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        Arrays.fill(table, EMPTY);
        size = 0;
        for (long v : old) {
            if (v != EMPTY) {
                insert(table, v);
            }
        }
    }

    static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    int size() {
        return size;
    }

    /** The pairs, sorted (by left record, then right), so that results do not depend on hashing. */
    long[] toSortedArray() {
        long[] out = new long[size];
        int k = 0;
        for (long v : table) {
            if (v != EMPTY) {
                out[k++] = v;
            }
        }
        Arrays.parallelSort(out); // the same order as Arrays.sort, on every core for large sets
        return out;
    }
}
