package org.hearth.returns.cin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearth.cli.Options;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code returns import} against the database: what it saves, what it refuses, and that it runs twice safely. */
class CinImportCommandTest extends HearthIntegrationTest {
    @Autowired
    CinImportService service;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Path file, String year, String... more) {
        out.reset();
        err.reset();
        List<String> args = new java.util.ArrayList<>(List.of("--return", "cin", "--year", year, "--file", file.toString()));
        args.addAll(List.of(more));
        ReturnsImportCommand command = new ReturnsImportCommand(service, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.run(Options.parse(args));
    }

    Path write(String name, String xml) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, xml);
        return file;
    }

    /** The crafted census with its LA child ids made unique to one test (the database is shared). */
    static String census(String prefix) {
        return CinImportTest.CENSUS.replace("IMP", prefix);
    }

    int count(String sql, String prefix) {
        return jdbc.queryForObject(sql, Integer.class, prefix + "%");
    }

    int people(String prefix) {
        return count("SELECT count(*) FROM ssd_person WHERE pers_legacy_id LIKE ?", prefix);
    }

    int of(String table, String personColumn, String prefix) {
        return count("SELECT count(*) FROM " + table + " t JOIN ssd_person p ON p.pers_person_id = t." + personColumn
                + " WHERE p.pers_legacy_id LIKE ?", prefix);
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importsASmallCensusAndAddsNothingTheSecondTime() throws Exception {
        Path file = write("small.xml", census("CMDA"));

        assertThat(run(file, "2025")).as(stderr()).isZero();
        assertThat(stdout()).contains("3 added");
        assertThat(people("CMDA")).isEqualTo(3);
        assertThat(of("ssd_cin_episodes", "cine_person_id", "CMDA")).isEqualTo(4);
        assertThat(of("ssd_cin_assessments", "cina_person_id", "CMDA")).isEqualTo(1);
        assertThat(of("ssd_cin_plans", "cinp_person_id", "CMDA")).isEqualTo(2);
        assertThat(of("ssd_s47_enquiry", "s47e_person_id", "CMDA")).isEqualTo(1);
        assertThat(of("ssd_initial_cp_conference", "icpc_person_id", "CMDA")).isEqualTo(1);
        assertThat(of("ssd_cp_plans", "cppl_person_id", "CMDA")).isEqualTo(1);
        assertThat(of("ssd_cp_reviews", "cppr_person_id", "CMDA")).isEqualTo(2);
        assertThat(of("ssd_disability", "disa_person_id", "CMDA")).isEqualTo(2);
        assertThat(of("chronology_entry", "chro_person_id", "CMDA")).isEqualTo(12);
        assertThat(jdbc.queryForObject("SELECT pers_sex FROM ssd_person WHERE pers_legacy_id = 'CMDA001'", String.class))
                .isEqualTo("M");
        assertThat(jdbc.queryForObject("SELECT icpc_icpc_outcome_cp_flag FROM ssd_initial_cp_conference c "
                + "JOIN ssd_person p ON p.pers_person_id = c.icpc_person_id WHERE p.pers_legacy_id = 'CMDA001'",
                Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = 'cin-import' AND detail LIKE "
                + "'3 children added%'", Integer.class)).isPositive();

        assertThat(run(file, "2025")).as(stderr()).isZero();
        assertThat(stdout()).contains("0 added").contains("3 already on record with nothing new")
                .contains("0 referrals added, 4 already on record skipped");
        assertThat(people("CMDA")).isEqualTo(3);
        assertThat(of("ssd_cin_episodes", "cine_person_id", "CMDA")).isEqualTo(4);
        assertThat(of("chronology_entry", "chro_person_id", "CMDA")).isEqualTo(12);
    }

    @Test
    void addsAnEarlierEpisodeToAChildAlreadyOnRecord() throws Exception {
        assertThat(run(write("first.xml", census("CMDB")), "2025")).as(stderr()).isZero();
        String earlier = census("CMDB").replace("<CINreferralDate>2023-05-10</CINreferralDate>",
                "<CINreferralDate>2022-01-05</CINreferralDate><ReferralSource>9</ReferralSource>"
                        + "<PrimaryNeedCode>N8</PrimaryNeedCode><CINclosureDate>2022-02-01</CINclosureDate>"
                        + "<ReasonForClosure>RC7</ReasonForClosure></CINdetails><CINdetails>"
                        + "<CINreferralDate>2023-05-10</CINreferralDate>");

        assertThat(run(write("earlier.xml", earlier), "2025")).as(stderr()).isZero();
        assertThat(stdout()).contains("1 already on record given new referrals").contains("1 referrals added");
        assertThat(of("ssd_cin_episodes", "cine_person_id", "CMDB002")).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT pers_version FROM ssd_person WHERE pers_legacy_id = 'CMDB002'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void aFileWithABadCodeIsRefusedAndSavesNothing() throws Exception {
        Path file = write("bad.xml", census("CMDC").replace("<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>",
                "<InitialCategoryOfAbuse>XYZ</InitialCategoryOfAbuse>"));
        Path report = dir.resolve("report");

        assertThat(run(file, "2025", "--out", report.toString())).isEqualTo(1);
        assertThat(stderr()).contains("Refused bad.xml for 2024/25: 1 problem; nothing was saved.")
                .contains("bad.xml: ChildProtectionPlans row 0 (child CMDC001), InitialCategoryOfAbuse: 'XYZ' is not a "
                        + "CP_CATEGORY code in 2024/25");
        assertThat(people("CMDC")).as("the good children of a refused file are not saved either").isZero();
        assertThat(Files.readAllLines(report.resolve("errors.csv"))).containsExactly("file,row,field,reason",
                "bad.xml,ChildProtectionPlans row 0 (child CMDC001),InitialCategoryOfAbuse,\"'XYZ' is not a CP_CATEGORY "
                        + "code in 2024/25; valid codes: NEG, PHY, SAB, EMO, MUL\"");
    }

    @Test
    void aFileThatIsNotXmlIsRefusedWithItsLine() throws Exception {
        assertThat(run(write("broken.xml", "<Message>\n<Children>\n</Message>"), "2025")).isEqualTo(1);
        assertThat(stderr()).contains("broken.xml: file: the file is not well-formed XML at line 3");
    }

    @Test
    void thePublicSample2024IsRefusedAsA2024To25Return() {
        Path sample = Path.of("src/test/resources/samples/cin-d2i/CIN_Census_2024.xml");

        assertThat(run(sample, "2025", "--out", dir.toString())).isEqualTo(1);
        System.out.println(stderr());
        assertThat(stderr()).contains("Refused CIN_Census_2024.xml for 2024/25")
                .contains("ReferenceDate: the file's reference date 31 March 2024 belongs to the 2023/24 collection")
                .contains("Sex: '1' is the old GenderCurrent coding")
                .contains("AssessmentFactors: 'RB' is not a FACTORS code in 2024/25")
                .contains("(Hearth rule cp-plan-starts-at-icpc, DfE 2885)");
        assertThat(people("DfEX")).isZero();
        assertThat(Files.exists(dir.resolve("errors.csv"))).isTrue();
    }

    @Test
    void reportsWhatHappensToTheOtherPublicSamples() {
        // Not an expectation of the samples' content: a record, in the test output, of what an import makes of them.
        for (String[] s : List.of(new String[] {"CIN_Census_2026.xml", "2026"}, new String[] {"fake_CIN_data.xml", "2023"})) {
            int status = run(Path.of("src/test/resources/samples/cin-d2i/" + s[0]), s[1], "--progress", "100");
            System.out.println("== " + s[0] + " as " + s[1] + ": exit " + status);
            System.out.println(stdout());
            System.out.println(stderr().lines().limit(25).reduce("", (a, b) -> a + b + "\n"));
            assertThat(status).isIn(0, 1);
            assertThat(stderr()).doesNotContain("Exception");
        }
    }

    /** The crafted census's children repeated {@code copies} times under distinct LA child ids. */
    static String many(String prefix, int copies) {
        String xml = census(prefix);
        int from = xml.indexOf("<Children>") + "<Children>".length();
        int to = xml.indexOf("</Children>");
        StringBuilder sb = new StringBuilder(xml.substring(0, from));
        for (int i = 0; i < copies; i++) {
            sb.append(xml, from, to).append('\n');
            int at = sb.length() - (to - from) - 1;
            String block = sb.substring(at).replace(prefix + "00", prefix + i + "x");
            sb.setLength(at);
            sb.append(block);
        }
        return sb.append(xml.substring(to)).toString();
    }

    @Test
    void importsThousandsOfChildrenInBatchesWithProgress() throws Exception {
        Path file = write("many.xml", many("CMDM", 1_000));

        assertThat(run(file, "2025", "--progress", "1000")).as(stderr()).isZero();
        assertThat(stdout()).contains("checked 3000 of 3000 children").contains("written 3000 children")
                .contains("3000 added");
        assertThat(people("CMDM")).isEqualTo(3_000);
        assertThat(of("ssd_cin_episodes", "cine_person_id", "CMDM")).isEqualTo(4_000);
        assertThat(of("ssd_cp_reviews", "cppr_person_id", "CMDM")).isEqualTo(2_000);
    }

    @Autowired
    List<org.hearth.cli.HearthCommand> commands;

    @Test
    void thePublicSampleImportedWithItsRuleBreaksKeptExportsToAFileThatValidatesTheSame() throws Exception {
        String xml = Files.readString(Path.of("src/test/resources/samples/cin-d2i/CIN_Census_2024.xml"))
                .replace("DfEX0000001", "CMDR0000001").replace("child_fails_assessments", "CMDR_fails_assessments");
        Path file = write("sample.xml", xml);

        assertThat(run(file, "2025")).isEqualTo(1);
        assertThat(stderr()).contains("run again with --keep-rule-breaks");
        assertThat(people("CMDR")).isZero();

        assertThat(run(file, "2025", "--keep-rule-breaks", "--out", dir.resolve("import").toString()))
                .as(stderr()).isZero();
        assertThat(stdout()).contains("Kept ").contains("Sex: '1' is the old GenderCurrent coding")
                .contains("Sex '1' is an old coding, not valid in 2024/25");
        assertThat(dir.resolve("import/kept.csv")).exists();
        assertThat(jdbc.queryForList("SELECT e.cine_census_year FROM ssd_cin_episodes e JOIN ssd_person p "
                + "ON p.pers_person_id = e.cine_person_id WHERE p.pers_legacy_id LIKE 'CMDR%'", Integer.class))
                .containsOnly(2025).hasSize(2);

        org.hearth.cli.HearthCommand export = commands.stream().filter(c -> c.name().equals("returns export"))
                .findFirst().orElseThrow();
        Path out = dir.resolve("export");
        assertThat(export.run(Options.parse(List.of("--return", "cin", "--year", "2025", "--out", out.toString(),
                "--la-number", "201")))).isZero();

        org.hearth.codes.CollectionYear y2025 = org.hearth.codes.CollectionYear.of(2025);
        java.util.function.Function<org.hearth.returns.cin.CinCensus, java.util.Set<String>> ours = census ->
                org.hearth.returns.cin.CinValidator.validate(y2025, census).stream()
                        .filter(i -> i.childId() != null && i.childId().startsWith("CMDR"))
                        .filter(i -> !i.ruleCode().equals("4180")) // the old coding, listed and recorded as M
                        .map(i -> i.ruleCode() + "|" + i.childId() + "|" + i.table())
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        java.util.Set<String> direct = ours.apply(org.hearth.returns.cin.CinReader.read(file));
        assertThat(direct).hasSizeGreaterThan(10);
        assertThat(ours.apply(org.hearth.returns.cin.CinReader.read(out.resolve("cin-census.xml"))))
                .isEqualTo(direct);
    }
}
