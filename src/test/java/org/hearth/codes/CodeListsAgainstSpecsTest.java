package org.hearth.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Holds the code list files to the reference specifications they were written from, so that a typo in a TSV or a
 * code dropped by mistake fails a build. Both specifications describe the 2023/24 collection (year 2024).
 */
class CodeListsAgainstSpecsTest {

    private static final CollectionYear SPEC_YEAR = CollectionYear.of(2024);
    private static final Pattern FIELD = Pattern.compile("^ {6}([A-Z_]+):\\s*$");
    private static final Pattern CODE = Pattern.compile("^\\s*- code: \"([^\"]*)\"");

    private final CodeLists lists = CodeLists.standard();

    @Test
    void shouldMatchEveryCategoryFieldOfThe903ColumnSpec() throws Exception {
        Map<String, List<String>> spec = categoriesIn903Spec();
        Map<String, String> listForField = new LinkedHashMap<>();
        for (String field : spec.keySet()) {
            listForField.put(field, field.equals("REVIEW_CODE") ? "PARTICIPATION" : field);
        }

        assertThat(spec).containsKeys("SEX", "ETHNIC", "RNE", "LS", "CIN", "PLACE", "REC", "ACCOM", "PREV_PERM");
        listForField.forEach((field, list) -> assertThat(lists.list(list, SPEC_YEAR).codes())
                .as("903 field %s against codes/%s.tsv", field, list)
                .containsExactlyInAnyOrderElementsOf(spec.get(field)));
    }

    @Test
    void shouldMatchEveryCodeListOfTheCinSchema() throws Exception {
        Map<String, String> listForType = Map.of(
                "unknownupntype", "UPN_UNKNOWN",
                "gendertype", "GENDER_CURRENT",
                "ethnicitytype", "ETHNIC",
                "disabilitytype", "DISABILITY",
                "referralsourcetype", "REFERRAL_SOURCE",
                "categoryofabuse", "CP_CATEGORY",
                "primaryneedcodetype", "PRIMARY_NEED",
                "reasonforclosuretype", "CIN_CLOSURE_REASON",
                "assessmentfactorstype", "FACTORS");
        Map<String, List<String>> schema = enumerationsInCinSchema();

        listForType.forEach((type, list) -> assertThat(lists.list(list, SPEC_YEAR).codes())
                .as("CIN %s against codes/%s.tsv", type, list)
                .containsExactlyInAnyOrderElementsOf(schema.get(type)));
    }

    private static Map<String, List<String>> categoriesIn903Spec() throws Exception {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        String field = null;
        for (String line : Files.readAllLines(Path.of("src/main/resources/reference/ssda903/column-spec-2024.yml"),
                StandardCharsets.UTF_8)) {
            Matcher f = FIELD.matcher(line);
            if (f.matches()) {
                field = f.group(1);
                continue;
            }
            Matcher c = CODE.matcher(line);
            if (c.find() && field != null) {
                // the spec has "PCCHAN " with a stray space; the DfE code has none
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(c.group(1).trim());
            }
        }
        // SEX and the 0/1 flags appear in more than one table; the same field always has the same codes
        byField.keySet().removeIf(k -> List.of("CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
                "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED").contains(k));
        byField.replaceAll((k, v) -> v.stream().distinct().toList());
        return byField;
    }

    private static Map<String, List<String>> enumerationsInCinSchema() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc;
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/reference/cin/CIN_schema_2024.xsd"))) {
            doc = factory.newDocumentBuilder().parse(in);
        }
        String xs = "http://www.w3.org/2001/XMLSchema";
        Map<String, List<String>> byType = new LinkedHashMap<>();
        NodeList types = doc.getElementsByTagNameNS(xs, "simpleType");
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            if (type.getAttribute("name").isEmpty()) {
                continue;
            }
            NodeList values = type.getElementsByTagNameNS(xs, "enumeration");
            List<String> codes = new ArrayList<>();
            for (int j = 0; j < values.getLength(); j++) {
                codes.add(((Element) values.item(j)).getAttribute("value"));
            }
            byType.put(type.getAttribute("name"), codes);
        }
        return byType;
    }
}
