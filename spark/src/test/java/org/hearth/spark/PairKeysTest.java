package org.hearth.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import org.apache.spark.HashPartitioner;
import org.junit.jupiter.api.Test;

/**
 * The pairs of neighbouring records (a household's records sit side by side in a file) must spread over Spark's
 * hash partitions and hash values; a plain packed pair does not, which is what stalled the job at 100,000 records.
 */
class PairKeysTest {
    /** Every pair of records up to 20 apart among the first 20,000: about the pairs blocking compares. */
    private static long[] neighbouringPairs(LongUnaryOperator key) {
        long[] keys = new long[20_000 * 20];
        int k = 0;
        for (int i = 0; i < 20_000; i++) {
            for (int d = 1; d <= 20; d++) {
                keys[k++] = key.applyAsLong(((long) i << 32) | (i + d));
            }
        }
        return keys;
    }

    private static int distinctHashes(long[] keys) {
        Set<Integer> hashes = new HashSet<>();
        for (long key : keys) {
            hashes.add(Long.valueOf(key).hashCode());
        }
        return hashes.size();
    }

    private static int largestPartition(long[] keys, int partitions) {
        HashPartitioner partitioner = new HashPartitioner(partitions);
        int[] size = new int[partitions];
        for (long key : keys) {
            size[partitioner.getPartition(key)]++;
        }
        int largest = 0;
        for (int s : size) {
            largest = Math.max(largest, s);
        }
        return largest;
    }

    @Test
    void shouldSpreadNeighbouringPairsOverPartitionsAndHashValues() {
        long[] keys = neighbouringPairs(PairKeys::mix);
        // 400,000 keys: nearly one hash value each, and 64 partitions within 5% of the mean (6,250)
        assertThat(distinctHashes(keys)).isGreaterThan(399_000);
        assertThat(largestPartition(keys, 64)).isLessThan(6_250 * 105 / 100);
    }

    @Test
    void shouldShowWhyAPlainPackedPairWasNotEnough() {
        long[] plain = neighbouringPairs(p -> p);
        // Long.hashCode is high ^ low = i ^ (i + d): 231 small numbers for 400,000 pairs (about 1,700 keys on each
        // hash value: the probe chains of Spark's AppendOnlyMap), and a partition 60% over the mean
        assertThat(distinctHashes(plain)).isLessThan(1_000);
        assertThat(largestPartition(plain, 64)).isGreaterThan(6_250 * 3 / 2);
    }

    @Test
    void shouldGiveBackBothRecordsOfAPairWhateverTheirOrder() {
        int[][] pairs = {{0, 1}, {1, 0}, {7, 123_456}, {Integer.MAX_VALUE - 1, Integer.MAX_VALUE}, {5, 3}};
        for (int[] p : pairs) {
            long key = PairKeys.key(p[0], p[1]);
            assertThat(PairKeys.left(key)).isEqualTo(Math.min(p[0], p[1]));
            assertThat(PairKeys.right(key)).isEqualTo(Math.max(p[0], p[1]));
        }
        assertThat(PairKeys.key(3, 5)).isEqualTo(PairKeys.key(5, 3));
        for (long z : new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x1234_5678_9abc_def0L}) {
            assertThat(PairKeys.unmix(PairKeys.mix(z))).isEqualTo(z);
        }
    }

    @Test
    void shouldRefuseSomethingThatIsNotAPair() {
        assertThatThrownBy(() -> PairKeys.key(4, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairKeys.key(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
