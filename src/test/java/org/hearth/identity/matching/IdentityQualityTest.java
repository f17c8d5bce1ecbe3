package org.hearth.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearth.identity.bench.IdentityBenchTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality floor on the copied data sets, so a change that makes matching worse fails the build. The floors sit
 * a little under what the matcher measures (bench/identity.sh) and at or above Splink's figures and the targets.
 */
class IdentityQualityTest {
    private static final Path DATA = Path.of("src/test/resources/identity");

    @TempDir
    Path dir;

    private IdentityBenchTools.Scores link(Path records, Path truth) throws Exception {
        List<InputRecord> input = LinkFiles.read(records);
        Linker.Result result = new Linker().link(input, 0.5);
        Path clusters = dir.resolve("clusters.csv");
        Path pairs = dir.resolve("pairs.csv");
        try (var w = Files.newBufferedWriter(clusters)) {
            LinkFiles.writeClusters(w, result);
        }
        try (var w = Files.newBufferedWriter(pairs)) {
            LinkFiles.writePairs(w, result);
        }
        return IdentityBenchTools.score(pairs, clusters, truth, 0.5);
    }

    @Test
    void shouldMatchTheSyntheticChildrenAboveTheTarget() throws Exception {
        IdentityBenchTools.Scores s = link(DATA.resolve("synth-children/records.csv"),
                DATA.resolve("synth-children/truth.csv"));
        // measured 0.9857 / 0.9878 (December 2026, household model); the target is 0.97 / 0.95
        assertThat(s.pairs().f1()).as("pairwise F1").isGreaterThanOrEqualTo(0.98);
        assertThat(s.clusters().f1()).as("cluster F1").isGreaterThanOrEqualTo(0.98);
    }

    /**
     * The benchmark's 52,000-record set (SyntheticChildren, seed 52, the shared set's postcodes), where brothers,
     * sisters and neighbours crowd the blocks: measured pairs F1 0.9860, clusters 0.9862 (Splink 0.951 / 0.886 on
     * its own 52k set; the target 0.97).
     */
    @Test
    void shouldMatchTheSynthetic52kSetAboveTheTarget() throws Exception {
        Path records = dir.resolve("children-52k.csv");
        Path truth = dir.resolve("children-52k-truth.csv");
        org.hearth.identity.bench.SyntheticChildren.generate(52_000, 52,
                org.hearth.identity.bench.SyntheticChildren.postcodesOf(DATA.resolve("synth-children/records.csv")),
                records, truth);
        IdentityBenchTools.Scores s = link(records, truth);
        assertThat(s.pairs().f1()).as("pairwise F1").isGreaterThanOrEqualTo(0.98);
        assertThat(s.pairs().precision()).as("pairwise precision").isGreaterThanOrEqualTo(0.98);
        assertThat(s.clusters().f1()).as("cluster F1").isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void shouldMatchFebrl3AtLeastAsWellAsSplink() throws Exception {
        Path converted = dir.resolve("febrl3.csv");
        IdentityBenchTools.febrlToLinkFormat(List.of(DATA.resolve("febrl/dataset3.csv")), converted);
        IdentityBenchTools.Scores s = link(converted, DATA.resolve("febrl/febrl3_truth.csv"));
        assertThat(s.pairs().f1()).as("pairwise F1").isGreaterThanOrEqualTo(0.9928);
    }

    @Test
    void shouldMatchFebrl4AtLeastAsWellAsSplink() throws Exception {
        Path converted = dir.resolve("febrl4.csv");
        IdentityBenchTools.febrlToLinkFormat(List.of(DATA.resolve("febrl/dataset4a.csv"),
                DATA.resolve("febrl/dataset4b.csv")), converted);
        IdentityBenchTools.Scores s = link(converted, DATA.resolve("febrl/febrl4_truth.csv"));
        assertThat(s.pairs().f1()).as("pairwise F1").isGreaterThanOrEqualTo(0.9991);
    }
}
