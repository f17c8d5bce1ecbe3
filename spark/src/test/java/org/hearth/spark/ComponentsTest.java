package org.hearth.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The linked groups found on the driver by union-find are those label propagation finds on the executors: each
 * record in a link labelled with the smallest record index of its group, records in no link left out.
 */
class ComponentsTest {
    @Test
    void shouldLabelEachNodeWithTheSmallestNodeOfItsComponent() {
        // 0-3-5 (joined from both ends), 2-4, 7 alone, 6-6 never (no self links), 9-8-1 joined high to low
        List<long[]> chunks = List.of(new long[] {PairKeys.key(3, 5), PairKeys.key(2, 4)},
                new long[] {PairKeys.key(0, 3), PairKeys.key(8, 9)}, new long[0], new long[] {PairKeys.key(1, 8)});
        int[] label = Components.unionFind(10, chunks);
        assertThat(label).containsExactly(0, 1, 2, 0, 2, 0, -1, -1, 1, 1);
    }

    @Test
    void shouldFindTheSameGroupsAsLabelPropagation() {
        // households: chains and stars over neighbouring indices, listed in random order (few long chains: label
        // propagation needs a round per step of the longest)
        Random random = new Random(17);
        int nodes = 1_000;
        List<Long> edges = new ArrayList<>();
        for (int i = 0; i + 1 < nodes; i++) {
            int roll = random.nextInt(10);
            if (roll < 3) {
                edges.add(PairKeys.key(i, i + 1));
            } else if (roll < 4 && i + 7 < nodes) {
                edges.add(PairKeys.key(i, i + 1 + random.nextInt(6)));
            }
        }
        java.util.Collections.shuffle(edges, random);
        long[] chunk = edges.stream().mapToLong(Long::longValue).toArray();
        int[] label = Components.unionFind(nodes, List.of(chunk));

        SparkSession spark = LinkJob.configure(SparkSession.builder().appName("components-test").master("local[2]")
                .config("spark.ui.enabled", "false")).getOrCreate();
        try {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Map<Integer, Integer> propagated = new HashMap<>(Components.of(sc.parallelize(edges, 4)).collectAsMap());
            Map<Integer, Integer> found = new HashMap<>();
            for (int i = 0; i < nodes; i++) {
                if (label[i] >= 0) {
                    found.put(i, label[i]);
                }
            }
            assertThat(found).isEqualTo(propagated);
            // the test means something: groups of many sizes, some long
            assertThat(new java.util.HashSet<>(found.values()).size()).isBetween(100, 900);
        } finally {
            spark.stop();
        }
    }
}
