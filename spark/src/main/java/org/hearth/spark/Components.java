package org.hearth.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a graph given as packed pairs (left index in the high 32 bits), by label propagation:
 * every node starts labelled with itself and repeatedly takes the smallest label among its neighbours, until no
 * label changes. Each round costs a join; the rounds needed are the longest shortest path in a component, which for
 * record linkage (groups of a few records of one person) is small.
 */
final class Components {
    static final int MAX_ROUNDS = 200;

    private Components() {
    }

    /** Each node in an edge, with the smallest node index of its component. */
    static JavaPairRDD<Integer, Integer> of(JavaRDD<Long> pairs) {
        JavaPairRDD<Integer, Integer> edges = pairs.flatMapToPair(p -> {
            int l = (int) (p >>> 32);
            int r = (int) (long) p;
            return java.util.List.of(new Tuple2<>(l, r), new Tuple2<>(r, l)).iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Integer, Integer> labels = edges.mapToPair(e -> new Tuple2<>(e._1(), Math.min(e._1(), e._2())))
                .reduceByKey(Math::min).persist(StorageLevel.MEMORY_AND_DISK_SER());
        for (int round = 0; round < MAX_ROUNDS; round++) {
            JavaPairRDD<Integer, Integer> next = edges.join(labels)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2())).union(labels).reduceByKey(Math::min)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            long changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist();
            labels = next;
            if (changed == 0) {
                edges.unpersist();
                return labels;
            }
        }
        throw new IllegalStateException("linked groups did not settle in " + MAX_ROUNDS + " rounds");
    }
}
