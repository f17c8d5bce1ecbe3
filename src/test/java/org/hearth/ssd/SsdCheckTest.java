package org.hearth.ssd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SsdCheckTest {
    private final SsdSpec spec = SsdSpec.standard();

    private SsdField field(String table, String name) {
        return spec.table(table).field(name).orElseThrow();
    }

    @Test
    void shouldRefuseAnEmptyValueTheSpecRequires() {
        assertThat(SsdCheck.problem(field("ssd_person", "pers_person_id"), "")).contains("required");
        assertThat(SsdCheck.problem(field("ssd_cin_episodes", "cine_person_id"), null)).contains("required");
    }

    @Test
    void shouldAcceptAnEmptyValueTheSpecDoesNotRequire() {
        assertThat(SsdCheck.problem(field("ssd_person", "pers_dob"), "")).isNull();
    }

    @Test
    void shouldAcceptAnEmptyPlanIdOnAConferenceThatDecidedOnNoPlan() {
        SsdField plan = field("ssd_initial_cp_conference", "icpc_cp_plan_id");
        assertThat(plan.required()).isTrue();
        assertThat(SsdCheck.problem(plan, "")).isNull();
    }

    @Test
    void shouldRefuseAValueOfTheWrongType() {
        assertThat(SsdCheck.problem(field("ssd_permanence", "perm_siblings_placed_together"), "two"))
                .isEqualTo("is not a whole number");
        assertThat(SsdCheck.problem(field("ssd_person", "pers_dob"), "2024-02-30")).contains("is not a date");
        assertThat(SsdCheck.problem(field("ssd_person", "pers_dob"), "30/01/2024")).contains("is not a date");
        assertThat(SsdCheck.problem(field("ssd_cla_placement", "clap_cla_placement_distance"), "far"))
                .isEqualTo("is not a number");
        assertThat(SsdCheck.problem(field("ssd_version_log", "is_current"), "yes")).contains("bit");
    }

    @Test
    void shouldAcceptValuesOfTheRightType() {
        assertThat(SsdCheck.problem(field("ssd_permanence", "perm_siblings_placed_together"), "2")).isNull();
        assertThat(SsdCheck.problem(field("ssd_person", "pers_dob"), "2024-02-29")).isNull();
        assertThat(SsdCheck.problem(field("ssd_cla_placement", "clap_cla_placement_distance"), "18.7")).isNull();
    }

    @Test
    void shouldRefuseACodeNotInTheFieldsList() {
        assertThat(SsdCheck.problem(field("ssd_legal_status", "lega_legal_status"), "X9"))
                .isEqualTo("'X9' is not a code of ssd:legal_status.yml");
        assertThat(SsdCheck.problem(field("ssd_legal_status", "lega_legal_status"), "C2")).isNull();
        assertThat(SsdCheck.problem(field("ssd_person", "pers_sex"), "1")).contains("values:F|M|U");
    }

    @Test
    void shouldRefuseAFlagLongerThanOneCharacter() {
        assertThat(SsdCheck.problem(field("ssd_cin_assessments", "cina_assessment_outcome_nfa"), "Yes"))
                .isEqualTo("is longer than 1 character");
    }

    @Test
    void shouldRefuseAPersonIdTheGuidanceDoesNotAllow() {
        SsdField id = field("ssd_person", "pers_person_id");
        assertThat(SsdCheck.problem(id, "ABCDEFGHIJ0123456789X")).isEqualTo("is longer than 20 characters");
        assertThat(SsdCheck.problem(id, "AB-12")).contains("shape");
        assertThat(SsdCheck.problem(id, SsdDerivation.personKey(java.util.UUID.randomUUID()))).isNull();
    }

    @Test
    void shouldRefuseAnUnknownFactorInAnAssessmentsFactors() {
        SsdField factors = field("ssd_assessment_factors", "cinf_assessment_factors_json");
        assertThat(SsdCheck.problem(factors, "[\"3B\",\"4B\"]")).isNull();
        assertThat(SsdCheck.problem(factors, "[\"3B\",\"99Z\"]")).contains("'99Z'");
        assertThat(SsdCheck.problem(factors, "3B,4B")).isEqualTo("is not a JSON array of codes");
    }
}
