package org.hearth.ssd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SsdSpecTest {
    private final SsdSpec spec = SsdSpec.standard();

    @Test
    void shouldReadEveryTableOfTheSpecWithItsFieldsInOrder() {
        assertThat(spec.tables()).hasSize(48);
        SsdTable person = spec.table("ssd_person");
        assertThat(person.names()).startsWith("pers_person_id", "pers_forename", "pers_surname", "pers_sex")
                .hasSize(15);
        SsdField id = person.field("pers_person_id").orElseThrow();
        assertThat(id.itemRef()).isEqualTo("PERS001A");
        assertThat(id.type()).isEqualTo(SsdType.NVARCHAR);
        assertThat(id.required()).isTrue();
        assertThat(id.mustBeUnique()).isTrue();
        assertThat(spec.table("ssd_cla_placement").field("clap_cla_placement_distance").orElseThrow().type())
                .isEqualTo(SsdType.FLOAT);
        assertThat(spec.table("ssd_version_log").field("is_current").orElseThrow().type()).isEqualTo(SsdType.BIT);
    }

    @Test
    void shouldGiveEveryFieldAnItemReference() {
        assertThat(spec.tables()).allSatisfy(t -> assertThat(t.fields())
                .allSatisfy(f -> assertThat(f.itemRef()).matches("[A-Z0-9]+A")));
    }

    @Test
    void shouldReadCategoryFilesThatAreNotValidYamlLineByLine() {
        // An apostrophe inside a quoted description makes disability.yml invalid YAML; its codes are still read.
        assertThat(spec.category("disability.yml")).contains("AUT", "HAND", "VIS", "NONE").hasSize(13);
        assertThat(spec.category("placement_change_reason.yml")).contains("CARPL", "CUSTOD").hasSize(12);
        assertThat(SsdSpec.categoryValues("# item ref: X\n- value: 'Other Agency to Monitor Child's Welfare'\n"
                + "  description: ''\n- value: N1\n- Yes\n")).containsExactly(
                "Other Agency to Monitor Child's Welfare", "N1", "Yes");
    }

    @Test
    void shouldCheckAFieldAgainstTheListHearthsReadingNamesWithItsReason() {
        FieldRule placement = spec.table("ssd_cla_placement").field("clap_cla_placement_type").orElseThrow().rule();
        assertThat(placement.codes()).contains("U3", "K3", "Z1");
        assertThat(placement.note()).contains("cut off");
        FieldRule legal = spec.table("ssd_legal_status").field("lega_legal_status").orElseThrow().rule();
        assertThat(legal.codesFrom()).isEqualTo("ssd:legal_status.yml");
        assertThat(legal.codes()).contains("C1", "C2", "E1", "V2", "J3").hasSize(13);
    }

    @Test
    void shouldSayWhyAnItemCannotBeSupplied() {
        assertThat(spec.notSuppliedReason("ssd_send", "send_upn")).contains("SEN");
        assertThat(spec.notSuppliedReason("ssd_cp_plans", "cppl_cp_plan_ola")).contains("another local authority");
        assertThat(spec.notSuppliedReason("ssd_person", "pers_person_id")).isNull();
    }

    @Test
    void shouldRefuseAFieldRuleNamingAnItemTheSpecDoesNotHave() {
        Function<String, String> files = withFile("field-rules.tsv",
                "table\tfield\tcodes\tmax_length\tpattern\trelax\tnote\n"
                        + "ssd_person\tpers_shoe_size\t\t3\t\t\tnot an SSD item\n");
        assertThatThrownBy(() -> SsdSpec.load(files)).hasMessageContaining("ssd_person.pers_shoe_size");
    }

    @Test
    void shouldRefuseANotSuppliedLineWithNoReason() {
        Function<String, String> files = withFile("not-supplied.tsv", "table\tfield\treason\nssd_send\t*\t\n");
        assertThatThrownBy(() -> SsdSpec.load(files)).hasMessageContaining("not-supplied.tsv line 2");
    }

    @Test
    void shouldRefuseASpecFileThatIsNotYamlNamingIt() {
        Function<String, String> files = withFile("spec/objects/ssd_person.yml", "nodes:\n- name: [unclosed\n");
        assertThatThrownBy(() -> SsdSpec.load(files)).hasMessageContaining("objects/ssd_person.yml");
    }

    @Test
    void shouldRefuseATypeTheSpecDoesNotDefine() {
        String person = classpath("spec/objects/ssd_person.yml").replaceFirst("type: nvarchar", "type: varchar2");
        assertThatThrownBy(() -> SsdSpec.load(withFile("spec/objects/ssd_person.yml", person)))
                .hasMessageContaining("ssd_person.pers_person_id").hasMessageContaining("varchar2");
    }

    private static Function<String, String> withFile(String name, String text) {
        Map<String, String> replaced = Map.of(name, text);
        return n -> replaced.containsKey(n) ? replaced.get(n) : classpath(n);
    }

    private static String classpath(String name) {
        try (InputStream in = SsdSpecTest.class.getClassLoader().getResourceAsStream("ssd/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
