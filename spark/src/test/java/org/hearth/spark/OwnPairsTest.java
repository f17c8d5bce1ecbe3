package org.hearth.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.identity.matching.Blocker;
import org.hearth.identity.matching.InputRecord;
import org.hearth.identity.matching.LinkFiles;
import org.hearth.identity.matching.SparkSeam;
import org.hearth.identity.matching.Standardised;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each candidate pair is compared in exactly one block, with no shuffle to remove duplicates: the pairs the blocks
 * own are exactly the pairs sharing a kept block, each once, including when some shared keys were given up.
 */
class OwnPairsTest {
    @TempDir
    Path dir;

    @Test
    void shouldGiveEachPairSharingAKeptBlockToExactlyOneBlock() throws Exception {
        Path records = dir.resolve("records.csv");
        Generate.generate(3_000, 11, records, dir.resolve("truth.csv"));
        List<InputRecord> input = LinkFiles.read(records);
        Blocker blocker = LinkJob.Local.blocker();
        // blocks as the embedded matcher's keys (strings) make them; the job's entries carry the keys' hashes
        Map<String, List<LinkJob.Entry>> blocks = new HashMap<>();
        for (int i = 0; i < input.size(); i++) {
            InputRecord r = input.get(i);
            LinkJob.Rec rec = new LinkJob.Rec(i, new String[] {r.recordId(), r.source(), r.firstName(),
                    r.middleName(), r.surname(), r.dob(), r.sex(), r.postcode(), r.addressLine(), r.nhsNumber(),
                    r.upn()});
            Standardised s = LinkJob.standardise(rec);
            LinkJob.Entry entry = LinkJob.Entry.of(s, SparkSeam.keyHashes(blocker, s));
            for (String key : new HashSet<>(blocker.keys(s))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
        }
        // give up the biggest blocks as if over the cap, so that owners must skip them
        Set<String> overflowed = new HashSet<>();
        blocks.entrySet().stream().sorted((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size()))
                .limit(25).forEach(e -> overflowed.add(e.getKey()));
        long[] overflowedHashes = overflowed.stream().mapToLong(SparkSeam::keyHash).sorted().toArray();

        Set<Long> expected = new HashSet<>();
        blocks.forEach((key, members) -> {
            if (!overflowed.contains(key)) {
                for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                        expected.add(PairKeys.key(SparkSeam.index(members.get(i).standardised()),
                                SparkSeam.index(members.get(j).standardised())));
                    }
                }
            }
        });
        List<Long> owned = new ArrayList<>();
        blocks.forEach((key, members) -> {
            if (!overflowed.contains(key) && members.size() >= 2) {
                LinkJob.ownPairs(SparkSeam.keyHash(key), members, overflowedHashes, (a, b) -> {
                    assertThat(SparkSeam.index(a)).isLessThan(SparkSeam.index(b));
                    owned.add(PairKeys.key(SparkSeam.index(a), SparkSeam.index(b)));
                });
            }
        });

        assertThat(expected).hasSizeGreaterThan(3_000);
        assertThat(owned).hasSameSizeAs(expected).doesNotHaveDuplicates();
        assertThat(new HashSet<>(owned)).isEqualTo(expected);
        // the test means something: many pairs share more than one kept block
        long shared = blocks.entrySet().stream().filter(e -> !overflowed.contains(e.getKey()))
                .mapToLong(e -> (long) e.getValue().size() * (e.getValue().size() - 1) / 2).sum();
        assertThat(shared).isGreaterThan(expected.size() * 3L / 2);
    }

    @Test
    void shouldGiveAPairToTheSmallestKeyTwoSortedListsShare() {
        long[] x = {-9, 3, 7};
        long[] y = {-4, 3, 7};
        assertThat(LinkJob.ownedBy(3, x, y)).isTrue();
        assertThat(LinkJob.ownedBy(7, x, y)).isFalse();
        assertThat(LinkJob.ownedBy(-9, x, y)).isFalse();
        assertThat(LinkJob.ownedBy(1, new long[] {1}, new long[] {2})).isFalse();
        assertThat(LinkJob.ownedBy(1, new long[0], new long[] {1})).isFalse();
    }

    @Test
    void shouldKeepEachOfARecordsKeysOnceAndSorted() {
        assertThat(LinkJob.Entry.of(null, new long[] {5, -2, 5, 9, -2}).keys).containsExactly(-2, 5, 9);
    }
}
