package org.hearth.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.ValidationIssue;
import org.junit.jupiter.api.Test;

/** The sector's public fake CIN files, each validated with the year its format belongs to. */
class CinSamplesTest {

    private static CinCensus sample(String name) throws Exception {
        try (InputStream in = CinSamplesTest.class.getResourceAsStream("/samples/cin-d2i/" + name)) {
            return CinReader.read(in);
        }
    }

    private static Map<String, Long> byRule(List<ValidationIssue> issues) {
        return issues.stream().collect(Collectors.groupingBy(ValidationIssue::ruleCode, TreeMap::new,
                Collectors.counting()));
    }

    @Test
    void shouldValidateTheFakeReturnInThePre2024Format() throws Exception {
        CinCensus census = sample("fake_CIN_data.xml");
        assertThat(census.children()).hasSize(332);
        List<ValidationIssue> issues = CinValidator.validate(CollectionYear.of(2023), census);
        Map<String, Long> counts = byRule(issues);
        System.out.println("fake_CIN_data.xml 2022/23: " + issues.size() + " issues " + counts);
        // Its header says 21 July 2022 rather than 31 March 2023, and its random dates break the date rules.
        assertThat(counts).containsEntry("100", 1L).containsKeys("8600", "8620", "1510");
        assertThat(counts).doesNotContainKeys("8500", "8510", "4180", "8590");
        assertThat(issues).allSatisfy(i -> assertThat(i.row()).isGreaterThanOrEqualTo(IssueSink.WHOLE_RETURN));
    }

    @Test
    void shouldValidateThe2024SampleAsA2024To25Return() throws Exception {
        CinCensus census = sample("CIN_Census_2024.xml");
        assertThat(census.children()).hasSize(2);
        List<ValidationIssue> issues = CinValidator.validate(CollectionYear.of(2025), census);
        Map<String, Long> counts = byRule(issues);
        System.out.println("CIN_Census_2024.xml 2024/25: " + counts);
        // Child 1 records Sex as "1" (a GenderCurrent code); child 2's assessment starts before its referral.
        assertThat(issues).filteredOn(i -> i.ruleCode().equals("4180")).extracting(ValidationIssue::childId)
                .containsExactly("DfEX0000001");
        assertThat(issues).filteredOn(i -> i.ruleCode().equals("1103")).extracting(ValidationIssue::childId)
                .contains("child_fails_assessments");
        assertThat(counts).containsKeys("100", "8608", "8696");
    }

    @Test
    void shouldValidateThe2026SampleIgnoringItsPreProceedingsModule() throws Exception {
        CinCensus census = sample("CIN_Census_2026.xml");
        assertThat(census.children()).hasSize(2);
        List<ValidationIssue> withExtraModule = CinValidator.validate(CollectionYear.of(2026), census);
        List<ValidationIssue> without = CinValidator.validate(CollectionYear.of(2026), sample("CIN_Census_2024.xml"));
        assertThat(withExtraModule).isEqualTo(without);
        assertThat(withExtraModule).isNotEmpty();
    }

    @Test
    void shouldReportSchemaProblemsSeparately() throws Exception {
        try (InputStream in = CinSamplesTest.class.getResourceAsStream("/samples/cin-d2i/CIN_Census_2024.xml")) {
            List<CinSchema.Problem> problems = CinSchema.validate(in);
            // The shipped XSD is the 2023/24 schema: GenderCurrent, not Sex; the 2028 start date still parses.
            assertThat(problems).isNotEmpty();
            assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("'Sex'"));
            assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("'RB'"));
            assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
        }
        try (InputStream in = CinSamplesTest.class.getResourceAsStream("/samples/cin-d2i/fake_CIN_data.xml")) {
            assertThat(CinSchema.validate(in)).as("the pre-2024 fake return follows the 2023/24 schema").isEmpty();
        }
    }
}
