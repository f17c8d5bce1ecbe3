package org.hearth.identity.matching;

/**
 * Groups records into people from scored pairs. Linked pairs are taken strongest first; two groups join only when
 * the joined group stays coherent: on average the records across the two groups must look like the same person
 * (mean probability at least the threshold) and no record may look plainly like someone else (each probability
 * at least {@code veto}). This stops chaining, where A–B and B–C are each likely but A and C are siblings.
 */
public final class Clusterer {
    /** Scores any pair of records by index. */
    public interface PairProbability {
        double of(int i, int j);
    }

    private final double threshold;
    private final double veto;
    private final int maxSize;

    public Clusterer(double threshold, double veto, int maxSize) {
        this.threshold = threshold;
        this.veto = veto;
        this.maxSize = maxSize;
    }

    /**
     * @param pairs scored pairs (packed, see {@link PairSet#pack}) at or above the threshold
     * @param probabilities their probabilities, same order
     * @return each record's cluster, as the index of the cluster's first record
     */
    public int[] cluster(int n, long[] pairs, double[] probabilities, PairProbability score) {
        int[] order = strongestFirst(pairs, probabilities);
        int[] clusterOf = new int[n];
        // each cluster's records (by the cluster's id), null while it is its one record; no boxing
        int[][] members = new int[n][];
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            clusterOf[i] = i;
            sizes[i] = 1;
        }
        for (int k : order) {
            int i = PairSet.left(pairs[k]);
            int j = PairSet.right(pairs[k]);
            int ci = clusterOf[i];
            int cj = clusterOf[j];
            if (ci == cj) {
                continue;
            }
            int[] a = membersOf(members, ci);
            int[] b = membersOf(members, cj);
            int sa = sizes[ci];
            int sb = sizes[cj];
            if (sa + sb > maxSize || !coherent(a, sa, b, sb, score)) {
                continue;
            }
            boolean keepA = sa >= sb;
            int keepId = keepA ? ci : cj;
            int goneId = keepA ? cj : ci;
            int[] keep = keepA ? a : b;
            int[] gone = keepA ? b : a;
            int sk = sizes[keepId];
            int sg = sizes[goneId];
            if (sk + sg > keep.length) {
                keep = java.util.Arrays.copyOf(keep, Math.max(keep.length * 2, sk + sg));
            }
            System.arraycopy(gone, 0, keep, sk, sg);
            for (int g = 0; g < sg; g++) {
                clusterOf[gone[g]] = keepId;
            }
            members[goneId] = null;
            members[keepId] = keep;
            sizes[keepId] = sk + sg;
            sizes[goneId] = 0;
        }
        // name each cluster by its first record, so output does not depend on merge order
        int[] firstOf = new int[n];
        java.util.Arrays.fill(firstOf, -1);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int c = clusterOf[i];
            if (firstOf[c] < 0) {
                firstOf[c] = i;
            }
            out[i] = firstOf[c];
        }
        return out;
    }

    /**
     * The pairs' positions, most probable first, equal probabilities in pair order: a merge sort on plain ints (the
     * order is total, so any correct sort gives this one).
     */
    static int[] strongestFirst(long[] pairs, double[] probabilities) {
        int m = pairs.length;
        int[] order = new int[m];
        for (int k = 0; k < m; k++) {
            order[k] = k;
        }
        int[] tmp = new int[m];
        for (int width = 1; width < m; width *= 2) {
            for (int lo = 0; lo < m - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, m);
                int x = lo;
                int y = mid;
                int t = lo;
                while (x < mid && y < hi) {
                    tmp[t++] = before(order[y], order[x], pairs, probabilities) ? order[y++] : order[x++];
                }
                while (x < mid) {
                    tmp[t++] = order[x++];
                }
                while (y < hi) {
                    tmp[t++] = order[y++];
                }
                System.arraycopy(tmp, lo, order, lo, hi - lo);
            }
        }
        return order;
    }

    /** Whether pair y comes strictly before pair x: more probable, or as probable and lower in pair order. */
    private static boolean before(int y, int x, long[] pairs, double[] probabilities) {
        int c = Double.compare(probabilities[x], probabilities[y]);
        return c > 0 ? false : c < 0 || Long.compare(pairs[y], pairs[x]) < 0;
    }

    private static int[] membersOf(int[][] members, int cluster) {
        int[] m = members[cluster];
        if (m == null) {
            m = new int[] {cluster, 0};
            members[cluster] = m;
        }
        return m;
    }

    boolean coherent(int[] a, int sa, int[] b, int sb, PairProbability score) {
        if (sa == 1 && sb == 1) {
            return true; // the pair itself cleared the threshold
        }
        double sum = 0;
        int count = 0;
        for (int i = 0; i < sa; i++) {
            for (int j = 0; j < sb; j++) {
                double p = score.of(a[i], b[j]);
                if (p < veto) {
                    return false;
                }
                sum += p;
                count++;
            }
        }
        return sum / count >= threshold;
    }

}
