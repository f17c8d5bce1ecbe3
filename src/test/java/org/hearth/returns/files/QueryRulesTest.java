package org.hearth.returns.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.codes.CollectionYear;
import org.hearth.returns.live.ReturnKind;
import org.junit.jupiter.api.Test;

class QueryRulesTest {
    static final CollectionYear Y2526 = CollectionYear.of(2026);

    @Test
    void shouldTreatTheCinRulesTheDfeTypesQueryAsQueries() {
        assertThat(QueryRules.isQuery(ReturnKind.CIN, "8770Q", Y2526)).isTrue();
        assertThat(QueryRules.isQuery(ReturnKind.CIN, "2886Q", Y2526)).isTrue();
        // Typed QUERY in the catalogue though its code has no Q: the catalogue decides, not only the letter.
        assertThat(QueryRules.isQuery(ReturnKind.CIN, "4009Q", Y2526)).isTrue();
    }

    @Test
    void shouldTreatCinErrorsAsErrors() {
        assertThat(QueryRules.isQuery(ReturnKind.CIN, "8500", Y2526)).isFalse();
        assertThat(QueryRules.isQuery(ReturnKind.CIN, "100", Y2526)).isFalse();
        assertThat(QueryRules.isQuery(ReturnKind.CIN, null, Y2526)).isFalse();
    }

    @Test
    void shouldTreatOnlyThe903RulesWhoseDfeTextAsksForAReasonAsQueries() {
        assertThat(QueryRules.isQuery(ReturnKind.SSDA903, "231", Y2526)).isTrue();
        assertThat(QueryRules.isQuery(ReturnKind.SSDA903, "103", Y2526)).isFalse();
        assertThat(QueryRules.isQuery(ReturnKind.SSDA903, "392b", Y2526)).isFalse();
    }

    @Test
    void shouldNotMistakeA903RuleForACinQueryOfTheSameCode() {
        assertThat(QueryRules.isQuery(ReturnKind.SSDA903, "8770Q", Y2526)).isFalse();
        assertThat(QueryRules.isQuery(ReturnKind.CIN, "231", Y2526)).isFalse();
    }
}
