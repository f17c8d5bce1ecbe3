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
        assertThat(s.pairs().f1()).as("pairwise F1").isGreaterThanOrEqualTo(0.97);
        assertThat(s.clusters().f1()).as("cluster F1").isGreaterThanOrEqualTo(0.95);
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
