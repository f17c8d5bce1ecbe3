package org.hearth.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hearth.identity.matching.SparkSeam;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * The blocks built by reading entries sorted by key (one capped block per run of equal keys, as the job does after
 * {@code repartitionAndSortWithinPartitions}) are the blocks a key-by-key aggregation gives: the same members, and
 * given up exactly when a key has more records than the embedded linker's cap.
 */
class BlocksTest {
    @Test
    void shouldBuildFromSortedRunsTheBlocksAnAggregationWouldGive() {
        int cap = SparkSeam.maxBlock();
        // sizes around the cap and below it, and a key with a lone record; keys negative and positive
        Map<Long, Integer> sizes = new LinkedHashMap<>();
        sizes.put(-7L, cap + 10);
        sizes.put(-3L, 2);
        sizes.put(0L, 1);
        sizes.put(4L, cap + 1);
        sizes.put(9L, cap);
        sizes.put(Long.MAX_VALUE, 3);
        sizes.put(Long.MIN_VALUE, 5);
        List<Tuple2<Long, byte[]>> keyed = new ArrayList<>();
        sizes.forEach((key, size) -> {
            for (int k = 0; k < size; k++) {
                keyed.add(new Tuple2<>(key, new byte[] {(byte) k, (byte) (key >>> 56)}));
            }
        });
        Collections.shuffle(keyed, new Random(3));

        // aggregated: every key's entries in the order met, given up over the cap
        Map<Long, List<byte[]>> aggregated = new HashMap<>();
        keyed.forEach(t -> aggregated.computeIfAbsent(t._1(), k -> new ArrayList<>()).add(t._2()));
        // sorted by key (a stable sort, as Spark's sorter keeps no order within a key: compare members as sets)
        List<Tuple2<Long, byte[]>> sorted = new ArrayList<>(keyed);
        sorted.sort(Comparator.comparing(Tuple2::_1));
        Map<Long, LinkJob.Block> runs = new HashMap<>();
        LinkJob.Block.runs(sorted.iterator()).forEachRemaining(t -> {
            assertThat(runs).as("one block per key").doesNotContainKey(t._1());
            runs.put(t._1(), t._2());
        });

        assertThat(runs.keySet()).isEqualTo(aggregated.keySet());
        aggregated.forEach((key, members) -> {
            LinkJob.Block b = runs.get(key);
            assertThat(b.overflow).as("key " + key).isEqualTo(members.size() > cap);
            if (members.size() > cap) {
                assertThat(b.members).isEmpty();
            } else {
                assertThat(b.members).containsExactlyInAnyOrderElementsOf(members);
            }
        });
        assertThat(runs.get(9L).members).hasSize(cap);
        assertThat(runs.get(4L).overflow).isTrue();
    }

    @Test
    void shouldBuildNothingFromNothing() {
        assertThat(LinkJob.Block.runs(Collections.emptyIterator()).hasNext()).isFalse();
    }
}
