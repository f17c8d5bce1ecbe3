package org.hearth.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.hearth.identity.NhsNumber;
import org.hearth.identity.Upn;
import org.junit.jupiter.api.Test;

/**
 * The linking's speed paths give exactly what the plain ones give: the reader in pieces against the reader in one
 * piece (values, refusals and their lines), the blocking keys' hashes made without strings against the hashes of the
 * keys, the identifier checks without messages against validate(), the clusterer's sort against a comparator sort,
 * and the byte writers against the Writer ones.
 */
class SpeedPathsTest {
    private static final String HEADER = String.join(",", LinkFiles.HEADER) + "\n";

    /** A file of about {@code rows} rows, big enough to be read in pieces, with quoted commas, quotes and line breaks. */
    private static String bigFile(int rows) {
        StringBuilder b = new StringBuilder(HEADER);
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < rows; i++) {
            String address = switch (i % 4) {
                case 0 -> "\"Flat " + i % 30 + ", " + i + " Evington Avenue\"";
                case 1 -> "\"" + i + " \"\"The Grange\"\"\nLeicester\"";
                case 2 -> i + " Holly Road";
                default -> "";
            };
            b.append("r").append(i).append(",la,Zoë,,O'Brien-Smith,20").append(10 + r.nextInt(10)).append("-0")
                    .append(1 + r.nextInt(9)).append("-1").append(r.nextInt(9)).append(",F,LE2 9PX,").append(address)
                    .append(",,").append(i % 7 == 0 ? "\r\n" : "\n");
        }
        return b.toString();
    }

    @Test
    void shouldReadABigFileInPiecesAsInOne() throws Exception {
        byte[] bytes = bigFile(20_000).getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(2 * 256 * 1024); // more than one piece
        List<InputRecord> pieces = LinkFiles.parse(bytes);
        assertThat(pieces).hasSize(20_000);
        assertThat(pieces.get(1).addressLine()).isEqualTo("1 \"The Grange\"\nLeicester");
        assertThat(pieces.get(0).firstName()).isEqualTo("Zoë");
        // the same file with a byte order mark and the whole file read as one piece (a text under 256 KB each time)
        List<InputRecord> one = new ArrayList<>();
        String text = new String(bytes, StandardCharsets.UTF_8);
        int rowStart = text.indexOf('\n') + 1;
        List<String> rows = new ArrayList<>();
        // split on the record ids, which begin each row
        for (int i = 0; i < 20_000; i++) {
            int next = i + 1 < 20_000 ? text.indexOf("\nr" + (i + 1) + ",la,", rowStart) + 1 : text.length();
            rows.add(text.substring(rowStart, next));
            rowStart = next;
        }
        for (int from = 0; from < rows.size(); from += 1000) {
            String part = HEADER + String.join("", rows.subList(from, Math.min(rows.size(), from + 1000)));
            one.addAll(LinkFiles.parse(part));
        }
        assertThat(pieces).isEqualTo(one);
        assertThat(LinkFiles.parse(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))).isEqualTo(pieces);
    }

    @Test
    void shouldCutPiecesOnlyAfterLineEndsOutsideQuotes() throws Exception {
        byte[] bytes = bigFile(40_000).getBytes(StandardCharsets.UTF_8);
        // where each row ends outside quotes, by one plain pass
        java.util.Set<Integer> rowStarts = new java.util.HashSet<>();
        boolean quoted = false;
        for (int i = 0; i < bytes.length; i++) {
            quoted ^= bytes[i] == '"';
            if (bytes[i] == '\n' && !quoted) {
                rowStarts.add(i + 1);
            }
        }
        for (int pieces = 2; pieces <= 16; pieces++) {
            int[] starts = LinkFiles.pieceStarts(bytes, 0, pieces);
            assertThat(starts).hasSize(pieces + 1);
            for (int k = 1; k < pieces; k++) {
                assertThat(rowStarts).as(pieces + " pieces, start " + k).contains(starts[k]);
                assertThat(starts[k]).isGreaterThan(starts[k - 1]);
            }
        }
        // a quoted value longer than a piece: no cut found, so the file is read in one pass (and read the same)
        String longRow = HEADER + "x,la,\"" + "a\n".repeat(400_000) + "\",,Smith,,,,,,\n" + "y,la,Ann,,Lee,,,,,,\n";
        byte[] longBytes = longRow.getBytes(StandardCharsets.UTF_8);
        assertThat(LinkFiles.pieceStarts(longBytes, 0, 3)).isNull();
        assertThat(LinkFiles.parse(longBytes)).hasSize(2);
        assertThat(LinkFiles.uniqueIds(LinkFiles.parse(longBytes))).isTrue();
        List<InputRecord> twice = new ArrayList<>(LinkFiles.parse(longBytes));
        twice.add(twice.get(0));
        assertThat(LinkFiles.uniqueIds(twice)).isFalse();
    }

    @Test
    void shouldReportTheFirstProblemOfABigFileWithItsLine() {
        String text = bigFile(20_000);
        // a bad date near the end, and a duplicate id further on: the date is reported, on its own line
        String bad = text.replace("r19000,la,Zoë,,O'Brien-Smith,20", "r19000,la,Zoë,,O'Brien-Smith,19") // still fine
                .replace("\nr19500,", "\nr19500x,");
        int at = bad.indexOf("\nr19600,") + 1;
        String line = bad.substring(at, bad.indexOf('\n', at));
        String broken = bad.substring(0, at) + line.replaceFirst("20\\d\\d-\\d\\d-\\d\\d", "2019-02-30")
                + bad.substring(at + line.length()).replace("\nr19700,", "\nr5,");
        int expectedLine = 1 + (int) broken.substring(0, at).chars().filter(c -> c == '\n').count();
        assertThatThrownBy(() -> LinkFiles.parse(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BadInputException.class)
                .hasMessage("line " + expectedLine + ": date of birth " + line.split(",")[5].replaceFirst(
                        "20\\d\\d-\\d\\d-\\d\\d", "2019-02-30") + " of record r19600 is not a real date");
        // the duplicate alone: found across pieces, reported at its own line
        String duplicate = text.replace("\nr19700,", "\nr5,");
        int dupAt = duplicate.indexOf("\nr5,la", duplicate.indexOf("\nr19699,")) + 1;
        int dupLine = 1 + (int) duplicate.substring(0, dupAt).chars().filter(c -> c == '\n').count();
        assertThatThrownBy(() -> LinkFiles.parse(duplicate.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("line " + dupLine + ": record_id r5 appears twice; each record needs its own");
    }

    @Test
    void shouldRefuseABigFileThatIsNotUtf8() {
        byte[] bytes = bigFile(20_000).getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 40] = (byte) 0xC3;
        bytes[bytes.length - 39] = (byte) 0x28; // not a continuation byte
        assertThatThrownBy(() -> LinkFiles.parse(bytes)).hasMessage("input file is not UTF-8 text");
    }

    @Test
    void shouldHashTheBlockingKeysAsTheirStrings() throws Exception {
        List<InputRecord> input = new ArrayList<>(LinkFiles.read(Path.of("src/test/resources/identity/synth-children/"
                + "records.csv")));
        input.add(new InputRecord("old", "la", "Ada", "", "Lovelace", "1815-12-10", "", "", "", "", ""));
        input.add(new InputRecord("bare", "la", "", "", "", "", "", "", "", "", ""));
        input.add(new InputRecord("num", "la", "", "", "Khan", "", "U", "LE1 1AA", "Flat 2 10 Rd", "123456", "A12"));
        Standardiser s = new Standardiser();
        Blocker blocker = new Blocker(NameVariants.standard(), 60);
        for (int i = 0; i < input.size(); i++) {
            Standardised r = s.standardise(i, input.get(i));
            long[] expected = blocker.keys(r).stream().mapToLong(Blocker::hash).toArray();
            assertThat(blocker.keyHashes(r)).as(input.get(i).recordId()).containsExactly(expected);
        }
    }

    @Test
    void shouldCompareRecordsFromThePoolAsThePlainOnes() throws Exception {
        List<InputRecord> input = new ArrayList<>(LinkFiles.read(Path.of("src/test/resources/identity/synth-children/"
                + "records.csv")));
        input.add(new InputRecord("old", "la", "Ada", "", "Lovelace", "1815-12-10", "", "", "", "", ""));
        input.add(new InputRecord("bare", "la", "", "", "", "", "", "", "", "", ""));
        input.add(new InputRecord("num", "la", "Mo", "Ayesha Zoë", "Khan Ali", "", "U", "LE1 1AA", "Flat 2 10 Rd",
                "1234567890", "A12345678901B"));
        input.add(new InputRecord("num2", "la", "Muhammad", "Aisha", "Ali Khan", "", "U", "LE1 1AB", "Flat 2 10 Road",
                "1234567809", "A12345678901C"));
        Standardiser s = new Standardiser();
        Pool pool = new Pool(input.size());
        List<Standardised> plain = new ArrayList<>();
        List<Standardised> pooled = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            plain.add(s.standardise(i, input.get(i)));
            pooled.add(s.standardise(i, input.get(i), pool));
        }
        // the pool shares texts: two records of one name hold one String
        Standardised x = pooled.get(input.size() - 2);
        Standardised y = pooled.get(input.size() - 1);
        assertThat(x.surnameWords[0]).isSameAs(y.surnameWords[1]);
        Comparer comparer = new Comparer(NameVariants.standard());
        SplittableRandom r = new SplittableRandom(5);
        Blocker blocker = new Blocker(NameVariants.standard(), 60);
        long[] candidates = blocker.candidatePairs(pooled);
        assertThat(candidates.length).isGreaterThan(1000);
        int compared = 0;
        for (int k = 0; k < candidates.length + 20_000; k++) {
            int i;
            int j;
            if (k < candidates.length) {
                i = PairSet.left(candidates[k]);
                j = PairSet.right(candidates[k]);
            } else {
                i = r.nextInt(input.size());
                j = r.nextInt(input.size());
            }
            int expected = comparer.compare(plain.get(i), plain.get(j));
            assertThat(comparer.compare(pooled.get(i), pooled.get(j))).as(i + "/" + j).isEqualTo(expected);
            assertThat(comparer.compare(pooled.get(i), plain.get(j))).as(i + "/" + j).isEqualTo(expected);
            assertThat(comparer.compare(plain.get(j), pooled.get(i))).isEqualTo(comparer.compare(plain.get(j),
                    plain.get(i)));
            compared++;
        }
        assertThat(compared).isGreaterThan(20_000);
        // the bound on Jaro-Winkler from lengths, character sets and prefixes: never "cannot reach" when it does
        int skipped = 0;
        for (int k = 0; k < 20_000; k++) {
            Standardised a = plain.get(r.nextInt(input.size()));
            Standardised b = plain.get(r.nextInt(input.size()));
            for (double at : new double[] {0.8, 0.92}) {
                if (!Text.jaroWinklerMayReach(a.surnameLength, a.surnameChars, a.surnamePrefix, b.surnameLength,
                        b.surnameChars, b.surnamePrefix, at)) {
                    assertThat(Text.jaroWinkler(a.surname, b.surname)).as(a.surname + "/" + b.surname).isLessThan(at);
                    skipped++;
                }
            }
            assertThat(Standardised.groupsMeet(a.firstGroup, a.firstGroups, b.surnameGroup, b.surnameGroups))
                    .isEqualTo(NameVariants.intersects(a.firstGroups, b.surnameGroups));
        }
        assertThat(skipped).isGreaterThan(10_000);
    }

    @Test
    void shouldCheckIdentifiersAsValidateDoes() {
        SplittableRandom r = new SplittableRandom(11);
        int valid = 0;
        for (int i = 0; i < 200_000; i++) {
            String nhs = String.format("%010d", r.nextLong(10_000_000_000L));
            boolean expected = NhsNumber.validate(nhs).valid();
            assertThat(NhsNumber.isValidDigits(nhs)).as(nhs).isEqualTo(expected);
            valid += expected ? 1 : 0;
        }
        for (int d = 0; d <= 9; d++) {
            String same = String.valueOf(d).repeat(10);
            assertThat(NhsNumber.isValidDigits(same)).isEqualTo(NhsNumber.validate(same).valid()).isFalse();
        }
        assertThat(valid).isGreaterThan(10_000);
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        int validUpns = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder().append(letters.charAt(r.nextInt(26)));
            for (int k = 0; k < 11; k++) {
                b.append(r.nextInt(20) == 0 ? letters.charAt(r.nextInt(26)) : (char) ('0' + r.nextInt(10)));
            }
            b.append(r.nextInt(4) == 0 ? letters.charAt(r.nextInt(26)) : (char) ('0' + r.nextInt(10)));
            String upn = b.toString();
            boolean expected = Upn.validate(upn).valid();
            assertThat(Upn.isValidNormalised(upn)).as(upn).isEqualTo(expected);
            validUpns += expected ? 1 : 0;
        }
        assertThat(validUpns).isGreaterThan(1_000);
    }

    @Test
    void shouldOrderLinksAsTheComparatorDoes() {
        SplittableRandom r = new SplittableRandom(3);
        for (int round = 0; round < 50; round++) {
            int m = r.nextInt(1, 400);
            long[] pairs = new long[m];
            double[] p = new double[m];
            for (int k = 0; k < m; k++) {
                pairs[k] = PairSet.pack(r.nextInt(50), 50 + r.nextInt(50));
                p[k] = 0.5 + r.nextInt(5) / 10.0; // many ties
            }
            Integer[] expected = new Integer[m];
            for (int k = 0; k < m; k++) {
                expected[k] = k;
            }
            Arrays.sort(expected, Comparator.<Integer>comparingDouble(k -> -p[k]).thenComparingLong(k -> pairs[k]));
            int[] order = Clusterer.strongestFirst(pairs, p);
            for (int k = 0; k < m; k++) {
                assertThat(p[order[k]]).isEqualTo(p[expected[k]]);
                assertThat(pairs[order[k]]).isEqualTo(pairs[expected[k]]);
            }
        }
    }

    @Test
    void shouldWriteTheSameBytesAsTheWriters() throws Exception {
        List<InputRecord> input = LinkFiles.parse(HEADER
                + "a1,la,Ella,,Willis,2025-01-08,F,LE2 9PX,\"Flat 15, 10 Evington Avenue\",9999653553,\n"
                + "\"a,2\",health,ELLA,Amelia,WILLIS,2025-01-08,F,LE29PX,\"FLAT 15, 10 EVINGTON AVENUE\",9999653553,\n"
                + "é3,school,Ella,,Willis,2025-01-08,F,LE2 9PX,\"Flat 15, 10 Evington Avenue\",,\n");
        Linker.Result result = new Linker().link(input, 0.5);
        byte[][] ids = LinkFiles.idBytes(result);
        StringWriter clusters = new StringWriter();
        LinkFiles.writeClusters(clusters, result);
        ByteArrayOutputStream clusterBytes = new ByteArrayOutputStream();
        LinkFiles.writeClusters(clusterBytes, result, ids);
        assertThat(clusterBytes.toString(StandardCharsets.UTF_8)).isEqualTo(clusters.toString())
                .contains("\"a,2\",a1");
        StringWriter pairs = new StringWriter();
        LinkFiles.writePairs(pairs, result);
        ByteArrayOutputStream pairBytes = new ByteArrayOutputStream();
        LinkFiles.writePairs(pairBytes, result, ids);
        assertThat(pairBytes.toString(StandardCharsets.UTF_8)).isEqualTo(pairs.toString()).contains("é3");
        assertThat(result.pairs()).isNotEmpty();
    }
}
