package org.hearth.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.IssueReport;
import org.hearth.returns.ValidationIssue;
import org.junit.jupiter.api.Test;

/** Validates the public d2i fake 903 sample end to end. */
class Ssda903SampleTest {
    static final Path SAMPLE = Path.of("src/test/resources/samples/ssda903-d2i-fake");

    @Test
    void shouldValidateThePublicSampleFor2022To23WithoutThrowingAndFindKnownBadRows() throws Exception {
        Ssda903Data current = Ssda903Reader.readDirectory(SAMPLE);
        Ssda903Result result = new Ssda903Validator(Ssda903Registry.standard())
                .run(CollectionYear.of(2023), current, null);

        new IssueReport(result.issues()).print(System.out, 15);
        result.notices().forEach(n -> System.out.println("notice: " + n));
        assertThat(result.notices()).noneMatch(n -> n.startsWith("rule "));
        assertThat(current.tables().keySet()).contains("Header", "Episodes", "Reviews", "UASC", "OC2", "OC3", "AD1",
                "PlacedAdoption", "PrevPerm", "Missing", "SWEpisodes", "DoLo");
        assertThat(result.notices()).anyMatch(n -> n.contains("placed_for_adoption_errors.csv"));

        Map<String, List<ValidationIssue>> byRule = result.issues().stream()
                .collect(Collectors.groupingBy(ValidationIssue::ruleCode));
        // The sample codes sex as 1/2, right for 2022/23: no 101s.
        assertThat(byRule).doesNotContainKey("101");
        // OC3 row 0 is child 197474, recorded as died yet with activity F1 and accommodation 01 (not a code).
        assertThat(byRule.get("344")).anyMatch(i -> i.table().equals("OC3") && i.row() == 0
                && i.childId().equals("197474"));
        assertThat(byRule.get("133")).anyMatch(i -> i.table().equals("OC3") && i.row() == 0);
        // PlacedAdoption reasons "XXX" are not RD1-RD4.
        assertThat(byRule.get("120")).anyMatch(i -> i.table().equals("PlacedAdoption") && i.row() == 0
                && i.childId().equals("988635"));
        assertThat(result.issues()).allMatch(i -> i.row() >= 0 && !i.message().isBlank());
    }
}
