package org.hearth.spark;

import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a graph given as pair keys ({@link PairKeys}), by label propagation:
 * every node starts labelled with itself and repeatedly takes the smallest label among its neighbours, until no
 * label changes. Each round costs a join; the rounds needed are the longest shortest path in a component, which for
 * record linkage (groups of a few records of one person) is small.
 */
final class Components {
    static final int MAX_ROUNDS = 200;
    /**
     * Up to this many links, the groups are found on the driver ({@link #unionFind}): the links' keys (8 bytes each,
     * 160 MB at the limit) and one int per record fit a driver's heap, and one pass over the links replaces the
     * label propagation's rounds of two shuffles each (at 1M records, 5 rounds and most of the linking's CPU after
     * the comparisons). Above it, label propagation keeps the work on the executors.
     */
    static final long DRIVER_MAX_LINKS = 20_000_000;

    private Components() {
    }

    /**
     * Each node's component as the smallest node index in it, from the edges (pair keys, {@link PairKeys}) on one
     * machine: union-find, each set's root its smallest node. Nodes in no edge get -1. The same labels as
     * {@link #of(JavaRDD)} gives the nodes in edges.
     */
    static int[] unionFind(int nodes, Iterable<long[]> edgeChunks) {
        int[] parent = new int[nodes];
        java.util.Arrays.fill(parent, -1);
        for (long[] chunk : edgeChunks) {
            for (long edge : chunk) {
                int a = root(parent, PairKeys.left(edge));
                int b = root(parent, PairKeys.right(edge));
                if (a < b) {
                    parent[b] = a;
                } else if (b < a) {
                    parent[a] = b;
                }
            }
        }
        for (int i = 0; i < nodes; i++) {
            if (parent[i] >= 0) {
                parent[i] = root(parent, i);
            }
        }
        return parent;
    }

    /** The root of i's set (a node first met becomes its own); halves the path on the way. */
    private static int root(int[] parent, int i) {
        if (parent[i] < 0) {
            parent[i] = i;
            return i;
        }
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Each node in an edge, with the smallest node index of its component. */
    static JavaPairRDD<Integer, Integer> of(JavaRDD<Long> pairs) {
        return of(pairs, rounds -> {
        });
    }

    /**
     * As {@link #of(JavaRDD)}, telling {@code rounds} how many propagation rounds it took. The edges and the labels
     * share one partitioner, so each round's join reads both where they lie and only the new labels move; the
     * number of partitions stays that of the input (a union of two RDDs would otherwise double it every round).
     */
    static JavaPairRDD<Integer, Integer> of(JavaRDD<Long> pairs, java.util.function.IntConsumer rounds) {
        HashPartitioner partitioner = new HashPartitioner(Math.max(1, pairs.getNumPartitions()));
        JavaPairRDD<Integer, Integer> edges = pairs.flatMapToPair(p -> {
            int l = PairKeys.left(p);
            int r = PairKeys.right(p);
            return java.util.List.of(new Tuple2<>(l, r), new Tuple2<>(r, l)).iterator();
        }).partitionBy(partitioner).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Integer, Integer> labels = edges.mapToPair(e -> new Tuple2<>(e._1(), Math.min(e._1(), e._2())))
                .reduceByKey(partitioner, Math::min).persist(StorageLevel.MEMORY_AND_DISK_SER());
        for (int round = 0; round < MAX_ROUNDS; round++) {
            // each node offers its label to its neighbours; a node keeps the smallest label it is offered or has
            JavaPairRDD<Integer, Integer> next = edges.join(labels, partitioner)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2())).union(labels)
                    .reduceByKey(partitioner, Math::min).persist(StorageLevel.MEMORY_AND_DISK_SER());
            long changed = next.join(labels, partitioner).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist();
            labels = next;
            if (changed == 0) {
                edges.unpersist();
                rounds.accept(round + 1);
                return labels;
            }
        }
        throw new IllegalStateException("linked groups did not settle in " + MAX_ROUNDS + " rounds");
    }
}
