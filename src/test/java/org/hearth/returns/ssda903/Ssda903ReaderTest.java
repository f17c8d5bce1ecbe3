package org.hearth.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.ValidationIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ssda903ReaderTest {
    @TempDir
    Path dir;

    @Test
    void shouldRecogniseTablesByTheirColumnsWhateverTheFilesAreCalled() throws IOException {
        Files.writeString(dir.resolve("export1.csv"),
                "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2010,WBRI,,,\n");
        Files.writeString(dir.resolve("export2.csv"), "CHILD,SEX,DOB,DUC\n1,1,01/01/2010,\n");
        Files.writeString(dir.resolve("notes.csv"), "WHAT,EVER\nx,y\n");

        Ssda903Data data = Ssda903Reader.readDirectory(dir);

        assertThat(data.tables().keySet()).containsExactlyInAnyOrder("Header", "UASC");
        assertThat(data.notices()).anyMatch(n -> n.contains("notes.csv") && n.contains("not those of any 903 table"));
    }

    @Test
    void shouldFallBackOnTheFileNameWhenColumnsAreMissing() throws IOException {
        Files.writeString(dir.resolve("episodes.csv"), "CHILD,DECOM,RNE\n1,01/04/2023,S\n");

        Ssda903Data data = Ssda903Reader.readDirectory(dir);

        assertThat(data.table("Episodes")).isPresent();
        assertThat(data.notices()).anyMatch(n -> n.contains("has no column(s)") && n.contains("PLACE"));
    }

    @Test
    void shouldReadBomQuotesCrlfAndBlanks() throws IOException {
        Files.write(dir.resolve("h.csv"), ("\uFEFFCHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n"
                + "\"1\",1,01/01/2010,\"WB,RI\", ,,\r\n\r\n2,2,02/02/2011,WBRI,\"say \"\"hi\"\"\",1,\r\n")
                .getBytes(StandardCharsets.UTF_8));

        Ssda903Table h = Ssda903Reader.readDirectory(dir).table("Header").orElseThrow();

        assertThat(h.size()).isEqualTo(2);
        assertThat(h.child(0)).isEqualTo("1");
        assertThat(h.get(0, "ETHNIC")).isEqualTo("WB,RI");
        assertThat(h.get(0, "UPN")).isNull();
        assertThat(h.get(1, "UPN")).isEqualTo("say \"hi\"");
        assertThat(h.get(1, "NO_SUCH_COLUMN")).isNull();
    }

    @Test
    void shouldKeepTheConventionallyNamedFileWhenTwoLookLikeTheSameTable() throws IOException {
        String cols = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n";
        Files.writeString(dir.resolve("a_copy.csv"), cols + "1,01/01/2010,01/01/2020,,\n9,01/01/2010,01/01/2020,,\n");
        Files.writeString(dir.resolve("placed_for_adoption.csv"), cols + "1,01/01/2010,01/01/2020,,\n");

        Ssda903Data data = Ssda903Reader.readDirectory(dir);

        assertThat(data.table("PlacedAdoption").orElseThrow().size()).isEqualTo(1);
        assertThat(data.notices()).anyMatch(n -> n.startsWith("ignored a_copy.csv"));
    }

    @Test
    void shouldReadWindows1252Files() throws IOException {
        Files.write(dir.resolve("header.csv"),
                "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2010,WBRI,Caf\u00e9,,\n"
                        .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(Ssda903Reader.readDirectory(dir).table("Header").orElseThrow().get(0, "UPN")).isEqualTo("Caf\u00e9");
    }

    @Test
    void shouldRefuseSomethingThatIsNotADirectory() {
        assertThatThrownBy(() -> Ssda903Reader.readDirectory(dir.resolve("missing")))
                .isInstanceOf(IOException.class).hasMessageContaining("not a directory");
    }

    @Test
    void shouldParseDatesOnceAndLeaveBadOnesForRulesToFlag() {
        Ssda903Table t = new Ssda903Table("Episodes", List.of("CHILD", "DECOM"), List.of(
                new String[] {"1", "01/04/2023"}, new String[] {"1", "31/02/2023"}, new String[] {"2", ""},
                new String[] {"2", "2023-04-01"}, new String[] {"3", "1/4/2023"}));

        assertThat(t.date(0, "DECOM")).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(t.date(1, "DECOM")).isNull();
        assertThat(t.badDate(1, "DECOM")).isTrue();
        assertThat(t.badDate(2, "DECOM")).isFalse();
        assertThat(t.badDate(3, "DECOM")).isTrue();
        assertThat(t.date(4, "DECOM")).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(t.dates("DECOM")).isSameAs(t.dates("DECOM"));
        assertThat(t.rowsOf("1")).containsExactly(0, 1);
        assertThat(t.rowsOf("nobody")).isEmpty();
    }

    @Test
    void shouldNameLastYearsTablesWithLastAndReportTheirRows() {
        Ssda903Data now = new Ssda903Data().put(new Ssda903Table("Header", List.of("CHILD", "SEX"),
                List.<String[]>of(new String[] {"1", "1"})));
        Ssda903Data last = new Ssda903Data().put(new Ssda903Table("Header", List.of("CHILD", "SEX"),
                List.<String[]>of(new String[] {"0", "1"}, new String[] {"1", "2"})));

        List<ValidationIssue> issues = Ssda903Validator.validate(CollectionYear.of(2024), now, last);

        assertThat(issues).filteredOn(i -> i.ruleCode().equals("202")).singleElement()
                .satisfies(i -> {
                    assertThat(i.table()).isEqualTo("Header");
                    assertThat(i.row()).isZero();
                    assertThat(i.childId()).isEqualTo("1");
                    assertThat(i.fields()).containsExactly("SEX");
                    assertThat(i.message()).startsWith("The gender code conflicts");
                });
    }

    @Test
    void shouldNotRunPreviousYearRulesWithoutLastYear() {
        Ssda903Data now = new Ssda903Data().put(new Ssda903Table("Header", List.of("CHILD", "SEX"),
                List.<String[]>of(new String[] {"1", "1"})));

        Ssda903Result result = new Ssda903Validator(Ssda903Registry.standard()).run(CollectionYear.of(2024), now, null);

        assertThat(result.rulesRun()).contains("101").doesNotContain("202");
        assertThat(result.skipped()).extracting(SkippedRule::code).contains("1008", "164");
        assertThat(result.skipped()).allMatch(s -> !s.reason().isBlank());
    }
}
