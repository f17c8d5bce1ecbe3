package org.hearth.returns.ssda903.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hearth.cli.Options;
import org.hearth.returns.cin.imports.ReturnsImportCommand;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code returns import --return 903} against the database: what it saves, what it refuses, and running twice. */
class Ssda903ImportCommandTest extends HearthIntegrationTest {
    @Autowired
    Ssda903ImportService service;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of("--return", "903"));
        all.addAll(List.of(args));
        ReturnsImportCommand command = new ReturnsImportCommand(null, service,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.run(Options.parse(all));
    }

    int people(String prefix) {
        return jdbc.queryForObject("SELECT count(*) FROM ssd_person WHERE pers_legacy_id LIKE ?", Integer.class,
                prefix + "%");
    }

    int of(String table, String personColumn, String prefix) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " t JOIN ssd_person p ON p.pers_person_id = t."
                + personColumn + " WHERE p.pers_legacy_id LIKE ?", Integer.class, prefix + "%");
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importsThePublicSampleAsHistoryWithProgressAndAddsNothingTheSecondTime() throws Exception {
        Path sample = Ssda903Samples.writeCsv(Ssda903Samples.moved("RT-"), dir.resolve("sample"));
        Path report = dir.resolve("report");

        long t0 = System.nanoTime();
        assertThat(run("--year", "2023", "--current", sample.toString(), "--keep-rule-breaks", "--out",
                report.toString(), "--progress", "1000")).as(stderr()).isZero();
        System.out.printf("903 import of the d2i sample (2,676 children): %.1f s%n", (System.nanoTime() - t0) / 1e9);
        stdout().lines().filter(l -> l.startsWith("Imported") || l.contains(" in ") && l.endsWith(" s"))
                .forEach(System.out::println);

        assertThat(stdout()).contains("checked 2000 of 2676 children").contains("2676 added")
                .contains("Kept ").contains("rule breaks as history");
        assertThat(report.resolve("kept.csv")).exists();
        assertThat(Files.readAllLines(report.resolve("kept.csv")).get(0)).isEqualTo("file,row,field,reason");
        assertThat(people("RT-")).isEqualTo(2_676);
        assertThat(of("cla_periods", "clpe_person_id", "RT-")).isGreaterThan(2_000);
        assertThat(of("ssd_cla_reviews", "clar_person_id", "RT-")).isGreaterThan(12_000);
        assertThat(of("cla_outcomes", "clao_person_id", "RT-")).isEqualTo(2_675);
        assertThat(of("ssd_cla_previous_permanence", "lapp_person_id", "RT-")).isGreaterThan(0);
        assertThat(of("cla_social_worker_episodes", "swep_person_id", "RT-")).isEqualTo(1);
        assertThat(of("cla_dolo", "dolo_person_id", "RT-")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_cla_placement t JOIN ssd_person p ON p.pers_person_id"
                + " = t.clap_person_id WHERE p.pers_legacy_id LIKE 'RT-%' AND t.clap_cla_episode_start_reason IS NOT NULL"
                + " AND t.clap_cla_primary_need_code IS NOT NULL", Integer.class))
                .as("each episode's RNE and CIN kept as returned").isGreaterThan(2_000);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ?", Integer.class,
                Ssda903ImportService.RECORDED_BY)).isPositive();

        assertThat(run("--year", "2023", "--current", sample.toString(), "--keep-rule-breaks")).as(stderr()).isZero();
        assertThat(stdout()).contains("0 added").contains("2676 already on record with nothing new")
                .contains("0 records added");
        assertThat(people("RT-")).isEqualTo(2_676);
        assertThat(of("ssd_cla_reviews", "clar_person_id", "RT-")).isGreaterThan(12_000);
    }

    @Test
    void refusesTheSampleWithoutKeepingRuleBreaksAndSavesNothing() throws Exception {
        Path sample = Ssda903Samples.writeCsv(Ssda903Samples.moved("RF-"), dir.resolve("sample"));

        assertThat(run("--year", "2023", "--current", sample.toString(), "--out", dir.resolve("r").toString()))
                .isEqualTo(1);

        assertThat(stderr()).contains("nothing was saved").contains("--keep-rule-breaks")
                .contains("sample: Reviews row").contains("(Hearth rule care-review-while-looked-after)");
        assertThat(dir.resolve("r/errors.csv")).exists();
        assertThat(people("RF-")).isZero();
    }

    @Test
    void refusesAnUnreadableDateSayingFileRowAndColumnEvenWhenKeepingRuleBreaks() throws Exception {
        Path ret = dir.resolve("bad");
        Files.createDirectories(ret);
        Files.writeString(ret.resolve("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nBD1,1,01/02/2012,WBRI,UN1,,\n");
        Files.writeString(ret.resolve("episodes.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,"
                + "REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nBD1,31/02/2023,S,C2,N1,U1,PR1,,,,,,\n");

        assertThat(run("--year", "2023", "--current", ret.toString(), "--keep-rule-breaks")).isEqualTo(1);

        assertThat(stderr()).contains("bad: Episodes row 0 (child BD1), DECOM: '31/02/2023' is not a date (dd/mm/yyyy)");
        assertThat(people("BD1")).isZero();
    }

    @Test
    void refusesTheOldSexCodingIn2024To25AndListsIt() throws Exception {
        Path ret = dir.resolve("old");
        Files.createDirectories(ret);
        Files.writeString(ret.resolve("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nOC1,1,01/02/2012,WBRI,UN1,,\n");
        Files.writeString(ret.resolve("episodes.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,"
                + "REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nOC1,01/06/2024,S,C2,N1,U1,PR1,,,,,,\n");

        assertThat(run("--year", "2025", "--current", ret.toString())).isEqualTo(1);
        assertThat(stderr()).contains("Header row 0 (child OC1), SEX: '1' is an old coding: from 2024/25 the 903 "
                + "codes sex M, F or U (1 was male: send M)").contains("note: SEX '1' is an old coding, not valid in 2024/25");
        assertThat(people("OC1")).isZero();

        assertThat(run("--year", "2024", "--current", ret.toString())).as(stderr()).isZero();
        assertThat(people("OC1")).isOne();
        assertThat(jdbc.queryForObject("SELECT pers_sex FROM ssd_person WHERE pers_legacy_id = 'OC1'", String.class))
                .isEqualTo("M");
    }

    @Test
    void importsAnXmlReturn() {
        assertThat(run("--year", "2023", "--current", Ssda903Samples.SAMPLE_XML.toString(), "--keep-rule-breaks"))
                .as(stderr()).isZero();
        assertThat(stdout()).contains("253 children in the return; 253 added");
    }

    @Test
    void refusesAFileWithColumnsMissingFromItsHeaderNamingThemAndSavesNothing() throws Exception {
        Path ret = dir.resolve("short");
        Files.createDirectories(ret);
        Files.writeString(ret.resolve("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nMC1,M,01/02/2012,WBRI,UN1,,\n");
        Files.writeString(ret.resolve("episodes.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC,REASON_PLACE_CHANGE,"
                + "HOME_POST,URN\nMC1,01/06/2023,S,C2,N1,U1,,,,,\n");

        assertThat(run("--year", "2023", "--current", ret.toString(), "--keep-rule-breaks")).isEqualTo(1);

        assertThat(stderr()).contains("episodes.csv (Episodes) has no PLACE_PROVIDER, PL_POST")
                .contains("nothing was imported");
        assertThat(people("MC1")).isZero();
    }

    @Test
    void saysWhatIsMissing() {
        assertThat(run("--year", "2023")).isEqualTo(2);
        assertThat(stderr()).contains("--year and --current are required");
        assertThat(run("--year", "2023", "--current", dir.resolve("nowhere").toString())).isEqualTo(1);
        assertThat(stderr()).contains("no such file or directory");
    }
}
