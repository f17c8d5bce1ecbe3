package org.hearth.returns.ssda903.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.permanence.Permanence;
import org.hearth.returns.ReturnedRow;
import org.hearth.returns.geography.PostcodeDirectory;
import org.hearth.returns.export.Ssda903Export;
import org.hearth.returns.ssda903.Ssda903Data;
import org.hearth.returns.ssda903.Ssda903Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.hearth.care.CareStage;
import org.hearth.people.PeopleStage;
import org.hearth.permanence.PermanenceStage;
import org.hearth.returns.ReturnedRowsStage;

/** Mapping a 903 return to journeys, without a database. */
class Ssda903ImportTest {
    static final CollectionYear Y2024 = CollectionYear.of(2024);
    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
    static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

    @TempDir
    Path dir;

    static Ssda903Table table(String name, String... lines) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            rows.add(lines[i].split(",", -1));
        }
        return new Ssda903Table(name, Arrays.asList(lines[0].split(",")), rows);
    }

    static Ssda903Import.Source source(String name, Ssda903Table... tables) {
        Ssda903Data data = new Ssda903Data();
        for (Ssda903Table t : tables) {
            data.put(t);
        }
        return new Ssda903Import.Source(name, data);
    }

    /** A girl in care from June 2023: moved in September, placement order in December, home in March. */
    static Ssda903Import.Source clean() {
        return source("clean",
                table("Header", HEADER, "G1,2,01/05/2012,WBRI,UN1,0,"),
                table("Episodes", EPISODES,
                        "G1,01/06/2023,S,C2,N1,U1,PR1,10/09/2023,X1,CREQB,LS1 1UR,OX1 1AA,SC123456",
                        "G1,10/09/2023,P,C2,N1,U4,PR4,01/12/2023,X1,,LS1 1UR,OX1 1AB,SC223456",
                        "G1,01/12/2023,L,C1,N1,U4,PR4,01/03/2024,E13,,LS1 1UR,OX1 1AB,SC223456"),
                table("Reviews", "CHILD,DOB,REVIEW,REVIEW_CODE", "G1,01/05/2012,01/07/2023,PN1"),
                table("Missing", "CHILD,DOB,MISSING,MIS_START,MIS_END", "G1,01/05/2012,M,01/10/2023,03/10/2023"));
    }

    static Ssda903Import.Result map(CollectionYear year, Ssda903Import.Source current, Ssda903Import.Source previous,
                                    boolean keep) {
        return Ssda903Import.map(year, current, previous, Ssda903Import.Existing.NONE, keep, n -> { });
    }

    @Test
    void shouldTurnEpisodesIntoAPeriodOfCareWithItsLegalStatusAndPlacementHistory() {
        Ssda903Import.Result result = map(Y2024, clean(), null, false);

        assertThat(result.errors()).isEmpty();
        assertThat(result.kept()).isEmpty();
        ChildJourney j = result.children().get(0).after();
        assertThat(j.child().legacyId()).isEqualTo("G1");
        assertThat(j.child().sex()).as("1/2 in 2023/24 become M/F").isEqualTo("F");
        assertThat(j.child().upnUnknown()).isEqualTo("UN1");
        assertThat(j.all(CareStage.CARE_PERIODS)).singleElement().satisfies(p -> {
            assertThat(p.periodStartDate()).isEqualTo(LocalDate.of(2023, 6, 1));
            assertThat(p.periodEndDate()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(p.reasonCeased()).isEqualTo("E13");
            assertThat(p.cinCode()).isEqualTo("N1");
        });
        assertThat(j.all(CareStage.LEGAL_STATUSES)).extracting(LegalStatus::legalStatus, LegalStatus::legalStatusEndDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C2", LocalDate.of(2023, 12, 1)),
                        org.assertj.core.groups.Tuple.tuple("C1", LocalDate.of(2024, 3, 1)));
        assertThat(j.all(CareStage.PLACEMENTS)).extracting(Placement::claPlacementType, Placement::claPlacementChangeReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("U1", "CREQB"),
                        org.assertj.core.groups.Tuple.tuple("U4", null));
        assertThat(j.all(PeopleStage.ADDRESSES)).singleElement().satisfies(a -> assertThat(a.addressPostcode()).isEqualTo("LS1 1UR"));
        assertThat(j.all(CareStage.CARE_REVIEWS)).hasSize(1);
        assertThat(j.all(CareStage.MISSING)).hasSize(1);
    }

    @Test
    void shouldKeepEachEpisodesRneAndCinAsReturnedOnTheRecordsItStarts() {
        ChildJourney j = map(Y2024, clean(), null, false).children().get(0).after();

        assertThat(j.all(CareStage.PLACEMENTS)).extracting(Placement::claEpisodeStartReason, Placement::claPrimaryNeedCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S", "N1"),
                        org.assertj.core.groups.Tuple.tuple("P", "N1"));
        assertThat(j.all(CareStage.LEGAL_STATUSES)).extracting(LegalStatus::claEpisodeStartReason)
                .containsExactly("S", "L");
    }

    @Test
    void shouldReExportTheReturnsOwnRneCinBoundariesAndLastReasonEvenWhereTheyContradictTheHistory() throws IOException {
        Ssda903Import.Source s = source("own codes",
                table("Header", HEADER, "G2,2,01/05/2012,WBRI,UN1,0,"),
                table("Episodes", EPISODES,
                        "G2,01/06/2023,L,C2,N1,U1,PR1,10/09/2023,X1,CHANGE,,OX1 1AA,SC123456",
                        "G2,10/09/2023,P,C2,N3,U1,PR1,01/12/2023,X1,,,OX1 1AA,SC123456",
                        "G2,01/12/2023,B,C1,N3,U1,PR1,,,CHILD,,OX1 1AA,SC123456"));
        Ssda903Import.Result result = map(Y2024, s, null, true);
        ChildJourney j = result.children().get(0).after();

        assertThat(j.all(CareStage.PLACEMENTS)).as("the P with nothing changed starts the placement again").hasSize(2);
        new Ssda903Export(null, PostcodeDirectory.none()).writeTo(List.of(j), Y2024, dir);

        assertThat(Files.readAllLines(dir.resolve("episodes.csv"))).containsExactly(EPISODES,
                "G2,01/06/2023,L,C2,N1,U1,PR1,10/09/2023,X1,CHANGE,,OX1 1AA,SC123456",
                "G2,10/09/2023,P,C2,N3,U1,PR1,01/12/2023,X1,,,OX1 1AA,SC123456",
                "G2,01/12/2023,B,C1,N3,U1,PR1,,,CHILD,,OX1 1AA,SC123456");
    }

    @Test
    void shouldStartANewPeriodOfCareWhereTheReturnSaysSEvenIfThePreviousEpisodeWasLeftOpen() {
        Ssda903Import.Source s = source("S again",
                table("Header", HEADER, "G3,2,01/05/2012,WBRI,UN1,0,"),
                table("Episodes", EPISODES,
                        "G3,01/06/2023,S,C2,N1,U1,PR1,,,,,OX1 1AA,SC123456",
                        "G3,10/09/2023,S,C2,N1,U4,PR4,,,,,OX1 1AB,SC223456"));
        Ssda903Import.Result result = map(Y2024, s, null, true);

        assertThat(result.children().get(0).after().all(CareStage.CARE_PERIODS)).extracting(CarePeriod::periodStartDate)
                .containsExactly(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 9, 10));
        assertThat(result.kept()).as("two open periods break a journey rule: kept and listed").isNotEmpty();
    }

    @Test
    void shouldExportACleanReturnAsItCame() throws IOException {
        ChildJourney j = map(Y2024, clean(), null, false).children().get(0).after();

        new Ssda903Export(null, PostcodeDirectory.none()).writeTo(List.of(j), Y2024, dir);

        assertThat(Files.readAllLines(dir.resolve("episodes.csv"))).containsExactly(EPISODES,
                "G1,01/06/2023,S,C2,N1,U1,PR1,10/09/2023,X1,CREQB,LS1 1UR,OX1 1AA,SC123456",
                "G1,10/09/2023,P,C2,N1,U4,PR4,01/12/2023,X1,,LS1 1UR,OX1 1AB,SC223456",
                "G1,01/12/2023,L,C1,N1,U4,PR4,01/03/2024,E13,,LS1 1UR,OX1 1AB,SC223456");
        assertThat(Files.readAllLines(dir.resolve("header.csv"))).containsExactly(HEADER, "G1,2,01/05/2012,WBRI,UN1,0,");
        assertThat(Files.readAllLines(dir.resolve("reviews.csv"))).contains("G1,01/05/2012,01/07/2023,PN1");
        assertThat(Files.readAllLines(dir.resolve("missing.csv"))).contains("G1,01/05/2012,M,01/10/2023,03/10/2023");
    }

    @Test
    void shouldKeepWhatOnlyThe903HoldsSoItReExports() throws IOException {
        Ssda903Import.Source s = source("full",
                table("Header", HEADER, "M1,2,01/05/2007,WBRI,UN1,1,01/01/2024"),
                table("Episodes", EPISODES, "M1,01/06/2021,S,C2,N1,U1,PR1,,,,,OX1 1AA,SC123456"),
                table("UASC", "CHILD,SEX,DOB,DUC", "M1,2,01/05/2007,01/02/2025"),
                table("OC2", "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
                        + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
                        "M1,01/05/2007,14,,0,1,1,1,1,0,,"),
                table("PrevPerm", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", "M1,01/05/2007,P2,,zz/zz/2015"),
                table("SWEpisodes", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", "M1,01/05/2007,SW42,01/06/2021,,"));

        Ssda903Import.Result result = map(Y2024, s, null, false);
        assertThat(result.errors()).isEmpty();
        new Ssda903Export(null, PostcodeDirectory.none()).writeTo(List.of(result.children().get(0).after()), Y2024, dir);

        assertThat(Files.readAllLines(dir.resolve("header.csv"))).contains("M1,2,01/05/2007,WBRI,UN1,1,01/01/2024");
        assertThat(Files.readAllLines(dir.resolve("uasc.csv"))).contains("M1,2,01/05/2007,01/02/2025");
        assertThat(Files.readAllLines(dir.resolve("oc2.csv"))).contains("M1,01/05/2007,14,,0,1,1,1,1,0,,");
        assertThat(Files.readAllLines(dir.resolve("previous_permanence.csv"))).contains("M1,01/05/2007,P2,,zz/zz/2015");
        assertThat(Files.readAllLines(dir.resolve("sw_episodes.csv"))).contains("M1,01/05/2007,SW42,01/06/2021,,");
    }

    @Test
    void shouldGiveAnImportedYearBackWithTheRowsItWasReturnedWithAndDeriveOtherYears() throws IOException {
        // A child returned with no episode in the year, a review from an earlier year, OC2 and PrevPerm though not in
        // those cohorts, an episode ending after 31 March, and a child adopted without an AD1 row.
        Ssda903Import.Source s = source("as returned",
                table("Header", HEADER, "R1,2,01/05/2012,WBRI,UN1,0,", "R2,1,01/05/2010,WBRI,UN1,,",
                        "R3,1,01/05/2020,WBRI,UN1,,"),
                table("Episodes", EPISODES, "R2,01/06/2023,S,C2,N1,U1,PR1,01/06/2024,E4A,,,OX1 1AA,SC123456",
                        "R3,01/06/2022,S,E1,N1,A3,PR1,01/03/2024,E11,,,OX1 1AA,SC123456"),
                table("Reviews", "CHILD,DOB,REVIEW,REVIEW_CODE", "R2,01/05/2010,01/07/2021,PN1"),
                table("OC2", "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
                        + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
                        "R1,01/05/2012,,,,,,,,,,"),
                table("PrevPerm", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", "R1,01/05/2012,,,"),
                table("PlacedAdoption", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                        "R3,01/05/2020,01/09/2023,,"));
        List<ChildJourney> journeys = map(Y2024, s, null, true).children().stream().map(Ssda903Import.Planned::after)
                .toList();

        new Ssda903Export(null, PostcodeDirectory.none()).writeTo(journeys, Y2024, dir);
        assertThat(Files.readAllLines(dir.resolve("header.csv"))).as("R1 was returned though not looked after")
                .containsExactly(HEADER, "R1,2,01/05/2012,WBRI,UN1,,", "R2,1,01/05/2010,WBRI,UN1,,",
                        "R3,1,01/05/2020,WBRI,UN1,,");
        assertThat(Files.readAllLines(dir.resolve("reviews.csv"))).contains("R2,01/05/2010,01/07/2021,PN1");
        assertThat(Files.readAllLines(dir.resolve("oc2.csv"))).contains("R1,01/05/2012,,,,,,,,,,");
        assertThat(Files.readAllLines(dir.resolve("previous_permanence.csv"))).contains("R1,01/05/2012,,,");
        assertThat(Files.readAllLines(dir.resolve("episodes.csv"))).as("the end the return gave after 31 March")
                .contains("R2,01/06/2023,S,C2,N1,U1,PR1,01/06/2024,E4A,,,OX1 1AA,SC123456");
        assertThat(Files.readAllLines(dir.resolve("ad1.csv"))).as("no AD1 row was returned for R3").hasSize(1);

        // The adopters' details recorded since: the AD1 row is derived again.
        ChildJourney r3 = journeys.get(2);
        Permanence plan = r3.all(PermanenceStage.PERMANENCE).get(0);
        ChildJourney detailed = r3.with(PermanenceStage.PERMANENCE, new Permanence(plan.id(), plan.personId(), "ADOPTION",
                plan.admDecisionDate(), LocalDate.of(2023, 10, 1), null, null, null, null, null, "0", "2", "MF", "L12"));
        Path again = dir.resolve("again");
        new Ssda903Export(null, PostcodeDirectory.none()).writeTo(List.of(detailed), Y2024, again);
        assertThat(Files.readAllLines(again.resolve("ad1.csv"))).contains("R3,01/05/2020,01/09/2023,01/10/2023,0,2,MF,L12");

        // 2024/25 was not imported: it is derived from the record alone.
        Path next = dir.resolve("next");
        new Ssda903Export(null, PostcodeDirectory.none()).writeTo(journeys, CollectionYear.of(2025), next);
        assertThat(Files.readAllLines(next.resolve("header.csv"))).containsExactly(HEADER, "R2,M,01/05/2010,WBRI,UN1,,");
        assertThat(Files.readAllLines(next.resolve("reviews.csv"))).containsExactly("CHILD,DOB,REVIEW,REVIEW_CODE");
        assertThat(Files.readAllLines(next.resolve("oc2.csv"))).hasSize(1);
    }

    @Test
    void shouldNotListTheSameReturnedRowTwiceWhenTheReturnIsImportedAgain() {
        ChildJourney held = map(Y2024, clean(), null, false).children().get(0).after();

        Ssda903Import.Result again = Ssda903Import.map(Y2024, clean(), null, id -> held, false, n -> { });

        assertThat(held.all(ReturnedRowsStage.RETURNED_ROWS)).extracting(ReturnedRow::returnTable)
                .containsExactlyInAnyOrder("Header", "Reviews", "Missing");
        assertThat(again.children().get(0).changes()).isFalse();
    }

    @Test
    void lastYearsRowForTheSameRecordGivesWayToThisYears() {
        String missing = "CHILD,DOB,MISSING,MIS_START,MIS_END";
        Ssda903Import.Source last = source("last",
                table("Header", HEADER, "C1,1,01/05/2012,WBRI,UN1,,"),
                table("Episodes", EPISODES, "C1,01/06/2022,S,C2,N1,U1,PR1,,,,,OX1 1AA,SC1"),
                table("Missing", missing, "C1,01/05/2012,M,30/03/2023,"));
        Ssda903Import.Source now = source("now",
                table("Header", HEADER, "C1,1,01/05/2012,WBRI,UN1,,"),
                table("Episodes", EPISODES, "C1,01/06/2022,S,C2,N1,U1,PR1,01/02/2024,E13,,,OX1 1AA,SC1"),
                table("Missing", missing, "C1,01/05/2012,M,30/03/2023,02/04/2023"));

        Ssda903Import.Result result = map(Y2024, now, last, false);

        assertThat(result.errors()).isEmpty();
        ChildJourney j = result.children().get(0).after();
        assertThat(j.all(CareStage.CARE_PERIODS)).extracting(CarePeriod::periodEndDate)
                .containsExactly(LocalDate.of(2024, 2, 1));
        assertThat(j.all(CareStage.MISSING)).as("still missing at last year's 31 March, back on 2 April")
                .extracting(m -> m.missingEpisodeEndDate()).containsExactly(LocalDate.of(2023, 4, 2));
    }

    @Test
    void lastYearReExportsAsItWasKnownAtItsEndButForLaterDatesItGaveItself() throws IOException {
        String missing = "CHILD,DOB,MISSING,MIS_START,MIS_END";
        Ssda903Import.Source last = source("last",
                table("Header", HEADER, "C1,1,01/05/2012,WBRI,UN1,,", "C2,1,01/05/2012,WBRI,UN1,,"),
                table("Episodes", EPISODES, "C1,01/06/2022,S,C2,N1,U1,PR1,,,,,OX1 1AA,SC1",
                        "C2,01/06/2022,S,C2,N1,U1,PR1,,,,,OX1 1AA,SC1"),
                table("Missing", missing, "C1,01/05/2012,M,30/03/2023,", "C2,01/05/2012,M,30/03/2023,03/04/2023"));
        Ssda903Import.Source now = source("now",
                table("Header", HEADER, "C1,1,01/05/2012,WBRI,UN1,,", "C2,1,01/05/2012,WBRI,UN1,,"),
                table("Episodes", EPISODES, "C1,01/06/2022,S,C2,N1,U1,PR1,,,,,OX1 1AA,SC1",
                        "C2,01/06/2022,S,C2,N1,U1,PR1,,,,,OX1 1AA,SC1"),
                table("Missing", missing, "C1,01/05/2012,M,30/03/2023,02/04/2023"));
        List<ChildJourney> journeys = map(Y2024, now, last, true).children().stream()
                .map(Ssda903Import.Planned::after).toList();

        new Ssda903Export(null, PostcodeDirectory.none()).writeTo(journeys, Y2024, dir);

        assertThat(Files.readAllLines(dir.resolve("missing.csv"))).contains("C1,01/05/2012,M,30/03/2023,02/04/2023");
        assertThat(Files.readAllLines(dir.resolve("previous").resolve("missing.csv")))
                .as("C1's return to care was not known at 31 March 2023; C2's last year's return gave it")
                .contains("C1,01/05/2012,M,30/03/2023,", "C2,01/05/2012,M,30/03/2023,03/04/2023");
    }

    @Test
    void aGapOrAReasonCeasedBeginsANewPeriodOfCare() {
        Ssda903Import.Source s = source("two",
                table("Header", HEADER, "C2,1,01/05/2012,WBRI,UN1,,"),
                table("Episodes", EPISODES,
                        "C2,01/06/2022,S,C2,N1,U1,PR1,01/08/2022,E13,,,OX1 1AA,SC1",
                        "C2,01/09/2022,S,V2,N2,U1,PR1,,,,,OX1 1AA,SC1"));

        ChildJourney j = map(Y2024, s, null, false).children().get(0).after();

        assertThat(j.all(CareStage.CARE_PERIODS)).extracting(CarePeriod::periodStartDate, CarePeriod::cinCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 6, 1), "N1"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 9, 1), "N2"));
    }

    @Test
    void shouldRefuseWhatCannotBeReadAndSayWhere() {
        Ssda903Import.Source s = source("bad",
                table("Header", HEADER, "B1,1,31/02/2012,WBRI,UN1,,", ",1,01/01/2012,WBRI,UN1,,"),
                table("Episodes", EPISODES, "B1,,S,C2,N1,U1,PR1,,,,,,"),
                table("Reviews", "CHILD,DOB,REVIEW,REVIEW_CODE", "NOBODY,01/01/2012,01/07/2023,PN1"));

        Ssda903Import.Result result = map(Y2024, s, null, false);

        assertThat(result.refused()).isTrue();
        assertThat(result.errors()).extracting(Object::toString).contains(
                "bad: Header row 0 (child B1), DOB: '31/02/2012' is not a date (dd/mm/yyyy)",
                "bad: Header row 1, CHILD: missing: every row needs the child's id (CHILD)",
                "bad: Episodes row 0 (child B1), DECOM: missing: every episode needs the date it began");
        assertThat(result.errors()).anyMatch(e -> "NOBODY".equals(e.laChildId()) && e.element().equals("Reviews")
                && e.reason().contains("no Header row"));
    }

    @Test
    void shouldRefuseARuleBreakUnlessKeptAsHistoryAndThenListIt() {
        Ssda903Import.Source s = source("breaks",
                table("Header", HEADER, "K1,1,01/05/2012,WBRI,UN1,,"),
                table("Episodes", EPISODES, "K1,01/06/2023,S,C2,N1,U1,PR1,,,,,,"),
                table("Reviews", "CHILD,DOB,REVIEW,REVIEW_CODE", "K1,01/05/2012,01/01/2023,PN1"));

        Ssda903Import.Result refused = map(Y2024, s, null, false);
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.element()).isEqualTo("Reviews");
            assertThat(e.row()).isZero();
            assertThat(e.field()).isEqualTo("REVIEW");
            assertThat(e.reason()).contains("Hearth rule care-review-while-looked-after");
        });

        Ssda903Import.Result kept = map(Y2024, s, null, true);
        assertThat(kept.errors()).isEmpty();
        assertThat(kept.kept()).hasSize(1);
        assertThat(kept.children().get(0).accepted()).hasSize(1);
    }

    @Test
    void aChildAlreadyOnRecordGetsNothingTwice() {
        ChildJourney held = map(Y2024, clean(), null, false).children().get(0).after();

        Ssda903Import.Result again = Ssda903Import.map(Y2024, clean(), null, id -> id.equals("G1") ? held : null,
                false, n -> { });

        assertThat(again.errors()).isEmpty();
        assertThat(again.children()).singleElement().satisfies(p -> {
            assertThat(p.changes()).isFalse();
            assertThat(p.added()).isZero();
            assertThat(p.skipped()).isPositive();
        });
    }

    @Test
    void aPeriodAlreadyOnRecordIsKeptAsRecordedAndTheDifferenceIsNoted() {
        Ssda903Import.Source last = source("last",
                table("Header", HEADER, "C3,1,01/05/2012,WBRI,UN1,,"),
                table("Episodes", EPISODES, "C3,01/06/2022,S,C2,N1,U1,PR1,,,,,OX1 1AA,SC1"));
        ChildJourney held = map(CollectionYear.of(2023), last, null, false).children().get(0).after();
        Ssda903Import.Source now = source("now",
                table("Header", HEADER, "C3,1,01/05/2012,WBRI,UN1,,"),
                table("Episodes", EPISODES, "C3,01/06/2022,S,C2,N1,U1,PR1,01/02/2024,E13,,,OX1 1AA,SC1"));

        Ssda903Import.Result result = Ssda903Import.map(Y2024, now, null, id -> held, false, n -> { });

        assertThat(result.errors()).isEmpty();
        // Only that the child was in the 2023/24 return is new; the period stays as recorded.
        assertThat(result.children().get(0).after().all(CareStage.CARE_PERIODS)).isEqualTo(held.all(CareStage.CARE_PERIODS));
        assertThat(result.children().get(0).after().all(ReturnedRowsStage.RETURNED_ROWS)).extracting(ReturnedRow::returnYearEnd)
                .containsExactlyInAnyOrder(CollectionYear.of(2023).end(), Y2024.end());
        assertThat(result.notes()).anyMatch(n -> n.startsWith("child C3: the period of care starting 2022-06-01 is "
                + "already on record open and is kept as recorded; now Episodes row 0 gives it ending 2024-02-01"));
    }
}
