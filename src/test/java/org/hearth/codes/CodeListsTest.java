package org.hearth.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CodeListsTest {

    private static final CollectionYear Y2024 = CollectionYear.of(2024);
    private static final CollectionYear Y2025 = CollectionYear.of(2025);
    private static final CollectionYear Y2026 = CollectionYear.of(2026);

    private final CodeLists lists = CodeLists.standard();

    @Test
    void shouldUseNumericSexCodesUpTo2023To24AndLettersFrom2024To25() {
        assertThat(lists.list("SEX", Y2024).codes()).containsExactly("1", "2");
        assertThat(lists.list("SEX", Y2025).codes()).containsExactly("M", "F", "U");
        assertThat(lists.list("SEX", Y2025).contains("1")).isFalse();
    }

    @Test
    void shouldAddK3AndRemoveH5FromPlacementTypesIn2025To26() {
        CodeList place2025 = lists.list("PLACE", Y2025);
        CodeList place2026 = lists.list("PLACE", Y2026);

        assertThat(place2026.contains("K3")).isTrue();
        assertThat(place2025.contains("K3")).isFalse();
        assertThat(place2025.contains("H5")).isTrue();
        assertThat(place2026.contains("H5")).isFalse();
        assertThat(place2026.codes()).contains("Z11", "Z12", "Z13", "Z14").doesNotContain("Z1", "P2");
        assertThat(place2025.codes()).contains("Z1").doesNotContain("Z11");
    }

    @Test
    void shouldIncludeNoFactorsIdentifiedAmongAssessmentFactors() {
        CodeList factors = lists.list("FACTORS", Y2025);

        assertThat(factors.contains("21")).isTrue();
        assertThat(factors.label("21")).hasValueSatisfying(l -> assertThat(l).startsWith("No factors"));
        assertThat(factors.contains("18A")).isFalse();
    }

    @Test
    void shouldGiveTheCodeAsItsOwnLabelWhenTheFileHasNone() {
        CodeList place = lists.list("PLACE", Y2026);

        assertThat(place.label("K3")).contains("K3");
        assertThat(place.label("H5")).isEmpty();
        assertThat(place.label(null)).isEmpty();
        assertThat(place.contains(null)).isFalse();
    }

    @Test
    void shouldMatchCodesExactlyWithoutFoldingCase() {
        assertThat(lists.list("REC", Y2025).contains("E4A")).isTrue();
        assertThat(lists.list("REC", Y2025).contains("e4a")).isFalse();
    }

    @Test
    void shouldKeepFileOrderAndReportNameAndYear() {
        CodeList cp = lists.list("CP_CATEGORY", Y2025);

        assertThat(cp.codes()).containsExactly("NEG", "PHY", "SAB", "EMO", "MUL");
        assertThat(cp.name()).isEqualTo("CP_CATEGORY");
        assertThat(cp.year()).isEqualTo(Y2025);
    }

    @Test
    void shouldRefuseAnUnknownListNamingIt() {
        assertThatThrownBy(() -> lists.list("PLACEMENT_COLOUR", Y2025))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PLACEMENT_COLOUR");
    }

    @Test
    void shouldHaveTheExpectedSizesForTheFixedDfeLists() {
        assertThat(lists.list("ETHNIC", Y2025).codes()).hasSize(20);
        assertThat(lists.list("REFERRAL_SOURCE", Y2025).codes()).hasSize(22);
        assertThat(lists.list("DISABILITY", Y2025).codes()).hasSize(13);
        assertThat(lists.list("LS", Y2025).codes()).hasSize(13);
        assertThat(lists.list("REC", Y2025).codes()).hasSize(22);
        assertThat(lists.list("UPN_UNKNOWN", Y2025).codes()).containsExactly(
                "UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7");
    }

    @Test
    void shouldNameEveryListFileInTheIndex() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/codes"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".tsv"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .collect(Collectors.toList());
            assertThat(lists.names()).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    @Test
    void shouldParseEveryListInEveryYearFrom2020To2030() {
        for (String name : lists.names()) {
            for (int year = 2020; year <= 2030; year++) {
                CodeList list = lists.list(name, CollectionYear.of(year));
                assertThat(list.codes()).as("%s in %d", name, year).doesNotHaveDuplicates();
                list.codes().forEach(code -> assertThat(list.label(code)).as("%s %s", name, code).isPresent());
            }
        }
    }

    @Test
    void shouldRefuseTheSameCodeTwiceForOverlappingYears() {
        List<String> lines = List.of(CodeLists.HEADER, "X1\tOld\t\t2025", "X1\tNew\t2025\t");

        assertThatThrownBy(() -> CodeLists.parse("TEST", lines))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TEST.tsv line 3")
                .hasMessageContaining("X1");
    }

    @Test
    void shouldAcceptTheSameCodeForDisjointYearsWithDifferentLabels() {
        List<String> lines = List.of(CodeLists.HEADER, "X1\tOld\t\t2024", "X1\tNew\t2025\t");

        assertThat(CodeLists.parse("TEST", lines)).hasSize(2);
    }

    @Test
    void shouldRefuseMalformedRows() {
        assertThatThrownBy(() -> CodeLists.parse("TEST", List.of("code,label")))
                .hasMessageContaining("header");
        assertThatThrownBy(() -> CodeLists.parse("TEST", List.of(CodeLists.HEADER, "X1\tlabel\t2025")))
                .hasMessageContaining("4 tab-separated columns");
        assertThatThrownBy(() -> CodeLists.parse("TEST", List.of(CodeLists.HEADER, "X1\tlabel\t24/25\t")))
                .hasMessageContaining("24/25");
        assertThatThrownBy(() -> CodeLists.parse("TEST", List.of(CodeLists.HEADER, "X1\tlabel\t2026\t2025")))
                .hasMessageContaining("after to_year");
        assertThatThrownBy(() -> CodeLists.parse("TEST", List.of(CodeLists.HEADER, "\tlabel\t\t")))
                .hasMessageContaining("blank");
    }

    @Test
    void shouldProvideEveryListTheReturnsNeed() {
        assertThat(lists.names()).contains("SEX", "ETHNIC", "DISABILITY", "LS", "RNE", "REC", "PLACE",
                "PLACE_PROVIDER", "REASON_PLACE_CHANGE", "CIN", "PARTICIPATION", "MISSING", "REFERRAL_SOURCE",
                "PRIMARY_NEED", "FACTORS", "CP_CATEGORY", "CIN_CLOSURE_REASON", "UPN_UNKNOWN", "IN_TOUCH", "ACTIV",
                "ACCOM", "UASC", "LS_ADOPTR", "SEX_ADOPTR", "PREV_PERM");
    }

    @Test
    void shouldLoadTheStandardListsOnlyOnce() {
        assertThat(CodeLists.standard()).isSameAs(CodeLists.standard());
    }
}
