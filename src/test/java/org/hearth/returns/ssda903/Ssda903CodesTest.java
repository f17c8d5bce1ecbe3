package org.hearth.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hearth.codes.CollectionYear;
import org.junit.jupiter.api.Test;

class Ssda903CodesTest {

    @Test
    void shouldSwitchSexCodingFrom2024To25() {
        assertThat(Ssda903Codes.forYear(CollectionYear.of(2024)).list("SEX")).containsExactlyInAnyOrder("1", "2");
        assertThat(Ssda903Codes.forYear(CollectionYear.of(2025)).list("SEX")).containsExactlyInAnyOrder("M", "F", "U");
    }

    @Test
    void shouldChangePlacementCodesIn2025To26() {
        Ssda903Codes before = Ssda903Codes.forYear(CollectionYear.of(2025));
        Ssda903Codes after = Ssda903Codes.forYear(CollectionYear.of(2026));

        assertThat(before.valid("PLACE", "H5")).isTrue();
        assertThat(before.valid("PLACE", "K3")).isFalse();
        assertThat(after.valid("PLACE", "H5")).isFalse();
        assertThat(after.list("PLACE")).contains("K3", "Z11", "Z12", "Z13", "Z14", "U1").doesNotContain("Z1", "P2");
    }

    @Test
    void shouldTreatBlankAsNotOnTheListAndRefuseAnUnknownList() {
        Ssda903Codes codes = Ssda903Codes.forYear(CollectionYear.of(2024));

        assertThat(codes.valid("RNE", null)).isFalse();
        assertThat(codes.valid("RNE", "s")).isFalse();
        assertThatThrownBy(() -> codes.valid("NO_SUCH_LIST", "X")).isInstanceOf(IllegalArgumentException.class);
        assertThat(codes.list("NO_SUCH_LIST")).isEmpty();
    }
}
