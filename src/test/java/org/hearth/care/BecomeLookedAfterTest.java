package org.hearth.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.care.CareCommands.FOSTER;
import static org.hearth.care.CareCommands.IRO;
import static org.hearth.care.CareCommands.TODAY;
import static org.hearth.care.CareCommands.WORKER;
import static org.hearth.care.CareCommands.refusals;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.aChildBorn;
import static org.hearth.journey.JourneyBuilder.anUnbornChild;
import static org.hearth.journey.JourneyBuilder.day;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;
import org.junit.jupiter.api.Test;

class BecomeLookedAfterTest {
    final ChildJourney child = aChild().journey();

    @Test
    void shouldStartAPeriodALegalStatusAndAPlacementTheSameDay() {
        JourneyCommand.Decision d = new BecomeLookedAfter(day(2026, 3, 1), "C2", "N1", FOSTER).decide(child, WORKER);
        assertThat(d.refused()).isFalse();
        CarePeriod period = (CarePeriod) d.changes().get(0).record();
        LegalStatus status = (LegalStatus) d.changes().get(1).record();
        Placement placement = (Placement) d.changes().get(2).record();
        assertThat(period.periodStartDate()).isEqualTo(day(2026, 3, 1));
        assertThat(period.cinCode()).isEqualTo("N1");
        assertThat(status.legalStatus()).isEqualTo("C2");
        assertThat(status.legalStatusStartDate()).isEqualTo(day(2026, 3, 1));
        assertThat(placement.claPlacementType()).isEqualTo("U6");
        assertThat(placement.claPlacementPostcode()).isEqualTo("LS1 4AP");
        assertThat(placement.claPlacementStartDate()).isEqualTo(day(2026, 3, 1));
        assertThat(FormChanges.refusals(child, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseAYoungPersonOf18OrOverBecauseOnlyAChildIsLookedAfter() {
        ChildJourney twenty = aChildBorn(day(2005, 12, 1)).journey();
        assertThat(refusals(twenty, new BecomeLookedAfter(day(2026, 3, 1), "C2", "N1", FOSTER))).containsExactly(
                "Only a child under 18 can become looked after; the child was 20 on 1 March 2026");
        ChildJourney seventeen = aChildBorn(day(2008, 3, 2)).journey();
        assertThat(refusals(seventeen, new BecomeLookedAfter(day(2026, 3, 1), "C2", "N1", FOSTER))).isEmpty();
        assertThat(refusals(seventeen, new BecomeLookedAfter(day(2026, 3, 2), "C2", "N1", FOSTER)))
                .containsExactly("Only a child under 18 can become looked after; the child was 18 on 2 March 2026");
    }

    @Test
    void shouldRefuseAnUnbornChild() {
        assertThat(refusals(anUnbornChild(day(2026, 6, 1)).journey(),
                new BecomeLookedAfter(day(2026, 3, 1), "C2", "N1", FOSTER)))
                .containsExactly("An unborn child cannot become looked after. Record it once the child is born");
    }

    @Test
    void shouldRefuseAFutureDayAndAChildAlreadyLookedAfter() {
        assertThat(refusals(child, new BecomeLookedAfter(day(2026, 3, 11), "C2", "N1", FOSTER)))
                .containsExactly("The date the child became looked after must be today or in the past");
        ChildJourney lookedAfter = aChild().lookedAfter(day(2026, 1, 5), null).journey();
        assertThat(refusals(lookedAfter, new BecomeLookedAfter(day(2026, 2, 1), "C2", "N1", FOSTER))).containsExactly(
                "The child is already looked after on 1 February 2026. Record a change of placement or legal status instead");
        assertThat(refusals(lookedAfter, new BecomeLookedAfter(day(2025, 12, 1), "C2", "N1", FOSTER))).containsExactly(
                "The child has been looked after since 5 January 2026. Record a change of placement or legal status instead");
    }

    @Test
    void shouldRefuseMissingAnswersWithTheirDfERules() {
        List<Violation> v = new BecomeLookedAfter(null, " ", null, new NewPlacement(null, null, "not a postcode", "12"))
                .decide(child, WORKER).refusals();
        assertThat(v).extracting(Violation::field).containsExactly("periodStartDate", "legalStatus", "cinCode",
                "claPlacementType", "claPlacementProvider", "claPlacementPostcode", "claPlacementUrn");
        assertThat(v).extracting(Violation::dfeCode).containsExactly("141", "144", "145", "146", "178", null, "1008");
        assertThat(refusals(child, new BecomeLookedAfter(TODAY, "C2", "N1", null)))
                .contains("Select the type of placement", "Enter the postcode of the placement");
    }

    @Test
    void shouldRefuseTheIroWhoDoesNotPlaceChildren() {
        assertThat(refusals(child, new BecomeLookedAfter(day(2026, 3, 1), "C2", "N1", FOSTER), IRO)).containsExactly(
                "Only the child's social worker or their team manager can record a child becoming looked after; as "
                        + "the IRO you record the looked-after review");
    }

    @Test
    void shouldReadTheFormIntoTheCommand() {
        Map<String, String> form = new HashMap<>();
        DateAnswer.fill(form, "date", day(2026, 3, 1));
        form.putAll(Map.of("legalStatus", "C2", "cin", "N1", "placementType", "U6", "provider", "PR1",
                "postcode", "ls1 4ap"));
        assertThat(CareForms.becoming(form, TODAY).command())
                .isEqualTo(new BecomeLookedAfter(day(2026, 3, 1), "C2", "N1", new NewPlacement("U6", "PR1", "ls1 4ap", null)));
        form.put("postcode", "nowhere");
        form.put("legalStatus", "ZZ");
        assertThat(CareForms.becoming(form, TODAY).errors().all()).containsExactly(
                "Select the child's legal status from those used on 1 March 2026 (DfE rule 144)",
                "Enter a real postcode for the placement, like AA3 1AB");
        assertThat(CareForms.questions(CareForms.NEW_FIELDS).apply("claPlacementUrn")).isEqualTo("urn");
        assertThat(CareForms.questions(CareForms.NEW_FIELDS).apply("claPlacementChangeReason")).isNull();
    }
}
