package org.hearth.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.hearth.identity.matching.InputRecord;
import org.hearth.identity.matching.LinkFiles;
import org.hearth.identity.matching.Linker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job on {@code local[2]} gives exactly the embedded linker's clusters and pairs. */
class SparkLinkTest {
    private static SparkSession spark;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = LinkJob.configure(SparkSession.builder().appName("hearth-spark-test").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")).getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void shouldFindTheSameClustersAndPairsAsTheEmbeddedLinker() throws Exception {
        Path records = dir.resolve("records.csv");
        Generate.generate(12_000, 7, records, dir.resolve("truth.csv"));
        List<InputRecord> input = LinkFiles.read(records);
        Linker.Result embedded = new Linker().link(input, 0.5);
        Map<String, String> expectedClusters = new HashMap<>();
        for (int i = 0; i < input.size(); i++) {
            expectedClusters.put(input.get(i).recordId(), input.get(embedded.clusterOf()[i]).recordId());
        }
        Set<List<String>> expectedPairs = new HashSet<>();
        for (Linker.ScoredPair p : embedded.pairs()) {
            expectedPairs.add(List.of(input.get(p.left()).recordId(), input.get(p.right()).recordId(),
                    LinkJob.format(p.probability())));
        }

        LinkJob.Output out = LinkJob.link(spark, LinkJob.read(spark, records.toString()), 0.5);
        Map<String, String> clusters = new HashMap<>(out.clusters().collectAsMap());
        Set<List<String>> pairs = new HashSet<>();
        out.pairs().collect().forEach(a -> pairs.add(List.of(a)));

        assertThat(out.records()).isEqualTo(12_000);
        assertThat(out.candidatePairs()).isEqualTo(embedded.candidatePairs());
        assertThat(clusters).hasSize(12_000).isEqualTo(expectedClusters);
        assertThat(pairs).hasSize(expectedPairs.size()).isEqualTo(expectedPairs);
        // and it links: far fewer people than records, as the generator made them
        assertThat(new HashSet<>(clusters.values()).size()).isLessThan(9_000);
    }

    @Test
    void shouldRefuseAFileWithTheWrongHeader() throws Exception {
        Path bad = dir.resolve("bad-header.csv");
        Files.writeString(bad, "id,source,first_name\n1,la,Amy\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LinkJob.read(spark, bad.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("header must be exactly record_id,source,first_name");
    }

    @Test
    void shouldRefuseADateOfBirthThatIsNotIso() throws Exception {
        Path bad = dir.resolve("bad-dob.csv");
        Files.writeString(bad, String.join(",", LinkFiles.HEADER) + "\nr1,la,Amy,,Smith,03/04/2015,F,,,,\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LinkJob.link(spark, LinkJob.read(spark, bad.toString()), 0.5))
                .satisfies(e -> assertThat(LinkMain.reason(e)).isEqualTo(
                        "record r1: dob must be YYYY-MM-DD, not 03/04/2015"));
    }
}
