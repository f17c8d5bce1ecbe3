package org.hearth.spark;

/**
 * The key a record pair travels under in the job's shuffles: the two record indices packed into a long (smaller
 * index in the high 32 bits) and then scrambled by an invertible 64-bit mix.
 *
 * <p>Why the mix: a plain packed {@code Long}'s {@code hashCode} is {@code high ^ low}, i.e. {@code i ^ j}. The
 * generator (and any real extract, sorted by source or household) puts a household's records at neighbouring
 * indices, so almost every compared pair has a tiny {@code i ^ j}: a few dozen hash values for millions of pairs.
 * Spark then piles them into a few {@code HashPartitioner} partitions and into long probe chains of its
 * {@code AppendOnlyMap} (the map-side combine of every {@code reduceByKey}), which is where a 100,000-record run
 * spent minutes. The mix (MurmurHash3's 64-bit finaliser) is a bijection, so {@link #left} and {@link #right}
 * recover the pair exactly and no two pairs share a key.
 */
final class PairKeys {
    private static final long M1 = 0xff51afd7ed558ccdL;
    private static final long M2 = 0xc4ceb9fe1a85ec53L;
    private static final long M1_INVERSE = inverse(M1);
    private static final long M2_INVERSE = inverse(M2);

    private PairKeys() {
    }

    /** The key of the pair {i, j}, whichever order they come in. */
    static long key(int i, int j) {
        if (i < 0 || j < 0 || i == j) {
            throw new IllegalArgumentException("not a pair of two records: " + i + ", " + j);
        }
        return mix(i < j ? ((long) i << 32) | j : ((long) j << 32) | i);
    }

    /** The smaller record index of the pair. */
    static int left(long key) {
        return (int) (unmix(key) >>> 32);
    }

    /** The larger record index of the pair. */
    static int right(long key) {
        return (int) unmix(key);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * M1;
        z = (z ^ (z >>> 33)) * M2;
        return z ^ (z >>> 33);
    }

    /** The inverse of {@link #mix}: a shift by 33 or more undoes itself, and odd multipliers have inverses. */
    static long unmix(long z) {
        z = (z ^ (z >>> 33)) * M2_INVERSE;
        z = (z ^ (z >>> 33)) * M1_INVERSE;
        return z ^ (z >>> 33);
    }

    /** The multiplicative inverse of an odd number modulo 2^64 (Newton's iteration doubles the correct bits). */
    static long inverse(long odd) {
        long x = odd;
        for (int k = 0; k < 6; k++) {
            x *= 2 - odd * x;
        }
        return x;
    }
}
