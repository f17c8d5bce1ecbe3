package org.hearth.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ssda903ValidateCommandTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ValidateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldWriteIssuesAndPrintTheReportForTheSample() throws Exception {
        Path outDir = tmp.resolve("out");
        int rc = run("--year", "2023", "--current", Ssda903SampleTest.SAMPLE.toString(), "--la", "201",
                "--out", outDir.toString());

        assertThat(rc).as(err()).isZero();
        List<String> lines = Files.readAllLines(outDir.resolve("issues.csv"));
        assertThat(lines.get(0)).isEqualTo("child_id,table,row,rule_code,fields,message");
        assertThat(lines).hasSizeGreaterThan(100);
        assertThat(outDir.resolve("rule-summary.csv")).exists();
        assertThat(out()).contains("issues on").contains("validated in").contains("catalogued rules not run")
                .contains("1008");
    }

    @Test
    void shouldAcceptAPreviousYearDirectory() {
        int rc = run("--year", "2024", "--current", Ssda903SampleTest.SAMPLE.toString(),
                "--previous", Ssda903SampleTest.SAMPLE.toString(), "--out", tmp.resolve("o").toString());

        assertThat(rc).as(err()).isZero();
        assertThat(out()).contains("previous year from");
    }

    @Test
    void shouldRunThePostcodeRulesOnlyWhenAsked() throws Exception {
        Path without = tmp.resolve("without");
        Path with = tmp.resolve("with");
        assertThat(run("--year", "2023", "--current", Ssda903SampleTest.SAMPLE.toString(), "--out", without.toString()))
                .isZero();
        assertThat(out()).contains("169    needs placement distance or LA");
        assertThat(run("--year", "2023", "--current", Ssda903SampleTest.SAMPLE.toString(), "--postcodes",
                "--out", with.toString())).isZero();

        // The sample's postcodes are made up, so the distance cannot be worked out for them (392a), the placement
        // cannot be located (169), and looked up they do not exist (392c, which without the directory checks only
        // their shape). 164 is the range of a distance returned, and the CSV tables return none.
        assertThat(ruleCodes(without)).doesNotContain("169", "392a").contains("1003");
        assertThat(ruleCodes(with)).contains("169", "392a").doesNotContain("164");
        assertThat(ruleCodes(with).stream().filter("392c"::equals).count())
                .isGreaterThan(ruleCodes(without).stream().filter("392c"::equals).count());
    }

    private static List<String> ruleCodes(Path outDir) throws java.io.IOException {
        return Files.readAllLines(outDir.resolve("issues.csv")).stream().skip(1).map(l -> l.split(",")[3]).toList();
    }

    @Test
    void shouldRunTheOwnLaRulesOnlyWithAnOnsCode() {
        assertThat(run("--year", "2023", "--current", Ssda903SampleTest.SAMPLE.toString(), "--la", "383",
                "--out", tmp.resolve("dfe").toString())).isZero();
        assertThat(out()).contains("1015   needs the returning LA's ONS code");
        out.reset();
        assertThat(run("--year", "2023", "--current", Ssda903SampleTest.SAMPLE.toString(), "--la", "E08000035",
                "--out", tmp.resolve("ons").toString())).isZero();
        assertThat(out()).doesNotContain("1015   needs the returning LA's ONS code")
                .contains("1015   needs placement distance or LA");
    }

    @Test
    void shouldRefuseAMissingDirectoryWithoutAStackTrace() {
        int rc = run("--year", "2023", "--current", tmp.resolve("nope").toString(), "--out", tmp.toString());

        assertThat(rc).isEqualTo(1);
        assertThat(err()).contains("is not a directory").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void shouldRefuseAYearWithNoCatalogue() {
        int rc = run("--year", "2015", "--current", tmp.toString(), "--out", tmp.toString());

        assertThat(rc).isEqualTo(2);
        assertThat(err()).contains("no ssda903 rules for collection year 2014/15");
    }

    @Test
    void shouldRefuseAYearThatIsNotAYear() {
        assertThat(run("--year", "last", "--current", tmp.toString(), "--out", tmp.toString())).isEqualTo(2);
        assertThat(err()).contains("is not a collection year");
    }

    @Test
    void shouldRefuseMissingOrUnknownOptions() {
        assertThat(run("--year", "2023", "--out", tmp.toString())).isEqualTo(2);
        assertThat(err()).contains("--current is required").contains("usage:");
        assertThat(run("--year", "2023", "--current", tmp.toString(), "--out", tmp.toString(), "--colour", "red"))
                .isEqualTo(2);
        assertThat(err()).contains("unknown option --colour");
        assertThat(run("--year")).isEqualTo(2);
        assertThat(err()).contains("--year needs a value");
    }

    @Test
    void shouldRefuseABadLaCode() {
        assertThat(run("--year", "2023", "--current", tmp.toString(), "--la", "Leeds", "--out", tmp.toString()))
                .isEqualTo(2);
        assertThat(err()).contains("three-digit");
    }

    @Test
    void shouldReportAnUnreadableFileByName() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("header.csv"), "CHILD,SEX\n1,1\n");
        // A directory named like a CSV file cannot be read as one, whoever runs the test (root ignores modes).
        Files.createDirectory(dir.resolve("reviews.csv"));

        int rc = run("--year", "2023", "--current", dir.toString(), "--out", tmp.resolve("o").toString());

        assertThat(rc).isEqualTo(1);
        assertThat(err()).contains("cannot read").contains("reviews.csv").doesNotContain("\tat ");
    }

    @Test
    void shouldWarnAndCarryOnWhenLastYearsDirectoryHasNo903Files() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        int rc = run("--year", "2023", "--current", Ssda903SampleTest.SAMPLE.toString(), "--previous",
                empty.toString(), "--out", tmp.resolve("o").toString());

        assertThat(rc).isZero();
        assertThat(err()).contains("warning: no 903 CSV files found in").contains("without last year");
        assertThat(out()).doesNotContain("previous year from");
    }

    @Test
    void shouldRefuseADirectoryWithNo903Files() {
        assertThat(run("--year", "2023", "--current", tmp.toString(), "--out", tmp.resolve("o").toString()))
                .isEqualTo(1);
        assertThat(err()).contains("no 903 CSV files");
    }
}
