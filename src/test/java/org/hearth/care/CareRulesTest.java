package org.hearth.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;

import java.time.LocalDate;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

class CareRulesTest {
    private static final LocalDate START = day(2025, 1, 6);
    private static final LocalDate MOVE = day(2025, 3, 3);
    private static final LocalDate END = day(2025, 6, 2);

    // ---- ceasing: the date and the reason together --------------------------------------------------------------

    @Test
    void shouldRefuseCeasingWithoutAReason() {
        CarePeriod period = new CarePeriod(id(), CHILD_ID, START, END, null, "N1");
        ChildJourney j = aChild().with(period, legalStatus(START, END), placement(START, END)).journey();

        Violation v = theViolation(j, "care-end-needs-reason");
        assertThat(v.dfeCode()).isNull();
        assertThat(v.kind()).isEqualTo("care-periods");
        assertThat(v.field()).isEqualTo("reasonCeased");
        assertThat(v.message()).isEqualTo("Ceasing to be looked after needs both the date and the reason episode ceased");
        assertPlainWords(v);
    }

    @Test
    void shouldRefuseAReasonCeasedWithoutADate() {
        CarePeriod period = new CarePeriod(id(), CHILD_ID, START, null, "E13", "N1");
        ChildJourney j = aChild().with(period, legalStatus(START, null), placement(START, null)).journey();

        assertThat(theViolation(j, "care-end-needs-reason").field()).isEqualTo("periodEndDate");
    }

    @Test
    void shouldAllowCeasingWithDateAndReason() {
        assertValid(aChild().lookedAfter(START, END).journey());
    }

    @Test
    void shouldAllowAnOpenPeriodWithNoReason() {
        assertValid(aChild().lookedAfter(START, null).journey());
    }

    // ---- a legal status and a placement from the first day -----------------------------------------------------

    @Test
    void shouldRefuseLegalStatusStartingAfterTheFirstDay() {
        ChildJourney j = aChild().with(carePeriod(START, null), placement(START, null), legalStatus(day(2025, 1, 7), null))
                .journey();

        Violation v = theViolation(j, "care-legal-status-from-start");
        assertThat(v.kind()).isEqualTo("care-periods");
        assertThat(v.field()).isEqualTo("periodStartDate");
        assertThat(v.message()).isEqualTo("A child becoming looked after on 6 January 2025 needs a legal status from that day");
        assertPlainWords(v, START);
    }

    @Test
    void shouldRefusePeriodOfCareWithNoLegalStatus() {
        ChildJourney j = aChild().with(carePeriod(START, null), placement(START, null)).journey();

        assertThat(violations(j, "care-legal-status-from-start")).hasSize(1);
    }

    @Test
    void shouldRefusePlacementStartingAfterTheFirstDay() {
        ChildJourney j = aChild().with(carePeriod(START, null), legalStatus(START, null), placement(day(2025, 1, 8), null))
                .journey();

        Violation v = theViolation(j, "care-placement-from-start");
        assertThat(v.message()).isEqualTo("A child becoming looked after on 6 January 2025 needs a placement from that day");
        assertPlainWords(v, START);
    }

    @Test
    void shouldRefusePeriodOfCareWithNoPlacement() {
        ChildJourney j = aChild().with(carePeriod(START, null), legalStatus(START, null)).journey();

        assertThat(violations(j, "care-placement-from-start")).hasSize(1);
    }

    @Test
    void shouldAllowLegalStatusAndPlacementFromTheFirstDay() {
        assertValid(aChild().with(carePeriod(START, null), legalStatus(START, null), placement(START, null)).journey());
    }

    // ---- no gap ----------------------------------------------------------------------------------------------------

    @Test
    void shouldRefuseAGapBetweenLegalStatuses() {
        LegalStatus second = legalStatus(day(2025, 3, 5), null);
        ChildJourney j = aChild().with(carePeriod(START, null), placement(START, null), legalStatus(START, MOVE), second)
                .journey();

        Violation v = theViolation(j, "care-legal-status-gap");
        assertThat(v.kind()).isEqualTo("legal-statuses");
        assertThat(v.recordId()).isEqualTo(second.id());
        assertThat(v.message()).isEqualTo("No legal status is recorded between 3 March 2025 and 5 March 2025");
        assertPlainWords(v, MOVE, day(2025, 3, 5));
    }

    @Test
    void shouldRefuseAGapBetweenPlacements() {
        ChildJourney j = aChild().with(carePeriod(START, null), legalStatus(START, null),
                placement(START, MOVE, "U1", "CARPL"), placement(day(2025, 3, 4), null)).journey();

        Violation v = theViolation(j, "care-placement-gap");
        assertPlainWords(v, MOVE, day(2025, 3, 4));
    }

    @Test
    void shouldAllowPlacementsHandedOverOnTheDay() {
        assertValid(aChild().with(carePeriod(START, null), legalStatus(START, null),
                placement(START, MOVE, "U1", "CARPL"), placement(MOVE, null)).journey());
    }

    @Test
    void shouldRefuseLastPlacementEndingWhileStillLookedAfter() {
        Placement only = placement(START, MOVE, "U1", "CARPL");
        ChildJourney j = aChild().with(carePeriod(START, null), legalStatus(START, null), only).journey();

        Violation v = theViolation(j, "care-placement-gap");
        assertThat(v.recordId()).isEqualTo(only.id());
        assertThat(v.field()).isEqualTo("endDate");
        assertThat(v.message()).isEqualTo("The child is still looked after but no placement is recorded after 3 March 2025");
        assertPlainWords(v, MOVE);
    }

    @Test
    void shouldRefuseLastLegalStatusEndingWhileStillLookedAfter() {
        ChildJourney j = aChild().with(carePeriod(START, null), placement(START, null), legalStatus(START, MOVE)).journey();

        assertThat(violations(j, "care-legal-status-gap")).hasSize(1);
    }

    @Test
    void shouldRefuseLastPlacementEndingBeforeCareEnded() {
        ChildJourney j = aChild().with(carePeriod(START, END), legalStatus(START, END), placement(START, MOVE)).journey();

        Violation v = theViolation(j, "care-placement-gap");
        assertThat(v.field()).isEqualTo("endDate");
        assertPlainWords(v, MOVE, END);
    }

    @Test
    void shouldAllowLastPlacementEndingOnTheDayCareEnded() {
        assertValid(aChild().with(carePeriod(START, END), legalStatus(START, END), placement(START, MOVE, "U1", "CARPL"),
                placement(MOVE, END)).journey());
    }

    // ---- inside the period -------------------------------------------------------------------------------------

    @Test
    void shouldRefusePlacementOutsideAnyPeriodOfCare() {
        Placement stray = placement(day(2025, 7, 1), day(2025, 7, 2));
        ChildJourney j = aChild().lookedAfter(START, END).with(stray).journey();

        Violation v = theViolation(j, "inside-care-period");
        assertThat(v.recordId()).isEqualTo(stray.id());
        assertThat(v.field()).isEqualTo("startDate");
        assertThat(v.message()).isEqualTo("Placement starting 1 July 2025 is not within a period of being looked after");
        assertPlainWords(v, day(2025, 7, 1));
    }

    @Test
    void shouldRefuseLegalStatusRunningOnAfterCareEnded() {
        LegalStatus open = legalStatus(START, null);
        ChildJourney j = aChild().with(carePeriod(START, END), placement(START, END), open).journey();

        Violation v = theViolation(j, "inside-care-period");
        assertThat(v.recordId()).isEqualTo(open.id());
        assertThat(v.field()).isEqualTo("endDate");
        assertThat(v.message()).isEqualTo("Legal status starting 6 January 2025 must end by the day care ended, 2 June 2025");
        assertPlainWords(v, START, END);
    }

    @Test
    void shouldRefusePlacementEndingAfterCareEnded() {
        ChildJourney j = aChild().with(carePeriod(START, END), legalStatus(START, END), placement(START, day(2025, 6, 3)))
                .journey();

        assertThat(theViolation(j, "inside-care-period", CareStage.PLACEMENTS).field()).isEqualTo("endDate");
    }

    @Test
    void shouldAllowTwoPeriodsOfCareEachWithItsOwnHistory() {
        assertValid(aChild().lookedAfter(START, MOVE).lookedAfter(END, null).journey());
    }

    @Test
    void shouldRefuseSecondPeriodOfCareStartingOnHandoverDayWithoutItsOwnLegalStatus() {
        ChildJourney j = aChild().with(carePeriod(START, MOVE), legalStatus(START, MOVE), placement(START, MOVE),
                carePeriod(MOVE, null), placement(MOVE, null)).journey();

        assertThat(violations(j, "care-legal-status-from-start")).hasSize(1);
    }

    // ---- the reason a placement changed ------------------------------------------------------------------------

    @Test
    void shouldRefusePlacementEndingDuringCareWithoutAReason() {
        Placement first = placement(START, MOVE);
        ChildJourney j = aChild().with(carePeriod(START, null), legalStatus(START, null), first, placement(MOVE, null))
                .journey();

        Violation v = theViolation(j, "placement-change-reason");
        assertThat(v.recordId()).isEqualTo(first.id());
        assertThat(v.field()).isEqualTo("claPlacementChangeReason");
        assertThat(v.message()).isEqualTo("Give the reason the placement starting 6 January 2025 changed");
        assertPlainWords(v, START);
    }

    @Test
    void shouldAllowPlacementEndingDuringCareWithAReason() {
        assertValid(aChild().with(carePeriod(START, null), legalStatus(START, null), placement(START, MOVE, "U1", "CHILD"),
                placement(MOVE, null)).journey());
    }

    @Test
    void shouldNotAskWhyAPlacementChangedWhenCareItselfEnded() {
        assertNo(aChild().lookedAfter(START, END).journey(), "placement-change-reason");
    }

    // ---- looked-after reviews -----------------------------------------------------------------------------------

    @Test
    void shouldRefuseCareReviewAfterCareEnded() {
        ChildJourney j = aChild().lookedAfter(START, END).with(careReview(day(2025, 6, 3))).journey();

        Violation v = theViolation(j, "care-review-while-looked-after");
        assertThat(v.kind()).isEqualTo("care-reviews");
        assertThat(v.message()).isEqualTo("A looked-after review on 3 June 2025 must fall while the child is looked after");
        assertPlainWords(v, day(2025, 6, 3));
    }

    @Test
    void shouldRefuseCareReviewBeforeCareStarted() {
        ChildJourney j = aChild().lookedAfter(START, END).with(careReview(day(2025, 1, 3))).journey();

        assertThat(violations(j, "care-review-while-looked-after")).hasSize(1);
    }

    @Test
    void shouldAllowCareReviewOnTheLastDayOfCare() {
        assertValid(aChild().lookedAfter(START, END).with(careReview(day(2025, 2, 3)), careReview(END)).journey());
    }
}
