package org.hearth.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.ValidationIssue;
import org.junit.jupiter.api.Test;

/**
 * Rules judge each child on their own records, so a return made of five renamed copies of the sample must give
 * exactly five times the sample's issues, rule by rule. This catches state leaking between children or runs.
 */
class Ssda903ScaleTest {

    @Test
    void shouldFindFiveTimesTheIssuesInFiveCopiesOfTheSample() throws Exception {
        Ssda903Data sample = Ssda903Reader.readDirectory(Ssda903SampleTest.SAMPLE);
        Ssda903Validator validator = new Ssda903Validator(Ssda903Registry.standard());
        CollectionYear year = CollectionYear.of(2024);

        Map<String, Long> once = countByRule(validator.run(year, sample, sample));
        Map<String, Long> five = countByRule(validator.run(year, Ssda903Benchmark.replicate(sample, 5),
                Ssda903Benchmark.replicate(sample, 5)));

        assertThat(once).isNotEmpty();
        Map<String, Long> expected = new TreeMap<>();
        once.forEach((rule, n) -> expected.put(rule, n * 5));
        assertThat(five).isEqualTo(expected);
    }

    private static Map<String, Long> countByRule(Ssda903Result result) {
        assertThat(result.notices()).noneMatch(n -> n.startsWith("rule "));
        return result.issues().stream()
                .collect(Collectors.groupingBy(ValidationIssue::ruleCode, TreeMap::new, Collectors.counting()));
    }
}
