package org.hearth.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTest {
    private static final String HEADER = String.join(",", LinkFiles.HEADER);

    @TempDir
    Path dir;

    private int run(String csv, StringBuilder errors, String... extra) throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, csv);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[6 + extra.length];
        args[0] = "link";
        args[1] = "--input";
        args[2] = in.toString();
        args[3] = "--out";
        args[4] = dir.resolve("clusters.csv").toString();
        args[5] = "--pairs";
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[6] = dir.resolve("pairs.csv").toString();
        System.arraycopy(extra, 0, all, 7, extra.length);
        int code = LinkCommand.run(all, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        errors.append(err.toString(StandardCharsets.UTF_8));
        return code;
    }

    @Test
    void shouldWriteAClusterForEveryRecordAndThePairs() throws Exception {
        String csv = HEADER + "\n"
                + "a1,la,Ella,,Willis,2025-01-08,F,LE2 9PX,\"Flat 15, 10 Evington Avenue\",9999653553,\n"
                + "a2,health,ELLA,Amelia,WILLIS,2025-01-08,F,LE29PX,\"FLAT 15, 10 EVINGTON AVENUE\",9999653553,\n"
                + "b1,school,Harrison,,Campbell,2015-01-14,M,LE3 5ER,36 Hawthorn Road,,\n";
        StringBuilder err = new StringBuilder();
        assertThat(run(csv, err)).as(err.toString()).isZero();
        List<String> clusters = Files.readAllLines(dir.resolve("clusters.csv"));
        assertThat(clusters).containsExactly("record_id,cluster_id", "a1,a1", "a2,a1", "b1,b1");
        List<String> pairs = Files.readAllLines(dir.resolve("pairs.csv"));
        assertThat(pairs.get(0)).isEqualTo("record_id_l,record_id_r,match_probability");
        assertThat(pairs).anySatisfy(l -> assertThat(l).startsWith("a1,a2,"));
    }

    @Test
    void shouldPrintTheTimeOfEachPhaseWhenVerboseAndLinkTheSame() throws Exception {
        String csv = HEADER + "\n"
                + "a1,la,Ella,,Willis,2025-01-08,F,LE2 9PX,\"Flat 15, 10 Evington Avenue\",9999653553,\n"
                + "a2,health,ELLA,Amelia,WILLIS,2025-01-08,F,LE29PX,\"FLAT 15, 10 EVINGTON AVENUE\",9999653553,\n"
                + "b1,school,Harrison,,Campbell,2015-01-14,M,LE3 5ER,36 Hawthorn Road,,\n";
        StringBuilder quiet = new StringBuilder();
        assertThat(run(csv, quiet)).isZero();
        List<String> clusters = Files.readAllLines(dir.resolve("clusters.csv"));
        List<String> pairs = Files.readAllLines(dir.resolve("pairs.csv"));
        assertThat(quiet.toString()).doesNotContain("wall ms");
        StringBuilder verbose = new StringBuilder();
        assertThat(run(csv, verbose, "--verbose")).isZero();
        assertThat(verbose.toString()).contains("wall ms", "cpu ms", "read", "standardise", "block", "compare", "EM",
                "score", "cluster", "write", "total");
        assertThat(Files.readAllLines(dir.resolve("clusters.csv"))).isEqualTo(clusters);
        assertThat(Files.readAllLines(dir.resolve("pairs.csv"))).isEqualTo(pairs);
    }

    private void assertRefused(String csv, String message) throws Exception {
        StringBuilder err = new StringBuilder();
        assertThat(run(csv, err)).isEqualTo(2);
        assertThat(err.toString()).contains(message).contains("nothing written");
        assertThat(dir.resolve("clusters.csv")).doesNotExist();
        assertThat(dir.resolve("pairs.csv")).doesNotExist();
    }

    @Test
    void shouldRefuseAWrongHeader() throws Exception {
        assertRefused("id,source,first_name\n1,la,Amy\n", "the header must be exactly");
    }

    @Test
    void shouldRefuseADuplicateRecordId() throws Exception {
        assertRefused(HEADER + "\nx,la,Amy,,Cox,,,,,,\nx,la,Amy,,Cox,,,,,,\n", "record_id x appears twice");
    }

    @Test
    void shouldRefuseABadDate() throws Exception {
        assertRefused(HEADER + "\nx,la,Amy,,Cox,2015-02-30,,,,,\n", "is not a real date");
        assertRefused(HEADER + "\nx,la,Amy,,Cox,30/01/2015,,,,,\n", "not a date in the form YYYY-MM-DD");
    }

    @Test
    void shouldRefuseMalformedCsv() throws Exception {
        assertRefused(HEADER + "\nx,la,\"Amy,,Cox,,,,,,\n", "never closed");
        assertRefused(HEADER + "\nx,la,Amy,,Cox,,,,\n", "every row needs 11");
        assertRefused(HEADER + "\n,la,Amy,,Cox,,,,,,\n", "record_id is blank");
    }

    @Test
    void shouldRefuseABadThreshold() throws Exception {
        StringBuilder err = new StringBuilder();
        assertThat(run(HEADER + "\n", err, "--threshold", "1.5")).isEqualTo(2);
        assertThat(err.toString()).contains("--threshold must be a probability");
    }
    /** Both files are written at once (pairs on another thread); a failure in either leaves neither behind. */
    @Test
    void shouldWriteNeitherFileWhenOneCannotBeWritten() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, HEADER + "\n" + "a1,la,Ella,,Willis,2025-01-08,F,LE2 9PX,10 Evington Avenue,,\n");
        Path clusters = dir.resolve("clusters.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // a directory where the pairs file should be: it cannot be replaced by a file
        Path pairs = Files.createDirectory(dir.resolve("pairs.csv"));
        Files.writeString(pairs.resolve("keep"), "x");
        int code = LinkCommand.run(new String[] {"link", "--input", in.toString(), "--out", clusters.toString(),
            "--pairs", pairs.toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write the output");
        assertThat(clusters).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.csv", "pairs.csv");
        }
    }
}
