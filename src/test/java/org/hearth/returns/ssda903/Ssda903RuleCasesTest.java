package org.hearth.returns.ssda903;

import org.hearth.returns.geography.PostcodeDirectory;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.IssueReport;
import org.hearth.returns.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One breaking and one passing input per rule, written as small CSV tables in
 * {@code returns/ssda903/rule-cases.txt}. A case headed {@code == CODE YEAR fail Table:row ...} must flag exactly
 * those rows for that rule; {@code == CODE YEAR pass} must flag nothing for it.
 */
class Ssda903RuleCasesTest {

    record Case(String code, int year, boolean fail, Set<String> expected, Ssda903Data data, int line) {
        @Override
        public String toString() {
            return code + " " + year + (fail ? " breaks" : " passes") + " (line " + line + ")";
        }
    }

    static List<Case> cases() throws IOException {
        String text;
        try (InputStream in = Ssda903RuleCasesTest.class.getResourceAsStream("/returns/ssda903/rule-cases.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].strip();
            if (!line.startsWith("== ")) {
                i++;
                continue;
            }
            int caseLine = i + 1;
            String[] head = line.substring(3).strip().split("\\s+");
            String code = head[0];
            int year = Integer.parseInt(head[1]);
            boolean fail = head[2].equals("fail");
            Set<String> expected = new TreeSet<>();
            for (int h = 3; h < head.length; h++) {
                expected.add(head[h]);
            }
            Ssda903Data data = new Ssda903Data();
            i++;
            while (i < lines.length && !lines[i].strip().startsWith("== ")) {
                String l = lines[i].strip();
                if (l.startsWith("[") && l.endsWith("]")) {
                    String table = l.substring(1, l.length() - 1);
                    StringBuilder csv = new StringBuilder();
                    i++;
                    while (i < lines.length && !lines[i].strip().isEmpty() && !lines[i].strip().startsWith("[")
                            && !lines[i].strip().startsWith("== ") && !lines[i].strip().startsWith("#")) {
                        csv.append(lines[i].strip()).append('\n');
                        i++;
                    }
                    Ssda903Reader.ParsedCsv parsed = Ssda903Reader.parse(csv.toString());
                    data.put(new Ssda903Table(table, parsed.header(), parsed.rows()));
                } else {
                    i++;
                }
            }
            cases.add(new Case(code, year, fail, expected, data, caseLine));
        }
        return cases;
    }

    static Stream<Case> allCases() throws IOException {
        return cases().stream();
    }

    private static PostcodeDirectory postcodes;
    private static final List<String> PROVIDER_POSTCODES = List.of("LS2 9JT", "LS1 4AP", "TR1 2AA");

    /** The test register of Ofsted providers the Ofsted rules' cases refer to (synthetic URNs). */
    static OfstedRegister ofsted() throws IOException {
        return reference(in -> OfstedRegister.parse("ofsted-providers.csv", in), "ofsted-providers.csv");
    }

    /** A small synthetic LA code list for rule 633's cases (not the DfE's list). */
    static LaCodeList laCodes() throws IOException {
        return reference(in -> LaCodeList.parse("la-codes.csv", in), "la-codes.csv");
    }

    interface Parser<T> {
        T parse(String text) throws ReferenceDataException;
    }

    private static <T> T reference(Parser<T> parser, String name) throws IOException {
        try (InputStream in = Ssda903RuleCasesTest.class.getResourceAsStream("/returns/ssda903/" + name)) {
            return parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (ReferenceDataException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One directory for every postcode in the cases, read once: reading the ONS file per case would be slow. */
    static synchronized PostcodeDirectory postcodes() throws IOException {
        if (postcodes == null) {
            List<String> all = new ArrayList<>();
            for (Case c : cases()) {
                for (Ssda903Table t : c.data().tables().values()) {
                    for (int i = 0; i < t.size(); i++) {
                        all.add(t.get(i, "HOME_POST"));
                        all.add(t.get(i, "PL_POST"));
                    }
                }
            }
            all.addAll(PROVIDER_POSTCODES); // rule 229 places providers by their postcode
            postcodes = PostcodeDirectory.forPostcodes(all);
        }
        return postcodes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void shouldFlagTheBreakingRowsAndNothingInThePassingCase(Case c) throws IOException {
        PostcodeDirectory directory = postcodes();
        // Every case is a return from Leeds (E08000035), with postcodes looked up and the test register and LA
        // codes given, so that every rule runs.
        Ssda903Result result = new Ssda903Validator(Ssda903Registry.standard(), true, any -> directory)
                .forLa("E08000035").withOfsted(ofsted()).withLaCodes(laCodes())
                .run(CollectionYear.of(c.year()), c.data(), null);
        // A case holds only the tables its rule reads: rules on the other tables are listed as having nothing to check.
        assertThat(result.skipped()).as("rules not run").allMatch(s -> s.reason().startsWith("the return has no "));
        assertThat(result.rulesRun()).as("rule %s ran in %s", c.code(), c.year()).contains(c.code());
        assertThat(result.notices()).noneMatch(n -> n.startsWith("rule "));
        Set<String> flagged = result.issues().stream().filter(i -> i.ruleCode().equals(c.code()))
                .map(i -> i.table() + ":" + i.row()).collect(Collectors.toCollection(TreeSet::new));
        if (!c.fail()) {
            assertThat(flagged).as("rows flagged by %s", c.code()).isEmpty();
        } else if (c.expected().isEmpty()) {
            assertThat(flagged).as("rows flagged by %s", c.code()).isNotEmpty();
        } else {
            assertThat(flagged).as("rows flagged by %s", c.code()).isEqualTo(c.expected());
        }
    }

    @Test
    void shouldHaveABreakingAndAPassingCaseForEveryImplementedRule() throws IOException {
        List<Case> cases = cases();
        Set<String> implemented = new TreeSet<>(IssueReport.RULE_ORDER);
        for (int year = 2023; year <= 2027; year++) {
            implemented.addAll(Ssda903Registry.standard().implementedCodes(CollectionYear.of(year)));
        }
        Set<String> withFail = cases.stream().filter(Case::fail).map(Case::code).collect(Collectors.toSet());
        Set<String> withPass = cases.stream().filter(c -> !c.fail()).map(Case::code).collect(Collectors.toSet());
        Set<String> missingFail = new TreeSet<>(IssueReport.RULE_ORDER);
        Set<String> missingPass = new TreeSet<>(IssueReport.RULE_ORDER);
        for (String code : implemented) {
            if (!withFail.contains(code)) {
                missingFail.add(code);
            }
            if (!withPass.contains(code)) {
                missingPass.add(code);
            }
        }
        assertThat(missingFail).as("implemented rules without a breaking case").isEmpty();
        assertThat(missingPass).as("implemented rules without a passing case").isEmpty();
    }

    @Test
    void shouldImplementEveryCataloguedRuleForEachYear() {
        for (int year = 2023; year <= 2027; year++) {
            CollectionYear y = CollectionYear.of(year);
            RuleCatalogue catalogue = RuleCatalogue.load("ssda903", y);
            Set<String> catalogued = catalogue.rules().stream().map(RuleCatalogue.Rule::code)
                    .collect(Collectors.toCollection(() -> new TreeSet<>(IssueReport.RULE_ORDER)));
            Set<String> implemented = Ssda903Registry.standard().implementedCodes(y);
            Set<String> missing = new TreeSet<>(IssueReport.RULE_ORDER);
            missing.addAll(catalogued);
            missing.removeAll(implemented);
            System.out.printf("%s: %d of %d catalogued rules implemented%n", y, implemented.size(),
                    catalogued.size());
            // Exactly the catalogue: nothing missing, and no strays or typos.
            assertThat(missing).as("catalogued rules of %s without an implementation", y).isEmpty();
            assertThat(implemented).as("implemented rules of %s", y).isEqualTo(catalogued);
        }
    }
}
