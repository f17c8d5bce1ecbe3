package org.hearth.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.care.CareCommands.FOSTER;
import static org.hearth.care.CareCommands.IRO;
import static org.hearth.care.CareCommands.WORKER;
import static org.hearth.care.CareCommands.refusals;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;

import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.junit.jupiter.api.Test;

/** A change of placement and a change of legal status: the current one ends the day the next starts. */
class ChangeWithinCareTest {
    final ChildJourney lookedAfter = aChild().lookedAfter(day(2026, 1, 5), null).journey();
    final ChildJourney notLookedAfter = aChild().journey();

    @Test
    void shouldEndTheCurrentPlacementWithTheReasonAndStartTheNextTheSameDay() {
        JourneyCommand.Decision d = new ChangePlacement(day(2026, 3, 1), "CARPL",
                new NewPlacement("K2", "PR4", "M1 1AE", "sc123456")).decide(lookedAfter, WORKER);
        Placement ended = (Placement) d.changes().get(0).record();
        Placement next = (Placement) d.changes().get(1).record();
        assertThat(ended.id()).isEqualTo(LookedAfter.currentPlacement(lookedAfter).id());
        assertThat(ended.claPlacementEndDate()).isEqualTo(day(2026, 3, 1));
        assertThat(ended.claPlacementChangeReason()).isEqualTo("CARPL");
        assertThat(next.claPlacementStartDate()).isEqualTo(day(2026, 3, 1));
        assertThat(next.claPlacementUrn()).isEqualTo("SC123456");
        assertThat(FormChanges.refusals(lookedAfter, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseAMoveInTheFutureOnOrBeforeTheCurrentStartWithoutAReasonOrWithNoPlacement() {
        assertThat(refusals(lookedAfter, new ChangePlacement(day(2026, 3, 11), "CARPL", FOSTER)))
                .containsExactly("The date of the move must be today or in the past");
        assertThat(refusals(lookedAfter, new ChangePlacement(day(2026, 1, 5), null, FOSTER))).containsExactly(
                "The date of the move must be after the current placement started on 5 January 2026",
                "Select the reason for the change of placement");
        assertThat(refusals(notLookedAfter, new ChangePlacement(day(2026, 3, 1), "CARPL", FOSTER))).containsExactly(
                "The child has no current placement to change. Record becoming looked after first");
        assertThat(refusals(lookedAfter, new ChangePlacement(day(2026, 3, 1), "CARPL", FOSTER), IRO)).singleElement()
                .asString().startsWith("Only the child's social worker or their team manager can record a change of placement");
    }

    @Test
    void shouldEndTheCurrentLegalStatusAndStartTheNewOne() {
        JourneyCommand.Decision d = new ChangeLegalStatus(day(2026, 3, 1), "E1").decide(lookedAfter, WORKER);
        LegalStatus ended = (LegalStatus) d.changes().get(0).record();
        LegalStatus next = (LegalStatus) d.changes().get(1).record();
        assertThat(ended.legalStatusEndDate()).isEqualTo(day(2026, 3, 1));
        assertThat(next.legalStatus()).isEqualTo("E1");
        assertThat(next.legalStatusStartDate()).isEqualTo(day(2026, 3, 1));
        assertThat(FormChanges.refusals(lookedAfter, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseALegalStatusChangeInTheFutureBeforeTheCurrentOneWithTheSameStatusOrNone() {
        assertThat(refusals(lookedAfter, new ChangeLegalStatus(day(2026, 3, 11), "E1")))
                .containsExactly("The date the legal status changed must be today or in the past");
        assertThat(refusals(lookedAfter, new ChangeLegalStatus(day(2026, 1, 1), "C2"))).containsExactly(
                "The date of the change must be after the current legal status started on 5 January 2026",
                "Select a legal status different from the current one");
        assertThat(refusals(notLookedAfter, new ChangeLegalStatus(day(2026, 3, 1), "E1"))).containsExactly(
                "The child has no current legal status to change. Record becoming looked after first");
        assertThat(refusals(lookedAfter, new ChangeLegalStatus(day(2026, 3, 1), "E1"), IRO)).hasSize(1);
    }

    @Test
    void shouldRefuseTheIroCeasingCare() {
        assertThat(refusals(lookedAfter, new CeaseCare(day(2026, 3, 1), "E4A"), IRO)).singleElement().asString()
                .startsWith("Only the child's social worker or their team manager can record ceasing to be looked after");
    }

    @Test
    void shouldPutRightAPlacementsPostcodeKeepingItsDatesAndRefuseANonsenseOne() {
        Placement p = LookedAfter.currentPlacement(lookedAfter);
        JourneyCommand.Decision d = new CorrectPlacementDetails(p.id(), "ls14ap", null).decide(lookedAfter, WORKER);
        Placement fixed = (Placement) d.changes().get(0).record();
        assertThat(fixed.claPlacementPostcode()).isEqualTo("LS1 4AP");
        assertThat(fixed.claPlacementStartDate()).isEqualTo(p.claPlacementStartDate());
        assertThat(fixed.claPlacementType()).isEqualTo(p.claPlacementType());
        assertThat(refusals(lookedAfter, new CorrectPlacementDetails(p.id(), "nowhere", "12"))).containsExactly(
                "Enter a real postcode for the placement, like AA3 1AB",
                "Enter the Ofsted URN as 6 or 7 digits, or SC and 6 digits, like SC123456");
        assertThat(refusals(lookedAfter, new CorrectPlacementDetails(java.util.UUID.randomUUID(), "LS1 4AP", null)))
                .containsExactly("The child has no such placement");
        assertThat(refusals(lookedAfter, new CorrectPlacementDetails(p.id(), "LS1 4AP", null), IRO)).hasSize(1);
    }
}
