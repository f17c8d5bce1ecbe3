package org.hearth.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.identity.NhsNumber;
import org.hearth.identity.matching.LinkFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticChildrenTest {
    private static final Path SHARED = Path.of("src/test/resources/identity/synth-children/records.csv");

    @TempDir
    Path dir;

    @Test
    void shouldMakeTheSameFilesFromTheSameSeed() throws Exception {
        List<String> postcodes = SyntheticChildren.postcodesOf(SHARED);
        SyntheticChildren.generate(3000, 52, postcodes, dir.resolve("a.csv"), dir.resolve("a-truth.csv"));
        SyntheticChildren.generate(3000, 52, postcodes, dir.resolve("b.csv"), dir.resolve("b-truth.csv"));
        SyntheticChildren.generate(3000, 53, postcodes, dir.resolve("c.csv"), dir.resolve("c-truth.csv"));
        assertThat(Files.readAllLines(dir.resolve("a.csv"))).isEqualTo(Files.readAllLines(dir.resolve("b.csv")));
        assertThat(Files.readAllLines(dir.resolve("a-truth.csv")))
                .isEqualTo(Files.readAllLines(dir.resolve("b-truth.csv")));
        assertThat(Files.readAllLines(dir.resolve("a.csv"))).isNotEqualTo(Files.readAllLines(dir.resolve("c.csv")));
    }

    @Test
    void shouldWriteRecordsTheLinkCommandAcceptsWithTruthForEach() throws Exception {
        SyntheticChildren.generate(5000, 52, SyntheticChildren.postcodesOf(SHARED), dir.resolve("r.csv"),
                dir.resolve("t.csv"));
        var records = LinkFiles.read(dir.resolve("r.csv")); // header, real dates, unique ids: or it throws
        assertThat(records).hasSize(5000);
        List<String> truth = Files.readAllLines(dir.resolve("t.csv"));
        assertThat(truth.get(0)).isEqualTo("record_id,child_id");
        assertThat(truth).hasSize(5001);
        Map<String, Integer> perChild = new HashMap<>();
        for (String line : truth.subList(1, truth.size())) {
            perChild.merge(line.split(",")[1], 1, Integer::sum);
        }
        double perChildMean = 5000.0 / perChild.size();
        assertThat(perChildMean).as("records per child, as the shared set's 2.6").isBetween(2.2, 3.0);
        long health = records.stream().filter(r -> r.source().equals("health")).count();
        long police = records.stream().filter(r -> r.source().equals("police")).count();
        assertThat(health).isBetween(1500L, 2000L);
        assertThat(police).isBetween(150L, 450L);
        assertThat(records.stream().filter(r -> r.source().equals("police")))
                .allSatisfy(r -> assertThat(r.nhsNumber() + r.upn()).isEmpty());
        long failing = records.stream().filter(r -> !r.nhsNumber().isEmpty())
                .filter(r -> !NhsNumber.validate(r.nhsNumber()).valid()).count();
        long withNhs = records.stream().filter(r -> !r.nhsNumber().isEmpty()).count();
        assertThat(failing).as("some mistyped NHS numbers, as evidence").isPositive().isLessThan(withNhs / 20);
        assertThat(records).anySatisfy(r -> assertThat(r.firstName()).isIn("Baby", "Unborn"));
        assertThat(records).anySatisfy(r -> assertThat(r.surname()).isIn("Kaur", "Singh"));
        assertThat(records).anySatisfy(r -> assertThat(r.dob()).endsWith("-01-01"));
    }
}
