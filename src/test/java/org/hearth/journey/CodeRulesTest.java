package org.hearth.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;

import java.time.LocalDate;
import org.hearth.care.Placement;
import org.hearth.codes.CollectionYear;
import org.hearth.protection.CpPlan;
import org.hearth.protection.InitialConference;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

class CodeRulesTest {
    private static final LocalDate IN_2024_25 = day(2024, 6, 3);
    private static final LocalDate LAST_DAY_OF_2024_25 = day(2025, 3, 31);
    private static final LocalDate FIRST_DAY_OF_2025_26 = day(2025, 4, 1);

    /** Looked after from {@code from} in a placement of the given type. */
    private static ChildJourney placedFrom(LocalDate from, String type) {
        return aChild().with(carePeriod(from, null), legalStatus(from, null), placement(from, null, type, null)).journey();
    }

    @Test
    void shouldRefusePlacementTypeK3In2024To25() {
        ChildJourney j = placedFrom(IN_2024_25, "K3");

        Violation v = theViolation(j, "code-list");
        assertThat(v.dfeCode()).isNull();
        assertThat(v.kind()).isEqualTo("placements");
        assertThat(v.field()).isEqualTo("claPlacementType");
        assertThat(v.message()).startsWith("'K3' is not a valid PLACE code in 2024/25; valid codes: ");
        assertPlainWords(v);
    }

    @Test
    void shouldRefusePlacementTypeK3OnTheLastDayOf2024To25() {
        assertThat(violations(placedFrom(LAST_DAY_OF_2024_25, "K3"), "code-list")).hasSize(1);
    }

    @Test
    void shouldAllowPlacementTypeK3From2025To26() {
        assertValid(placedFrom(FIRST_DAY_OF_2025_26, "K3"));
    }

    @Test
    void shouldAllowPlacementTypeH5Before2025To26() {
        assertValid(placedFrom(LAST_DAY_OF_2024_25, "H5"));
    }

    @Test
    void shouldRefusePlacementTypeH5From2025To26() {
        Violation v = theViolation(placedFrom(FIRST_DAY_OF_2025_26, "H5"), "code-list");
        assertThat(v.message()).startsWith("'H5' is not a valid PLACE code in 2025/26; valid codes: ");
        assertThat(v.message()).contains("K3");
    }

    @Test
    void shouldJudgeEachPlacementByItsOwnStartDate() {
        Placement h5 = placement(IN_2024_25, day(2025, 6, 2), "H5", "CARPL");
        Placement k3 = placement(day(2025, 6, 2), null, "K3", null);
        assertValid(aChild().with(carePeriod(IN_2024_25, null), legalStatus(IN_2024_25, null), h5, k3).journey());
    }

    @Test
    void shouldRefuseAnUnknownAssessmentFactor() {
        Referral r = referral(day(2025, 1, 6));
        ChildJourney j = aChild().with(r, authorisedAssessment(r, day(2025, 1, 6), day(2025, 2, 3), "3A", "99Z")).journey();

        Violation v = theViolation(j, "code-list");
        assertThat(v.kind()).isEqualTo("assessments");
        assertThat(v.field()).isEqualTo("assessmentFactors");
        assertThat(v.message()).startsWith("'99Z' is not a valid FACTORS code in 2024/25; valid codes: 1A, ");
    }

    @Test
    void shouldRefuseFactor18AWhichTheSchemaSplitsInto18BAnd18C() {
        Referral r = referral(day(2025, 1, 6));
        ChildJourney j = aChild().with(r, authorisedAssessment(r, day(2025, 1, 6), day(2025, 2, 3), "18A")).journey();

        assertThat(theViolation(j, "code-list").message()).startsWith("'18A' is not a valid FACTORS code");
    }

    @Test
    void shouldRefuseAnUnknownCategoryOfAbuse() {
        Referral r = referral(day(2025, 1, 6));
        InitialConference c = icpc(r, null, day(2025, 2, 3), true);
        CpPlan plan = new CpPlan(id(), CHILD_ID, r.id(), c.id(), c.icpcDate(), null, "ABUSE", "NEG", 0);

        Violation v = theViolation(aChild().with(r, c, plan).journey(), "code-list");
        assertThat(v.field()).isEqualTo("cpPlanInitialCategory");
    }

    @Test
    void shouldRefuseAnUnknownReferralSourceAndClosureReason() {
        Referral r = new Referral(id(), CHILD_ID, null, day(2025, 1, 6), "ZZ", "N1", null, false, "RC99", day(2025, 2, 3));

        assertThat(violations(aChild().with(r).journey(), "code-list")).extracting(Violation::field)
                .containsExactlyInAnyOrder("referralSourceCode", "closeReason");
    }

    @Test
    void shouldRefuseAnUnknownLegalStatus() {
        ChildJourney j = aChild().with(carePeriod(IN_2024_25, null), new org.hearth.care.LegalStatus(id(), CHILD_ID,
                "C9", IN_2024_25, null), placement(IN_2024_25, null)).journey();

        assertThat(theViolation(j, "code-list").field()).isEqualTo("legalStatus");
    }

    @Test
    void shouldReadCodeListsForTheCollectionYearOfTheDate() {
        assertThat(CodeRules.list("SEX", day(2024, 3, 31)).codes()).containsExactly("1", "2");
        assertThat(CodeRules.list("SEX", day(2024, 4, 1)).codes()).containsExactly("M", "F", "U");
        assertThat(CodeRules.list("PLACE", LAST_DAY_OF_2024_25).contains("K3")).isFalse();
        assertThat(CodeRules.list("PLACE", FIRST_DAY_OF_2025_26).contains("K3")).isTrue();
    }

    @Test
    void shouldJudgeDatesOutsideTheHeldYearsByTheNearestYear() {
        assertThat(CodeRules.yearFor(day(2010, 6, 1))).isEqualTo(CollectionYear.of(CodeRules.FIRST_YEAR));
        assertThat(CodeRules.yearFor(day(2040, 6, 1))).isEqualTo(CollectionYear.of(CodeRules.LAST_YEAR));
        assertThat(CodeRules.yearFor(day(2025, 12, 15))).isEqualTo(CollectionYear.of(2026));
    }
}
