package org.hearth.stability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.CHILD_ID;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.carePeriod;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.placement;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.allocation.Allocation;
import org.hearth.allocation.SocialWorkerEpisode;
import org.hearth.journey.ChildJourney;
import org.hearth.people.SchoolAttended;
import org.junit.jupiter.api.Test;

/** Issue 12 §4: placement moves, social worker changes and school moves in the last 12 and 24 months. */
class StabilityIndexTest {
    static final LocalDate TODAY = day(2026, 3, 10);

    static Allocation sw(String worker, LocalDate from, LocalDate to) {
        return new Allocation(UUID.randomUUID(), CHILD_ID, worker, "SW", "team-a", from, to, null);
    }

    static SchoolAttended school(String name, LocalDate from, LocalDate to) {
        return new SchoolAttended(UUID.randomUUID(), CHILD_ID, name, null, from, to);
    }

    @Test
    void shouldCountMovesAfterTheFirstPlacementOfAPeriodInTheLast12And24Months() {
        ChildJourney j = aChild().with(carePeriod(day(2023, 1, 1), null),
                placement(day(2023, 1, 1), day(2024, 6, 1)),   // coming into care: not a move
                placement(day(2024, 6, 1), day(2025, 3, 10)),  // 21 months ago: in 24 only
                placement(day(2025, 3, 10), day(2025, 9, 1)),  // exactly a year ago: counts in 12
                placement(day(2025, 9, 1), null)).journey();
        StabilityIndex.Stability s = StabilityIndex.of(j, TODAY);
        assertThat(s.placementMoves12()).isEqualTo(2);
        assertThat(s.placementMoves24()).isEqualTo(3);
        assertThat(s.twoOrMoreMovesInTwoYears()).isTrue();
        // the day after, the move made a year and a day ago has left the 12 months
        assertThat(StabilityIndex.of(j, TODAY.plusDays(1)).placementMoves12()).isEqualTo(1);
    }

    @Test
    void shouldCountAMoveOnTheFirstDayOfTheWindowButNotTheDayBefore() {
        ChildJourney j = aChild().with(carePeriod(day(2023, 1, 1), null), placement(day(2023, 1, 1), day(2024, 3, 10)),
                placement(day(2024, 3, 10), null)).journey();
        assertThat(StabilityIndex.of(j, day(2026, 3, 10)).placementMoves24()).isEqualTo(1);
        assertThat(StabilityIndex.of(j, day(2026, 3, 11)).placementMoves24()).isZero();
        // and a future-dated move never counts
        assertThat(StabilityIndex.of(j, day(2024, 3, 9)).placementMoves24()).isZero();
    }

    @Test
    void shouldNotCountATemporaryPlacementOrTheReturnFromIt() {
        ChildJourney j = aChild().with(carePeriod(day(2025, 1, 1), null),
                placement(day(2025, 1, 1), day(2025, 8, 1), "U4", null),
                placement(day(2025, 8, 1), day(2025, 8, 10), "T1", null),
                placement(day(2025, 8, 10), null, "U4", null)).journey();
        assertThat(StabilityIndex.of(j, TODAY).placementMoves12()).isZero();
    }

    @Test
    void shouldTreatEachPeriodOfCareFirstPlacementAsComingIntoCare() {
        ChildJourney j = aChild().with(carePeriod(day(2024, 6, 1), day(2025, 1, 1)),
                placement(day(2024, 6, 1), day(2025, 1, 1)), carePeriod(day(2025, 6, 1), null),
                placement(day(2025, 6, 1), null)).journey();
        assertThat(StabilityIndex.of(j, TODAY).placementMoves24()).isZero();
    }

    @Test
    void shouldCountSocialWorkerChangesButNotTheFirstWorkerOrTheSameWorkerAgain() {
        ChildJourney j = aChild().with(sw("w1", day(2023, 1, 1), day(2025, 5, 1)),
                sw("w2", day(2025, 5, 1), day(2025, 6, 1)), sw("w2", day(2025, 6, 2), day(2025, 12, 1)),
                sw("w3", day(2025, 12, 1), null)).journey();
        StabilityIndex.Stability s = StabilityIndex.of(j, TODAY);
        assertThat(s.socialWorkerChanges12()).isEqualTo(2);
        assertThat(s.socialWorkerChanges24()).isEqualTo(2);
    }

    @Test
    void shouldCountImportedSocialWorkerEpisodesWhenThereAreNoAllocations() {
        ChildJourney j = aChild().with(
                new SocialWorkerEpisode(UUID.randomUUID(), CHILD_ID, "A", day(2023, 1, 1), day(2024, 6, 1), null),
                new SocialWorkerEpisode(UUID.randomUUID(), CHILD_ID, "B", day(2024, 6, 1), null, "X")).journey();
        assertThat(StabilityIndex.of(j, TODAY).socialWorkerChanges12()).isZero();
        assertThat(StabilityIndex.of(j, TODAY).socialWorkerChanges24()).isEqualTo(1);
    }

    @Test
    void shouldCountSchoolMovesAfterTheFirstSchool() {
        ChildJourney j = aChild().with(school("Hillside Primary", day(2019, 9, 1), day(2024, 7, 20)),
                school("Northgate Academy", day(2024, 9, 1), day(2025, 4, 1)),
                school("Riverside School", day(2025, 4, 2), null)).journey();
        StabilityIndex.Stability s = StabilityIndex.of(j, TODAY);
        assertThat(s.schoolMoves12()).isEqualTo(1);
        assertThat(s.schoolMoves24()).isEqualTo(2);
        assertThat(StabilityIndex.of(aChild().journey(), TODAY)).isEqualTo(new StabilityIndex.Stability(0, 0, 0, 0, 0, 0));
    }
}
