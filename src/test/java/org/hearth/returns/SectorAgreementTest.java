package org.hearth.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.SectorComparison.Documented;
import org.hearth.returns.SectorComparison.Pair;
import org.hearth.returns.SectorComparison.Side;
import org.hearth.returns.cin.CinReader;
import org.hearth.returns.cin.CinValidator;
import org.hearth.returns.ssda903.Ssda903Data;
import org.hearth.returns.ssda903.Ssda903Reader;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Result;
import org.hearth.returns.ssda903.Ssda903Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hearth's 903 and CIN validators beside the sector's (data-to-insight csc-validator-be-903 v0.1.14, run rule by
 * rule on its own copy of the data, and csc-validator-be-cin) on the shared samples, per (rule, child). Every
 * difference must be in {@code returns/sector-differences.tsv}, with its category and the DfE text, and every entry
 * there must still be a difference; each documented rule must have its row in the docs table. Prints the figures;
 * with {@code -Dsector.differences.out=FILE} also writes the current differences (rule, side, children).
 */
class SectorAgreementTest {
    static final Path SAMPLES = Path.of("src/test/resources/samples");
    static final Path DOCUMENTED = Path.of("src/test/resources/returns/sector-differences.tsv");
    static final Path DOCS_903 = Path.of("docs/returns-differences.md");
    static final Path DOCS_CIN = Path.of("docs/returns-differences-cin.md");
    static final double TARGET = 0.995;

    static List<Documented> documented;
    static final List<String> dump = new ArrayList<>();

    @BeforeAll
    static void readDocumented() {
        documented = SectorComparison.readDocumented(DOCUMENTED);
    }

    /** The 903 sample as the sector ran it: the CSV tables, 2022/23, LA E09000027, postcode directory loaded. */
    static SectorComparison compare903() throws IOException {
        Path dir = SAMPLES.resolve("ssda903-d2i-fake");
        Ssda903Data data = Ssda903Reader.readDirectory(dir);
        Ssda903Result result = new Ssda903Validator(Ssda903Registry.standard(), true).forLa("E09000027")
                .run(CollectionYear.of(2023), data, null);
        List<Pair> hearth = result.issues().stream().map(i -> new Pair(i.ruleCode(), i.childId())).toList();

        Path sector = dir.resolve("sector");
        Set<String> done = csv(sector.resolve("rule_status_isolated.csv")).stream()
                .filter(r -> r.get("status").equals("done")).map(r -> r.get("rule")).collect(Collectors.toSet());
        List<Pair> sectorFlags = csv(sector.resolve("flags_isolated.csv")).stream()
                .map(r -> new Pair(r.get("rule_code"), r.get("child_id"))).toList();
        Set<String> compared = new HashSet<>(done);
        compared.retainAll(new HashSet<>(result.rulesRun()));
        return new SectorComparison("ssda903-d2i-fake", sectorFlags, hearth, compared);
    }

    /** A CIN sample as the sector ran it, in the collection year its README gives. */
    static SectorComparison compareCin(String file, int year) throws Exception {
        List<ValidationIssue> issues;
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("cin-d2i").resolve(file))) {
            issues = CinValidator.validate(CollectionYear.of(year), CinReader.read(in));
        }
        List<Pair> hearth = issues.stream()
                .map(i -> new Pair(i.ruleCode(), i.childId() == null || i.childId().isBlank() ? "-" : i.childId()))
                .toList();
        Path sector = SAMPLES.resolve("cin-d2i").resolve("sector").resolve(file);
        Set<String> ran = csv(sector.resolve("rule_status.csv")).stream()
                .filter(r -> Set.of("passed", "flagged", "la_level").contains(r.get("status")))
                .map(r -> r.get("rule")).collect(Collectors.toSet());
        List<Pair> sectorFlags = new ArrayList<>();
        csv(sector.resolve("issues.csv")).forEach(r -> sectorFlags.add(new Pair(r.get("rule_code"),
                r.get("child_id").isBlank() ? "-" : r.get("child_id"))));
        csv(sector.resolve("la_level_issues.csv")).forEach(r -> sectorFlags.add(new Pair(r.get("rule_code"), "-")));
        Set<String> compared = RuleCatalogue.load("cin", CollectionYear.of(year)).rules().stream()
                .map(RuleCatalogue.Rule::code).filter(ran::contains).collect(Collectors.toSet());
        return new SectorComparison("cin-d2i/" + file, sectorFlags, hearth, compared);
    }

    @Test
    void shouldAgreeWithTheSectorOn903SampleOutsideTheDocumentedDifferences() throws Exception {
        check(compare903(), DOCS_903);
    }

    @Test
    void shouldAgreeWithTheSectorOnTheFakeCinReturnOutsideTheDocumentedDifferences() throws Exception {
        check(compareCin("fake_CIN_data.xml", 2023), DOCS_CIN);
    }

    @Test
    void shouldAgreeWithTheSectorOnThe2024CinSampleOutsideTheDocumentedDifferences() throws Exception {
        check(compareCin("CIN_Census_2024.xml", 2024), DOCS_CIN);
    }

    @Test
    void shouldAgreeWithTheSectorOnThe2026CinSampleOutsideTheDocumentedDifferences() throws Exception {
        check(compareCin("CIN_Census_2026.xml", 2024), DOCS_CIN);
    }

    @Test
    void shouldFailWhenADifferenceIsNotDocumented() {
        SectorComparison c = new SectorComparison("s", List.of(new Pair("100", "a"), new Pair("101", "b")),
                List.of(new Pair("100", "a"), new Pair("102", "c")), Set.of("100", "101", "102"));
        List<Documented> docs = List.of(new Documented("s", "101", Side.SECTOR_ONLY, "sector defect", Set.of("b"),
                "text", "why"));
        assertThat(c.undocumented(docs).get(Side.SECTOR_ONLY)).isEmpty();
        assertThat(c.undocumented(docs).get(Side.HEARTH_ONLY)).containsExactly(new Pair("102", "c"));
        assertThat(c.rawAgreement()).isEqualTo(1.0 / 3);
        assertThat(c.agreementOutsideDocumented(docs)).isEqualTo(0.5);
        assertThat(c.stale(List.of(new Documented("s", "101", Side.HEARTH_ONLY, "sector defect", Set.of("b"),
                "text", "why")))).containsExactly("101 HEARTH_ONLY b");
    }

    private static void check(SectorComparison c, Path docs) throws IOException {
        System.out.println("sector agreement " + c.summary(documented));
        c.byRule().forEach((rule, sides) -> sides.forEach((side, children) -> dump.add(c.sample() + "\t" + rule
                + "\t" + (side == Side.SECTOR_ONLY ? "sector-only" : "hearth-only") + "\t" + children.size() + "\t"
                + String.join(" ", children))));
        String out = System.getProperty("sector.differences.out");
        if (out != null) {
            Files.write(Path.of(out), dump);
        }
        Map<Side, Set<Pair>> undocumented = c.undocumented(documented);
        Map<String, Long> undocumentedByRule = new LinkedHashMap<>();
        undocumented.forEach((side, pairs) -> pairs.forEach(p -> undocumentedByRule.merge(p.rule() + " "
                + side.name().toLowerCase().replace('_', '-'), 1L, Long::sum)));
        assertThat(undocumentedByRule).as("differences from the sector on %s not in %s", c.sample(), DOCUMENTED)
                .isEmpty();
        assertThat(c.stale(documented)).as("entries of %s that are no longer differences", DOCUMENTED).isEmpty();
        assertThat(c.agreementOutsideDocumented(documented)).isGreaterThanOrEqualTo(TARGET);
        String table = Files.readString(docs);
        Set<String> rules = documented.stream().filter(d -> d.sample().equals(c.sample())).map(Documented::rule)
                .collect(Collectors.toSet());
        for (String rule : rules) {
            assertThat(table).as("%s explains the documented difference on rule %s", docs, rule)
                    .containsPattern("(?m)^\\| [^|]*\\b" + java.util.regex.Pattern.quote(rule) + "\\b[^|]*\\| "
                            + java.util.regex.Pattern.quote(c.sample()));
        }
    }

    /** A small CSV reader for the sector's output (quoted fields may hold commas). */
    static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = split(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = split(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < f.size() ? f.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
