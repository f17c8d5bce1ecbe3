package org.hearth.returns.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;
import org.junit.jupiter.api.Test;

class ValueLabelsTest {
    static final CollectionYear Y2526 = CollectionYear.of(2026);

    @Test
    void shouldShowACodedValueWithItsLabelFromTheYearsList() {
        String label = CodeLists.standard().list("PLACE", Y2526).label("U1").orElseThrow();
        assertThat(label).isNotEqualTo("U1");
        assertThat(ValueLabels.label("PLACE", "U1", Y2526)).isEqualTo("U1 – " + label);
        String need = CodeLists.standard().list("PRIMARY_NEED", Y2526).label("N1").orElseThrow();
        assertThat(ValueLabels.label("PrimaryNeedCode", "N1", Y2526)).isEqualTo("N1 – " + need);
    }

    @Test
    void shouldLabelEachCodeOfAListOfCodes() {
        String shown = ValueLabels.label("Disability", "MOB, HAND", Y2526);
        assertThat(shown.split(", ")).hasSize(2);
        assertThat(shown).startsWith("MOB").contains("HAND");
    }

    @Test
    void shouldShowABlankAsBlankAndAnUncodedFieldAsItIs() {
        assertThat(ValueLabels.label("PLACE", "", Y2526)).isEqualTo("(blank)");
        assertThat(ValueLabels.label("DOB", "01/02/2015", Y2526)).isEqualTo("01/02/2015");
        // A code the year's list does not hold is shown as it is: it is what the rule flags.
        assertThat(ValueLabels.label("PLACE", "XX9", Y2526)).isEqualTo("XX9");
    }

    @Test
    void shouldKeepTheRulesFieldOrder() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("PLACE", "U1");
        values.put("PL_POST", "");
        assertThat(ValueLabels.shown(values, Y2526)).extracting(ValueLabels.Shown::field)
                .containsExactly("PLACE", "PL_POST");
    }
}
