package org.hearth.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hearth.codes.CollectionYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference data users give for the 903 rules: Ofsted's register and the DfE's LA codes. */
class Ssda903ReferenceDataTest {
    @TempDir
    Path tmp;

    private static Ssda903Data episodes(String csv) throws Exception {
        Ssda903Reader.ParsedCsv parsed = Ssda903Reader.parse(csv);
        Ssda903Data data = new Ssda903Data();
        data.put(new Ssda903Table("Episodes", parsed.header(), parsed.rows()));
        return data;
    }

    @Test
    void shouldListTheRulesNeedingReferenceDataAsNotRunWithTheReasonWhenNoneIsGiven() throws Exception {
        Ssda903Result result = new Ssda903Validator(Ssda903Registry.standard())
                .run(CollectionYear.of(2025), episodes("CHILD,URN,PL_POST\n1,SC1,LS2 9JT\n"), null);

        assertThat(result.skipped()).extracting(SkippedRule::code)
                .contains("1008", "219", "221", "224", "227", "228", "229", "633", "179", "411");
        assertThat(result.skipped()).filteredOn(s -> s.code().equals("1008")).singleElement()
                .extracting(SkippedRule::reason).asString().contains("Ofsted").contains("--ofsted");
        assertThat(result.skipped()).filteredOn(s -> s.code().equals("633")).singleElement()
                .extracting(SkippedRule::reason).asString().contains("--la-codes");
        assertThat(result.rulesRun()).doesNotContain("1008", "633", "179", "411");
    }

    @Test
    void shouldListThePlacementLocationRulesAsNotRunWithPostcodesButNoOwnLa() throws Exception {
        Ssda903Data now = episodes("CHILD,DECOM,PL_POST,PLACE_PROVIDER\n1,01/03/2023,TR1 2AA,PR1\n");
        Ssda903Data last = new Ssda903Data();
        Ssda903Reader.ParsedCsv parsed = Ssda903Reader.parse("CHILD,DECOM,DEC,PL_POST\n1,01/03/2023,,LS2 9JT\n");
        last.put(new Ssda903Table("Episodes_last", parsed.header(), parsed.rows()));

        Ssda903Result result = new Ssda903Validator(Ssda903Registry.standard(), true)
                .run(CollectionYear.of(2024), now, last);

        // Without the LA's own code no location can be derived: 503J would run and never flag.
        assertThat(result.skipped()).extracting(SkippedRule::code).contains("503J", "1015", "179", "411")
                .doesNotContain("503H", "503G", "164");
        assertThat(result.skipped()).filteredOn(s -> s.code().equals("503J")).singleElement()
                .extracting(SkippedRule::reason).asString().contains("--la");
        assertThat(result.rulesRun()).contains("503H").doesNotContain("503J");
    }

    @Test
    void shouldCheckAPlacementLocationGivenInTheReturnWithoutLookingUpPostcodes() throws Exception {
        Ssda903Result result = new Ssda903Validator(Ssda903Registry.standard())
                .run(CollectionYear.of(2025), episodes("CHILD,LS,PLACE,PL_POST,PL_LOCATION\n1,C2,K2,LS2 9JT,XX\n"),
                        null);

        assertThat(result.rulesRun()).contains("179").doesNotContain("411");
        assertThat(result.issues()).filteredOn(i -> i.ruleCode().equals("179")).hasSize(1);
    }

    @Test
    void shouldReadTheOfstedRegisterInAnyColumnOrderAndEitherDateForm() throws Exception {
        OfstedRegister register = OfstedRegister.parse("t.csv",
                "POSTCODE,urn,closed,registered,provider_codes,place_codes\n"
                + "LS2 9JT, sc1 ,2024-01-31,01/04/2015,PR4,K2 R1\n");

        OfstedRegister.Provider p = register.find("SC1");
        assertThat(p.placeCodes()).containsExactlyInAnyOrder("K2", "R1");
        assertThat(p.providerCodes()).containsExactly("PR4");
        assertThat(p.registeredOn(LocalDate.of(2024, 1, 31))).isTrue();
        assertThat(p.registeredOn(LocalDate.of(2024, 2, 1))).isFalse();
        assertThat(p.registeredOn(LocalDate.of(2015, 3, 31))).isFalse();
    }

    @Test
    void shouldRefuseARegisterWithoutItsColumnsOrWithABadDateNamingTheLine() {
        assertThatThrownBy(() -> OfstedRegister.parse("reg.csv", "urn,postcode\nSC1,LS2 9JT\n"))
                .isInstanceOf(ReferenceDataException.class).hasMessageContaining("reg.csv")
                .hasMessageContaining("place_codes");
        assertThatThrownBy(() -> OfstedRegister.parse("reg.csv",
                "urn,place_codes,provider_codes,postcode,registered,closed\nSC1,K2,PR4,LS2 9JT,31/02/2020,\n"))
                .isInstanceOf(ReferenceDataException.class).hasMessageContaining("line 2")
                .hasMessageContaining("registered").hasMessageContaining("31/02/2020");
        assertThatThrownBy(() -> OfstedRegister.parse("reg.csv",
                "urn,place_codes,provider_codes,postcode,registered,closed\nSC1,K2,PR4,,,\nsc1,K2,PR4,,,\n"))
                .isInstanceOf(ReferenceDataException.class).hasMessageContaining("line 3")
                .hasMessageContaining("twice");
    }

    @Test
    void shouldGiveTheOnsCodeOfAnLaOnTheListAndRefuseABlankCode() throws Exception {
        LaCodeList list = LaCodeList.parse("la.csv", "la_code,la_name,ons_code\n383,Leeds,E08000035\n901,Test,\n");

        assertThat(list.contains(" 383 ")).isTrue();
        assertThat(list.contains("999")).isFalse();
        assertThat(list.onsCode("383")).isEqualTo("E08000035");
        assertThat(list.onsCode("901")).isNull();
        assertThatThrownBy(() -> LaCodeList.parse("la.csv", "la_code\n\n,\n"))
                .isInstanceOf(ReferenceDataException.class).hasMessageContaining("blank");
    }

    @Test
    void shouldRunTheOfstedAndLaCodeRulesFromTheCommandLineAndMapAThreeDigitLa() throws Exception {
        Path current = Files.createDirectories(tmp.resolve("current"));
        Files.writeString(current.resolve("episodes.csv"),
                "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
                + "1,01/05/2024,S,C2,N1,K2,PR1,,,,LS1 4AP,TR1 2AA,SC999999\n");
        Files.writeString(current.resolve("previous_permanence.csv"),
                "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\n1,01/01/2010,P1,999,01/01/2020\n");
        Path ofsted = tmp.resolve("ofsted.csv");
        Files.writeString(ofsted, "urn,place_codes,provider_codes,postcode,registered,closed\n"
                + "SC100001,K2,PR4,LS2 9JT,01/04/2015,\n");
        Path laCodes = tmp.resolve("la.csv");
        Files.writeString(laCodes, "la_code,la_name,ons_code\n383,Test,E08000035\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path outDir = tmp.resolve("out");

        int rc = ValidateCommand.run(new String[] {"--year", "2025", "--current", current.toString(), "--la", "383",
            "--ofsted", ofsted.toString(), "--la-codes", laCodes.toString(), "--out", outDir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> issues = Files.readAllLines(outDir.resolve("issues.csv"));
        assertThat(issues).anyMatch(l -> l.startsWith("1,Episodes,0,1008,"))
                .anyMatch(l -> l.startsWith("1,PrevPerm,0,633,"));
        String printed = out.toString(StandardCharsets.UTF_8);
        // 383 became E08000035, so only the want of --postcodes keeps 1015 from running, not the LA.
        assertThat(printed).doesNotContain("needs the returning LA").doesNotContain("Ofsted's register");
    }

    @Test
    void shouldRefuseAnUnreadableRegisterWithOneClearLine() throws Exception {
        Path bad = tmp.resolve("ofsted.csv");
        Files.writeString(bad, "urn\nSC1\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int rc = ValidateCommand.run(new String[] {"--year", "2025", "--current", tmp.toString(),
            "--ofsted", bad.toString(), "--out", tmp.resolve("o").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(rc).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: ").contains("ofsted.csv")
                .contains("place_codes").doesNotContain("Exception");
    }
}
