package org.hearth.returns.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.journey.ChildJourney;
import org.hearth.protection.S47Enquiry;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

class FixScreensTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String CHILD = "/children/" + CHILD_ID;

    private static FixScreen fix(ReturnKind kind, String table, List<String> fields, ChildJourney j) {
        return FixScreens.forIssue(kind, table, fields, Map.of(), j, TODAY);
    }

    @Test
    void shouldSendAPlacementErrorOfAChildLookedAfterNowToTheChangeOfPlacementForm() {
        ChildJourney j = aChild().lookedAfter(day(2026, 6, 1), null).journey();

        assertThat(fix(ReturnKind.SSDA903, "Episodes", List.of("HOME_POST", "PL_POST"), j))
                .isEqualTo(new FixScreen("Change of placement", CHILD + "/placements/change"));
        assertThat(fix(ReturnKind.SSDA903, "Episodes", List.of("PLACE", "PLACE_PROVIDER"), j).href())
                .isEqualTo(CHILD + "/placements/change");
    }

    @Test
    void shouldSendAMissingHomePostcodeToTheChildsDetailsWhenThePlacementHasItsPostcode() {
        ChildJourney j = aChild().lookedAfter(day(2026, 6, 1), null).journey();

        FixScreen f = FixScreens.forIssue(ReturnKind.SSDA903, "Episodes", List.of("HOME_POST", "PL_POST"),
                Map.of("HOME_POST", "", "PL_POST", "LS1 4AP"), j, TODAY);

        assertThat(f).isEqualTo(new FixScreen("Child's details", CHILD));
    }

    @Test
    void shouldSendAMissingPlacementPostcodeToTheChangeOfPlacementFormWhenTheHomeHasItsPostcode() {
        ChildJourney j = aChild().lookedAfter(day(2026, 6, 1), null).journey();

        FixScreen f = FixScreens.forIssue(ReturnKind.SSDA903, "Episodes", List.of("HOME_POST", "PL_POST"),
                Map.of("HOME_POST", "LS6 1AA", "PL_POST", ""), j, TODAY);

        assertThat(f.href()).isEqualTo(CHILD + "/placements/change");
    }

    @Test
    void shouldSendALegalStatusErrorToTheChangeOfLegalStatusForm() {
        ChildJourney j = aChild().lookedAfter(day(2026, 6, 1), null).journey();

        assertThat(fix(ReturnKind.SSDA903, "Episodes", List.of("LS"), j))
                .isEqualTo(new FixScreen("Change of legal status", CHILD + "/legal-statuses/change"));
    }

    @Test
    void shouldSendAPlacementErrorOfAChildNoLongerLookedAfterToTheLookedAfterCardNotAFormThatCannotBeUsed() {
        ChildJourney j = aChild().lookedAfter(day(2025, 6, 1), day(2026, 2, 1)).journey();

        assertThat(fix(ReturnKind.SSDA903, "Episodes", List.of("PL_POST"), j))
                .isEqualTo(new FixScreen("Looked after", CHILD + "#looked-after"));
        assertThat(fix(ReturnKind.SSDA903, "Episodes_last", List.of("LS"), j).href()).isEqualTo(CHILD + "#looked-after");
    }

    @Test
    void shouldSendOtherEpisodeAndLookedAfterTablesToTheLookedAfterCard() {
        ChildJourney j = aChild().lookedAfter(day(2026, 6, 1), null).journey();

        for (String table : List.of("Reviews", "Missing", "AD1", "PlacedAdoption", "PrevPerm", "OC2", "Reviews_last")) {
            assertThat(fix(ReturnKind.SSDA903, table, List.of("DOB"), j).href()).as(table).isEqualTo(CHILD + "#looked-after");
        }
        assertThat(fix(ReturnKind.SSDA903, "Episodes", List.of("DECOM", "RNE"), j).href()).isEqualTo(CHILD + "#looked-after");
    }

    @Test
    void shouldSendIdentityErrorsOfEitherReturnToTheChildsDetails() {
        ChildJourney j = aChild().journey();

        assertThat(fix(ReturnKind.SSDA903, "Header", List.of("UPN"), j)).isEqualTo(new FixScreen("Child's details", CHILD));
        assertThat(fix(ReturnKind.SSDA903, "UASC", List.of("DUC"), j).href()).isEqualTo(CHILD);
        for (String table : List.of("ChildIdentifiers", "ChildCharacteristics", "Disabilities")) {
            assertThat(fix(ReturnKind.CIN, table, List.of("UPN"), j)).as(table).isEqualTo(new FixScreen("Child's details", CHILD));
        }
    }

    @Test
    void shouldSendChildProtectionErrorsToTheChildProtectionCard() {
        ChildJourney j = aChild().journey();

        assertThat(fix(ReturnKind.CIN, "ChildProtectionPlans", List.of("CPPstartDate"), j))
                .isEqualTo(new FixScreen("Child protection", CHILD + "#protection"));
        assertThat(fix(ReturnKind.CIN, "Reviews", List.of("CPPreviewDate"), j).href()).isEqualTo(CHILD + "#protection");
    }

    @Test
    void shouldSendASection47ErrorToTheOutcomeFormOfTheEnquiryThatStartedThatDay() {
        Referral r = referral(day(2026, 5, 1));
        S47Enquiry earlier = s47(r, null, day(2026, 5, 2));
        S47Enquiry flagged = s47(r, null, day(2026, 7, 9));
        ChildJourney j = aChild().with(r, earlier, flagged).journey();

        FixScreen f = FixScreens.forIssue(ReturnKind.CIN, "Section47", List.of("DateOfInitialCPC"),
                Map.of("S47ActualStartDate", "2026-07-09"), j, TODAY);

        assertThat(f).isEqualTo(new FixScreen("Outcome of the section 47 enquiry",
                CHILD + "/s47-enquiries/" + flagged.id() + "/outcome"));
    }

    @Test
    void shouldSendASection47ErrorToTheChildProtectionCardWhenNoEnquiryStartedThatDay() {
        Referral r = referral(day(2026, 5, 1));
        ChildJourney j = aChild().with(r, s47(r, null, day(2026, 5, 2))).journey();

        assertThat(FixScreens.forIssue(ReturnKind.CIN, "Section47", List.of("S47ActualStartDate"),
                Map.of("S47ActualStartDate", "not a date"), j, TODAY).href()).isEqualTo(CHILD + "#protection");
        assertThat(FixScreens.forIssue(ReturnKind.CIN, "Section47", List.of("S47ActualStartDate"),
                Map.of("S47ActualStartDate", "2026-05-03"), j, TODAY).href()).isEqualTo(CHILD + "#protection");
    }

    @Test
    void shouldSendEpisodeAssessmentAndPlanErrorsToTheChronology() {
        ChildJourney j = aChild().journey();

        for (String table : List.of("CINdetails", "Assessments", "CINplanDates")) {
            assertThat(fix(ReturnKind.CIN, table, List.of("ReasonForClosure"), j).href()).as(table)
                    .isEqualTo(CHILD + "#chronology");
        }
    }

    @Test
    void shouldSendAnythingElseToTheChildsRecord() {
        ChildJourney j = aChild().journey();

        assertThat(fix(ReturnKind.SSDA903, "SWEpisodes", List.of("SW_ID"), j).href()).isEqualTo(CHILD);
        assertThat(fix(ReturnKind.SSDA903, "OC3", List.of("IN_TOUCH"), j).href()).isEqualTo(CHILD);
        assertThat(fix(ReturnKind.CIN, "Header", List.of("LEA"), j).href()).isEqualTo(CHILD);
    }
}
