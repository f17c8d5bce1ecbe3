package org.hearth.identity.matching;

import java.util.ArrayList;
import java.util.List;

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
        Integer[] order = new Integer[pairs.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (x, y) -> {
            int c = Double.compare(probabilities[y], probabilities[x]);
            return c != 0 ? c : Long.compare(pairs[x], pairs[y]);
        });
        int[] clusterOf = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            clusterOf[i] = i;
            members.add(null);
        }
        for (Integer k : order) {
            int i = PairSet.left(pairs[k]);
            int j = PairSet.right(pairs[k]);
            int ci = clusterOf[i];
            int cj = clusterOf[j];
            if (ci == cj) {
                continue;
            }
            List<Integer> a = membersOf(members, ci);
            List<Integer> b = membersOf(members, cj);
            if (a.size() + b.size() > maxSize || !coherent(a, b, score)) {
                continue;
            }
            List<Integer> keep = a.size() >= b.size() ? a : b;
            List<Integer> gone = keep == a ? b : a;
            int keepId = keep == a ? ci : cj;
            int goneId = keep == a ? cj : ci;
            keep.addAll(gone);
            for (int r : gone) {
                clusterOf[r] = keepId;
            }
            members.set(goneId, null);
            members.set(keepId, keep);
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

    private static List<Integer> membersOf(List<List<Integer>> members, int cluster) {
        List<Integer> m = members.get(cluster);
        if (m == null) {
            m = new ArrayList<>(2);
            m.add(cluster);
            members.set(cluster, m);
        }
        return m;
    }

    boolean coherent(List<Integer> a, List<Integer> b, PairProbability score) {
        if (a.size() == 1 && b.size() == 1) {
            return true; // the pair itself cleared the threshold
        }
        double sum = 0;
        int count = 0;
        for (int x : a) {
            for (int y : b) {
                double p = score.of(x, y);
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
