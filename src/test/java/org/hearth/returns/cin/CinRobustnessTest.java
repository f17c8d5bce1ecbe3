package org.hearth.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.ValidationIssue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a file holds, reading and validating it never throws: bad content becomes issues. */
class CinRobustnessTest {

    private static String sample() throws Exception {
        try (InputStream in = CinRobustnessTest.class.getResourceAsStream("/samples/cin-d2i/fake_CIN_data.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<ValidationIssue> validateEveryYear(String xml) throws Exception {
        CinCensus census = CinReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<ValidationIssue> last = List.of();
        for (int year : CinRulesTest.YEARS) {
            last = CinValidator.validate(CollectionYear.of(year), census);
        }
        return last;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "??", "2023-02-29", "-1", "true", "9999-99-99", "UN7", "NONE"})
    void shouldTurnAnyValueInEveryFieldIntoIssuesNotExceptions(String value) throws Exception {
        String xml = sample().replaceAll(">[^<>\\s][^<>]*</", ">" + value + "</");
        assertThatCode(() -> assertThat(validateEveryYear(xml)).isNotEmpty()).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void shouldSurviveElementsRemovedAtRandom(int seed) throws Exception {
        Random random = new Random(seed);
        String xml = sample();
        StringBuilder out = new StringBuilder();
        // Drop about a fifth of the leaf elements (every value the rules read can then be missing).
        for (String line : xml.split("\n")) {
            boolean leaf = line.matches("\\s*<(\\w+)>[^<]*</\\1>\\s*");
            if (!leaf || random.nextInt(5) != 0) {
                out.append(line).append('\n');
            }
        }
        assertThatCode(() -> validateEveryYear(out.toString())).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<Message/>", "<Message><Children/></Message>",
            "<Message><Children><Child/></Children></Message>",
            "<Message><Children><Child><CINdetails><Section47/><ChildProtectionPlans><Reviews/>"
                    + "</ChildProtectionPlans></CINdetails></Child></Children></Message>",
            "<Other><Header/></Other>"})
    void shouldValidateSkeletalFiles(String xml) {
        assertThatCode(() -> validateEveryYear(xml)).doesNotThrowAnyException();
    }
}
