package org.hearth.ssd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearth.demo.DemoGenerator;
import org.hearth.journey.ChildJourney;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SSD export of a generated demo authority (no database): every table with the spec's header, every value
 * meeting the spec, items not supplied left empty, person keys that join, and the same files for the same record.
 */
class SsdExportTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static List<ChildJourney> demo;
    private final SsdSpec spec = SsdSpec.standard();

    @TempDir
    Path tmp;

    @BeforeAll
    static void generate() {
        demo = new DemoGenerator(7, TODAY).generate(400).children();
    }

    private SsdExport.Result export(Path out) {
        try (SsdExport export = new SsdExport(spec, out)) {
            for (int i = 0; i < demo.size(); i += 150) {
                export.accept(demo.subList(i, Math.min(demo.size(), i + 150)));
            }
            return export.finish();
        }
    }

    @Test
    void shouldWriteEveryTableWithTheSpecsFieldsAndOnlyValuesThatMeetTheSpec() throws IOException {
        SsdExport.Result result = export(tmp.resolve("ssd"));
        assertThat(result.children()).isEqualTo(demo.size());
        Set<String> people = new HashSet<>();
        for (List<String> row : rows(tmp.resolve("ssd/ssd_person.csv"))) {
            people.add(row.get(0));
        }
        assertThat(people).hasSize(demo.size());
        for (SsdTable table : spec.tables()) {
            Path file = tmp.resolve("ssd").resolve(table.name() + ".csv");
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).as(table.name()).isEqualTo(String.join(",", table.names()));
            List<List<String>> rows = rows(file);
            assertThat((long) rows.size()).as(table.name()).isEqualTo(result.rows().get(table.name()));
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                assertThat(row).as(table.name() + " row " + (r + 1)).hasSize(table.fields().size());
                for (int i = 0; i < row.size(); i++) {
                    SsdField f = table.fields().get(i);
                    assertThat(SsdCheck.problem(f, row.get(i))).as(f.describe() + " row " + (r + 1)).isNull();
                    if (spec.notSuppliedReason(table.name(), f.name()) != null) {
                        assertThat(row.get(i)).as(f.describe() + " is not supplied").isEmpty();
                    }
                    if (f.name().endsWith("_person_id") && !f.name().contains("childs") && !row.get(i).isEmpty()) {
                        assertThat(people).as(f.describe() + " names a person of ssd_person").contains(row.get(i));
                    }
                }
            }
        }
        // The tables the demo's record holds are all there, not just headers.
        for (String table : List.of("ssd_person", "ssd_contacts", "ssd_cin_episodes", "ssd_cin_assessments",
                "ssd_assessment_factors", "ssd_cin_plans", "ssd_s47_enquiry", "ssd_initial_cp_conference",
                "ssd_cp_plans", "ssd_cp_reviews", "ssd_cla_episodes", "ssd_cla_placement", "ssd_legal_status",
                "ssd_cla_reviews", "ssd_involvements", "ssd_address", "ssd_care_leavers", "ssd_permanence",
                "ssd_cin_visits", "ssd_cp_visits", "ssd_cla_visits", "ssd_early_help_episodes", "ssd_disability")) {
            assertThat(result.rows().get(table)).as(table).isPositive();
        }
    }

    @Test
    void shouldListEveryItemNotSuppliedWithItsItemReferenceAndReason() throws IOException {
        export(tmp.resolve("ssd"));
        List<List<String>> listed = rows(tmp.resolve("ssd").resolve(SsdExport.NOT_SUPPLIED));
        int expected = 0;
        for (SsdTable t : spec.tables()) {
            for (SsdField f : t.fields()) {
                if (spec.notSuppliedReason(t.name(), f.name()) != null) {
                    expected++;
                    assertThat(listed).contains(List.of(t.name(), f.name(), f.itemRef(),
                            spec.notSuppliedReason(t.name(), f.name())));
                }
            }
        }
        assertThat(listed).hasSize(expected);
        assertThat(listed).extracting(r -> r.get(1)).contains("send_upn", "cppl_cp_plan_ola")
                .doesNotContain("pers_person_id", "clap_cla_placement_type");
    }

    @Test
    void shouldWriteTheSameFilesForTheSameRecord() throws IOException {
        export(tmp.resolve("first"));
        export(tmp.resolve("second"));
        List<Path> files;
        try (var s = Files.list(tmp.resolve("first"))) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(spec.tables().size() + 2);
        for (Path f : files) {
            assertThat(Files.readAllBytes(tmp.resolve("second").resolve(f.getFileName())))
                    .as(f.getFileName().toString()).isEqualTo(Files.readAllBytes(f));
        }
    }

    @Test
    void shouldReplaceAnEarlierExportWhole() throws IOException {
        export(tmp.resolve("ssd"));
        Files.writeString(tmp.resolve("ssd/stale.csv"), "left from before");
        export(tmp.resolve("ssd"));
        assertThat(tmp.resolve("ssd/stale.csv")).doesNotExist();
        assertThat(tmp.resolve("ssd/ssd_person.csv")).exists();
    }

    @Test
    void shouldWriteNothingWhenAValueBreaksTheSpecAndNameTheItemAndRow() throws IOException {
        Path out = tmp.resolve("ssd");
        SsdExport export = new SsdExport(spec, out);
        SsdRows rows = new SsdRows(spec);
        rows.add("ssd_legal_status").set("lega_legal_status_id", "a").set("lega_person_id", "P1")
                .set("lega_legal_status", "C2").set("lega_legal_status_start_date", "2025-01-01");
        rows.add("ssd_legal_status").set("lega_legal_status_id", "b").set("lega_person_id", "P1")
                .set("lega_legal_status", "X9").set("lega_legal_status_start_date", "2025-02-01");
        rows.add("ssd_legal_status").set("lega_legal_status_id", "b").set("lega_person_id", "P1")
                .set("lega_legal_status", "C2").set("lega_legal_status_start_date", "2025-31-01");
        export.write(rows);
        assertThatThrownBy(export::finish).isInstanceOfSatisfying(SsdExport.Refused.class, refused -> {
            assertThat(refused.total()).isEqualTo(3);
            assertThat(refused.violations()).extracting(SsdViolation::message).containsExactlyInAnyOrder(
                    "ssd_legal_status.lega_legal_status (LEGA003A), row 2 (person P1): the value 'X9' is not a code of "
                            + "ssd:legal_status.yml",
                    "ssd_legal_status.lega_legal_status_id (LEGA001A), row 3 (person P1): the value repeats a value "
                            + "the spec requires to be unique",
                    "ssd_legal_status.lega_legal_status_start_date (LEGA004A), row 3 (person P1): the value is not a "
                            + "date (YYYY-MM-DD) or date-time");
        });
        assertThat(out).doesNotExist();
        try (var s = Files.list(tmp)) {
            assertThat(s.toList()).as("no temporary export left behind").isEmpty();
        }
    }

    @Test
    void shouldRefuseToWriteOverADirectoryThatHoldsSomethingElse() throws IOException {
        Files.createDirectories(tmp.resolve("work"));
        Files.writeString(tmp.resolve("work/notes.txt"), "mine");
        assertThatThrownBy(() -> new SsdExport(spec, tmp.resolve("work")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds no earlier SSD export");
        assertThat(tmp.resolve("work/notes.txt")).hasContent("mine");
    }

    @Test
    void shouldRefuseToDeriveAnItemListedAsNotSupplied() {
        assertThatThrownBy(() -> new SsdRows(spec).add("ssd_cp_plans").set("cppl_cp_plan_ola", "N"))
                .hasMessageContaining("not supplied");
    }

    /** The data rows of a CSV written by the export (quoted fields, doubled quotes; no line breaks in values). */
    static List<List<String>> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<List<String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        sb.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        sb.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(sb.toString());
                    sb.setLength(0);
                } else {
                    sb.append(c);
                }
            }
            fields.add(sb.toString());
            out.add(fields);
        }
        return out;
    }
}
