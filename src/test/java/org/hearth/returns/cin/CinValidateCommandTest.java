package org.hearth.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearth.returns.IssueReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CinValidateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ValidateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path sample(String name) throws Exception {
        Path target = dir.resolve(name);
        try (var in = getClass().getResourceAsStream("/samples/cin-d2i/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void shouldWriteIssuesAndPrintTheReportAndTime() throws Exception {
        Path file = sample("fake_CIN_data.xml");
        Path outDir = dir.resolve("out");
        int code = run("--year", "2023", "--file", file.toString(), "--out", outDir.toString());
        assertThat(code).isEqualTo(ValidateCommand.OK);
        List<String> lines = Files.readAllLines(outDir.resolve("issues.csv"));
        assertThat(lines.get(0)).isEqualTo(IssueReport.ISSUES_HEADER);
        assertThat(lines).hasSizeGreaterThan(100).anyMatch(l -> l.startsWith(",Header,0,100,ReferenceDate,"));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("332 children").contains("issues on").containsPattern("total \\d+ ms")
                .containsPattern("\\d+ errors, [1-9]\\d* queries");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void shouldRunTheSchemaCheckWhenAsked() throws Exception {
        Path file = sample("fake_CIN_data.xml"); // a 2022/23 census: the shipped 2023/24 schema describes it
        int code = run("--year", "2023", "--file", file.toString(), "--out", dir.resolve("o").toString(), "--schema");
        assertThat(code).isEqualTo(ValidateCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("schema \\(CIN_schema_2024\\.xsd\\): \\d+ problems");
    }

    @Test
    void shouldSayWhyALaterCensusIsNotCheckedAgainstTheShippedSchema() throws Exception {
        Path file = sample("CIN_Census_2024.xml"); // gives Sex, the 2024/25 item the 2023/24 schema does not know
        int code = run("--year", "2025", "--file", file.toString(), "--out", dir.resolve("o").toString(), "--schema");
        assertThat(code).isEqualTo(ValidateCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("schema: not checked")
                .contains("up to 2023/24 only").doesNotContainPattern("schema \\(.*\\): \\d+ problems");
    }

    @Test
    void shouldSayWhenTheFileIsMissing() {
        int code = run("--year", "2025", "--file", dir.resolve("nope.xml").toString(), "--out", dir.toString());
        assertThat(code).isEqualTo(ValidateCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: no such file").doesNotContain("Exception");
    }

    @Test
    void shouldSayWhenTheYearIsUnknown() throws Exception {
        Path file = sample("CIN_Census_2024.xml");
        assertThat(run("--year", "2019", "--file", file.toString(), "--out", dir.toString()))
                .isEqualTo(ValidateCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no cin rules for collection year 2018/19");
        err.reset();
        assertThat(run("--year", "soon", "--file", file.toString(), "--out", dir.toString()))
                .isEqualTo(ValidateCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'soon' is not a collection year");
    }

    @Test
    void shouldSayTheLineWhereTheXmlBreaks() throws Exception {
        Path file = dir.resolve("broken.xml");
        Files.writeString(file, "<Message>\n  <Children>\n    <Child>\n  </Children>\n</Message>\n");
        int code = run("--year", "2025", "--file", file.toString(), "--out", dir.resolve("o").toString());
        assertThat(code).isEqualTo(ValidateCommand.FAILED);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).contains("not well-formed XML at line 4").doesNotContain("\tat ");
        assertThat(message.lines().count()).isEqualTo(1);
        assertThat(Files.exists(dir.resolve("o").resolve("issues.csv"))).isFalse();
    }

    @Test
    void shouldSayWhenTheOutputDirectoryCannotBeMade() throws Exception {
        Path file = sample("CIN_Census_2024.xml");
        Path blocker = Files.writeString(dir.resolve("taken"), "a file, not a directory");
        int code = run("--year", "2025", "--file", file.toString(), "--out", blocker.toString());
        assertThat(code).isEqualTo(ValidateCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: file already exists: ")
                .contains("taken");
    }

    @Test
    void shouldExplainMissingOrUnknownArguments() {
        assertThat(run("--year", "2025")).isEqualTo(ValidateCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
        err.reset();
        assertThat(run("--colour", "blue")).isEqualTo(ValidateCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown argument '--colour'");
        err.reset();
        assertThat(run("--year")).isEqualTo(ValidateCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--year needs a value");
    }
}
