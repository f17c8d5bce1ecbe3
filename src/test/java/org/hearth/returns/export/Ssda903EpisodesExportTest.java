package org.hearth.returns.export;

import org.hearth.returns.geography.PostcodeDirectory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.returns.export.Fixtures.LEEDS;
import static org.hearth.returns.export.Fixtures.LEEDS_LA;
import static org.hearth.returns.export.Fixtures.OXFORD;
import static org.hearth.returns.export.Fixtures.OXFORDSHIRE;
import static org.hearth.returns.export.Fixtures.OXFORD_NEXT_DOOR;
import static org.hearth.returns.export.JourneyBuilder.d;

import java.math.BigDecimal;
import java.util.List;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.junit.jupiter.api.Test;

class Ssda903EpisodesExportTest {
    private static final CollectionYear Y2025 = CollectionYear.of(2025);
    private final Ssda903Episodes episodes = new Ssda903Episodes(OXFORDSHIRE, Fixtures.postcodes());

    private static JourneyBuilder child() {
        return JourneyBuilder.child("C1", d("2015-05-01"), "F").home(d("2015-05-01"), null, LEEDS);
    }

    @Test
    void aSinglePlacementIsOneOpenEpisodeStartedToBeLookedAfter() {
        ChildJourney j = child().startCare(d("2024-06-01"), "N1", "C2", "U1", OXFORD, "SC123456").build();

        List<Ssda903Episode> out = episodes.inYear(j, Y2025);

        assertThat(out).singleElement().satisfies(e -> {
            assertThat(e.child()).isEqualTo("C1");
            assertThat(e.decom()).isEqualTo(d("2024-06-01"));
            assertThat(e.rne()).isEqualTo("S");
            assertThat(e.ls()).isEqualTo("C2");
            assertThat(e.cin()).isEqualTo("N1");
            assertThat(e.place()).isEqualTo("U1");
            assertThat(e.placeProvider()).isEqualTo("PR1");
            assertThat(e.dec()).isNull();
            assertThat(e.rec()).isNull();
            assertThat(e.homePost()).isEqualTo(LEEDS);
            assertThat(e.plPost()).isEqualTo(OXFORD);
            assertThat(e.urn()).isEqualTo("SC123456");
            assertThat(e.plLa()).isEqualTo(OXFORDSHIRE);
            assertThat(e.plLocation()).isEqualTo("IN");
        });
    }

    @Test
    void aMoveToANewCarerIsPAndTheEndedEpisodeCarriesTheReason() {
        ChildJourney j = child().startCare(d("2024-06-01"), "N1", "C2", "U1", OXFORD, "SC1")
                .move(d("2024-09-10"), "CREQB", "K2", "PR4", LEEDS, "SC2").build();

        List<Ssda903Episode> out = episodes.inYear(j, Y2025);

        assertThat(out).extracting(Ssda903Episode::rne).containsExactly("S", "P");
        assertThat(out.get(0).dec()).isEqualTo(d("2024-09-10"));
        assertThat(out.get(0).rec()).isEqualTo("X1");
        assertThat(out.get(0).reasonPlaceChange()).isEqualTo("CREQB");
        assertThat(out.get(1).decom()).isEqualTo(d("2024-09-10"));
        assertThat(out.get(1).plLocation()).isEqualTo("OUT");
        assertThat(out.get(1).plLa()).isEqualTo(LEEDS_LA);
    }

    @Test
    void aChangeOfLegalStatusOnlyIsLWithNoPlacementChangeReason() {
        ChildJourney j = child().startCare(d("2024-06-01"), "N1", "C1", "U1", OXFORD, "SC1")
                .legalStatus(d("2024-11-01"), "C2").build();

        List<Ssda903Episode> out = episodes.inYear(j, Y2025);

        assertThat(out).extracting(Ssda903Episode::rne, Ssda903Episode::ls)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S", "C1"), org.assertj.core.groups.Tuple.tuple("L", "C2"));
        assertThat(out.get(0).rec()).isEqualTo("X1");
        assertThat(out.get(0).reasonPlaceChange()).isNull();
    }

    @Test
    void legalStatusAndCarerChangingOnOneDayIsB() {
        ChildJourney j = child().startCare(d("2024-06-01"), "N1", "C1", "U1", OXFORD, "SC1")
                .legalStatus(d("2024-12-02"), "C2")
                .move(d("2024-12-02"), "CARPL", "U3", "PR1", LEEDS, "SC9").build();

        assertThat(episodes.inYear(j, Y2025)).extracting(Ssda903Episode::rne).containsExactly("S", "B");
    }

    @Test
    void placementChangingWithTheSameCarerIsTAndWithALegalStatusChangeU() {
        // Foster carers become the adopters: same home, same URN, new placement type.
        ChildJourney sameCarer = child().startCare(d("2024-06-01"), "N1", "C2", "U4", OXFORD, "SC1")
                .move(d("2024-08-01"), "PLACE", "A5", "PR1", OXFORD, "SC1").build();
        ChildJourney sameCarerAndOrder = child().startCare(d("2024-06-01"), "N1", "C2", "U4", OXFORD, "SC1")
                .move(d("2024-08-01"), "PLACE", "A5", "PR1", OXFORD, "SC1")
                .legalStatus(d("2024-08-01"), "E1").build();

        assertThat(episodes.inYear(sameCarer, Y2025)).extracting(Ssda903Episode::rne).containsExactly("S", "T");
        assertThat(episodes.inYear(sameCarerAndOrder, Y2025)).extracting(Ssda903Episode::rne).containsExactly("S", "U");
    }

    @Test
    void aNewRecordWithNothingChangedIsNotANewEpisode() {
        ChildJourney j = child().startCare(d("2024-06-01"), "N1", "C2", "U1", OXFORD, "SC1")
                .move(d("2024-08-01"), "OTHER", "U1", "PR1", OXFORD, "SC1")
                .legalStatus(d("2024-09-01"), "C2").build();

        assertThat(episodes.inYear(j, Y2025)).singleElement().satisfies(e -> assertThat(e.dec()).isNull());
    }

    @Test
    void ceasingCareEndsTheLastEpisodeWithThePeriodsReason() {
        ChildJourney j = child().startCare(d("2024-06-01"), "N1", "C2", "U1", OXFORD, "SC1")
                .move(d("2024-09-10"), "CREQB", "K2", "PR4", LEEDS, "SC2")
                .ceaseCare(d("2025-01-15"), "E13").build();

        List<Ssda903Episode> out = episodes.inYear(j, Y2025);

        assertThat(out).extracting(Ssda903Episode::rec).containsExactly("X1", "E13");
        assertThat(out.get(1).dec()).isEqualTo(d("2025-01-15"));
        assertThat(out.get(1).reasonPlaceChange()).isNull();
    }

    @Test
    void anEpisodeSpanningTheYearStartIsIncludedWithItsOriginalStart() {
        ChildJourney j = child().startCare(d("2023-10-01"), "N2", "C2", "U1", OXFORD, "SC1")
                .move(d("2024-02-01"), "CHILD", "U3", "PR1", LEEDS, "SC2")
                .move(d("2024-07-01"), "CARPL", "U4", "PR1", OXFORD, "SC3").build();

        List<Ssda903Episode> out = episodes.inYear(j, Y2025);

        assertThat(out).extracting(Ssda903Episode::decom).containsExactly(d("2024-02-01"), d("2024-07-01"));
        assertThat(episodes.inYear(j, Y2025.previous())).extracting(Ssda903Episode::decom)
                .containsExactly(d("2023-10-01"), d("2024-02-01"));
    }

    @Test
    void anEndAfterTheReferenceDateIsNotYetKnownToTheReturn() {
        ChildJourney j = child().startCare(d("2025-01-01"), "N1", "C2", "U1", OXFORD, "SC1")
                .move(d("2025-05-01"), "CREQB", "U3", "PR1", LEEDS, "SC2").build();

        assertThat(episodes.inYear(j, Y2025)).singleElement().satisfies(e -> {
            assertThat(e.dec()).isNull();
            assertThat(e.rec()).isNull();
            assertThat(e.reasonPlaceChange()).isNull();
        });
    }

    @Test
    void distanceIsStraightLineMilesBetweenGridPointsToOneDecimalPlace() {
        ChildJourney j = child().startCare(d("2024-06-01"), "N1", "C2", "U1", OXFORD, "SC1").build();

        assertThat(episodes.inYear(j, Y2025).get(0).plDistance()).isEqualByComparingTo(new BigDecimal("142.3"));
        assertThat(Fixtures.postcodes().miles("ox11aa", OXFORD_NEXT_DOOR)).contains(new BigDecimal("0.4"));
    }

    @Test
    void unknownPostcodesLeaveDistanceAndLaBlank() {
        ChildJourney j = JourneyBuilder.child("C2", d("2015-05-01"), "M")
                .startCare(d("2024-06-01"), "N1", "C2", "U1", "ZZ9 9ZZ", "SC1").build();

        assertThat(episodes.inYear(j, Y2025)).singleElement().satisfies(e -> {
            assertThat(e.homePost()).isNull();
            assertThat(e.plDistance()).isNull();
            assertThat(e.plLa()).isNull();
            assertThat(e.plLocation()).isNull();
        });
        assertThat(Fixtures.postcodes().locate("AB11 3AG")).as("a row with no grid point is skipped").isEmpty();
        assertThat(Fixtures.postcodes().locate("not a postcode")).isEmpty();
    }

    @Test
    void aChildNotLookedAfterInTheYearHasNoEpisodes() {
        ChildJourney left = child().startCare(d("2022-06-01"), "N1", "C2", "U1", OXFORD, "SC1")
                .ceaseCare(d("2024-03-31"), "E13").build();
        ChildJourney never = child().build();

        assertThat(episodes.inYear(left, Y2025)).isEmpty();
        assertThat(episodes.inYear(never, Y2025)).isEmpty();
    }

    @Test
    void thePlacementLocationNeedsAnOnsLaCode() {
        assertThatThrownBy(() -> new Ssda903Episodes("931", PostcodeDirectory.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ONS code");
    }

    @Test
    void anEpisodeStartingWithAReturnedRneAndCinGivesThemBackAsReturned() {
        ChildJourney j = child().startCare(d("2024-06-01"), "N1", "C2", "U1", OXFORD, "SC1")
                .placementAsReturned("L", "N4").build();

        List<Ssda903Episode> out = episodes.inYear(j, Y2025);

        assertThat(out).singleElement().satisfies(e -> {
            assertThat(e.rne()).as("the return's own first RNE, not S").isEqualTo("L");
            assertThat(e.cin()).as("the episode's CIN, not the period's").isEqualTo("N4");
        });
    }

    @Test
    void aReturnedRneOnALegalStatusReplacesTheDerivedOne() {
        ChildJourney j = child().startCare(d("2024-06-01"), "N1", "C1", "U1", OXFORD, "SC1")
                .legalStatus(d("2024-11-01"), "C2").legalStatusAsReturned("B", null).build();

        List<Ssda903Episode> out = episodes.inYear(j, Y2025);

        assertThat(out).extracting(Ssda903Episode::rne).containsExactly("S", "B");
        assertThat(out.get(1).cin()).as("no CIN returned: the period's").isEqualTo("N1");
    }

    @Test
    void aReturnedEpisodeWhereNothingChangedKeepsItsBoundary() {
        ChildJourney j = child().startCare(d("2024-06-01"), "N1", "C2", "U1", OXFORD, "SC1")
                .move(d("2024-09-10"), "CHANGE", "U1", "PR1", OXFORD, "SC1").placementAsReturned("P", "N1").build();

        List<Ssda903Episode> out = episodes.inYear(j, Y2025);

        assertThat(out).extracting(Ssda903Episode::decom, Ssda903Episode::rne).containsExactly(
                org.assertj.core.groups.Tuple.tuple(d("2024-06-01"), "S"),
                org.assertj.core.groups.Tuple.tuple(d("2024-09-10"), "P"));
        assertThat(out.get(0).rec()).isEqualTo("X1");
        assertThat(out.get(0).reasonPlaceChange()).isEqualTo("CHANGE");
    }

    @Test
    void withoutAReturnedRneANewPlacementRecordWithNothingChangedIsStillNoNewEpisode() {
        ChildJourney j = child().startCare(d("2024-06-01"), "N1", "C2", "U1", OXFORD, "SC1")
                .move(d("2024-09-10"), "CHANGE", "U1", "PR1", OXFORD, "SC1").build();

        assertThat(episodes.inYear(j, Y2025)).extracting(Ssda903Episode::rne).containsExactly("S");
    }

    @Test
    void overlappingPeriodsOfCareDoNotGiveTheLaterPeriodsEpisodesTwice() {
        JourneyBuilder b = child().startCare(d("2024-05-01"), "N1", "C2", "U1", OXFORD, "SC1")
                .ceaseCare(d("2024-09-01"), "E11")
                .startCare(d("2024-07-01"), "N2", "J2", "R2", LEEDS, "SC2").placementAsReturned("S", "N2");

        List<Ssda903Episode> out = episodes.inYear(b.build(), Y2025);

        assertThat(out).extracting(Ssda903Episode::decom, Ssda903Episode::dec, Ssda903Episode::rne).containsExactly(
                org.assertj.core.groups.Tuple.tuple(d("2024-05-01"), d("2024-09-01"), "S"),
                org.assertj.core.groups.Tuple.tuple(d("2024-07-01"), null, "S"));
    }

    @Test
    void aMoveRecordedInHearthAfterAnImportedEpisodeKeepsTheReturnedCodesAndDerivesItsOwn() {
        ChildJourney j = child().startCare(d("2024-06-01"), "N1", "C2", "U1", OXFORD, "SC1")
                .placementAsReturned("L", "N4").move(d("2024-09-10"), "CREQB", "K2", "PR4", LEEDS, "SC2").build();

        List<Ssda903Episode> out = episodes.inYear(j, Y2025);

        assertThat(out).extracting(Ssda903Episode::rne, Ssda903Episode::cin).containsExactly(
                org.assertj.core.groups.Tuple.tuple("L", "N4"), org.assertj.core.groups.Tuple.tuple("P", "N1"));
        assertThat(out.get(0).reasonPlaceChange()).isEqualTo("CREQB");
    }
}
