package org.hearth.returns.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearth.returns.ssda903.Ssda903Data;
import org.hearth.returns.ssda903.Ssda903Reader;
import org.hearth.returns.ssda903.Ssda903Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's input makers: repeated children keep all their rows, with fresh ids, in both years. */
class ReturnsBenchTest {
    @TempDir
    Path tmp;

    private static Ssda903Table table(String name, List<String> columns, String[]... rows) {
        return new Ssda903Table(name, columns, List.of(rows));
    }

    @Test
    void shouldRepeatA903ReturnChildByChildWithFreshIdsAndTheSameIdsLastYear() throws Exception {
        Ssda903Data now = new Ssda903Data()
                .put(table("Header", List.of("CHILD", "SEX"), new String[] {"A", "M"}, new String[] {"B", "F"}))
                .put(table("Episodes", List.of("CHILD", "PLACE"), new String[] {"A", "U1"}, new String[] {"A", "K2"},
                        new String[] {"B", "U4"}));
        Ssda903Data last = new Ssda903Data()
                .put(table("Episodes", List.of("CHILD", "PLACE"), new String[] {"B", "U3"}));

        Ssda903Repeat.write(now, 5, tmp.resolve("now"));
        Ssda903Repeat.write(last, 5, tmp.resolve("last"), Ssda903Repeat.children(now, 5));

        Ssda903Data read = Ssda903Reader.readDirectory(tmp.resolve("now"));
        assertThat(read.table("Header").orElseThrow().children()).containsExactly("A", "B", "AR1", "BR1", "AR2");
        assertThat(read.table("Episodes").orElseThrow().size()).isEqualTo(2 + 1 + 2 + 1 + 2);
        assertThat(Files.readAllLines(tmp.resolve("last").resolve("Episodes.csv")))
                .containsExactly("CHILD,PLACE", "B,U3", "BR1,U3");
    }

    @Test
    void shouldRepeatACinCensusWithFreshChildIds() throws Exception {
        Path base = tmp.resolve("base.xml");
        Files.writeString(base, "<Message><Header/><Children>\n"
                + "<Child><ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers></Child>\n"
                + "<Child><ChildIdentifiers><LAchildID>C2</LAchildID></ChildIdentifiers></Child>\n"
                + "</Children></Message>\n");

        int distinct = CinRepeat.write(base, 5, tmp.resolve("big.xml"));

        String big = Files.readString(tmp.resolve("big.xml"));
        assertThat(distinct).isEqualTo(2);
        assertThat(big).contains("<LAchildID>C1</LAchildID>", "<LAchildID>C2R1</LAchildID>",
                "<LAchildID>C1R2</LAchildID>").doesNotContain("C2R2").endsWith("</Children></Message>\n");
    }

    @Test
    void shouldRefuseABadOptionWithTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int rc = ReturnsBench.run(new String[] {"--children-903", "none"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(rc).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a number").contains("usage:");
    }
}
