package org.hearth.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.carePeriod;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.legalStatus;
import static org.hearth.journey.JourneyBuilder.placement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;
import org.junit.jupiter.api.Test;

class CeaseCareTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final JourneyCommand.Context WORKER = new JourneyCommand.Context(
            new Actor("sw.test", "Sam Test", Role.SOCIAL_WORKER, "T1"), TODAY);
    final ChildJourney lookedAfter = aChild().lookedAfter(day(2026, 1, 5), null).journey();

    static List<String> refusals(ChildJourney j, CeaseCare command) {
        return command.decide(j, WORKER).refusals().stream().map(Violation::message).toList();
    }

    @Test
    void shouldEndThePeriodItsLastPlacementAndLegalStatusTheSameDayWithTheReasonCeased() {
        JourneyCommand.Decision decision = new CeaseCare(day(2026, 3, 9), "E4A").decide(lookedAfter, WORKER);
        assertThat(decision.refused()).isFalse();
        CarePeriod period = (CarePeriod) decision.changes().get(0).record();
        Placement placement = (Placement) decision.changes().get(1).record();
        LegalStatus status = (LegalStatus) decision.changes().get(2).record();
        assertThat(period.periodEndDate()).isEqualTo(day(2026, 3, 9));
        assertThat(period.reasonCeased()).isEqualTo("E4A");
        assertThat(placement.claPlacementEndDate()).isEqualTo(day(2026, 3, 9));
        assertThat(status.legalStatusEndDate()).isEqualTo(day(2026, 3, 9));
        assertThat(FormChanges.refusals(lookedAfter, decision.changes())).isEmpty();
    }

    @Test
    void shouldRefuseAnEndBeforeTheCurrentPlacementAChangeWithinCareAndAChildNotLookedAfter() {
        ChildJourney moved = aChild().with(carePeriod(day(2026, 1, 5), null), legalStatus(day(2026, 1, 5), null),
                placement(day(2026, 1, 5), day(2026, 2, 1), "U1", "CARPL"), placement(day(2026, 2, 1), null)).journey();
        assertThat(refusals(moved, new CeaseCare(day(2026, 1, 20), "X1"))).containsExactly(
                "The date the child ceased to be looked after must be on or after 1 February 2026, when the current "
                        + "placement or legal status started",
                "X1 is for a change within care. Record a change of placement or legal status instead");
        assertThat(refusals(aChild().journey(), new CeaseCare(day(2026, 1, 20), "E4A")))
                .containsExactly("The child is not looked after, so there is no period of care to end");
        assertThat(refusals(lookedAfter, new CeaseCare(day(2026, 3, 9), null)))
                .containsExactly("Select the reason the child ceased to be looked after");
    }

    @Test
    void shouldRefuseAFutureEndOfCareWhateverFrontEndSendsIt() {
        assertThat(refusals(lookedAfter, new CeaseCare(day(2030, 1, 1), "E4A")))
                .containsExactly("The date the child ceased to be looked after must be today or in the past");
    }

    @Test
    void shouldReadTheFormIntoTheCommandAndNotOfferX1() {
        Map<String, String> form = new HashMap<>();
        DateAnswer.fill(form, "date", day(2026, 3, 9));
        form.put("reason", "E4A");
        assertThat(CeaseCareForm.read(form, TODAY).command()).isEqualTo(new CeaseCare(day(2026, 3, 9), "E4A"));
        assertThat(CeaseCareForm.reasons(TODAY)).doesNotContainKey("X1").containsKey("E4A");
        assertThat(CeaseCareForm.question("reasonCeased")).isEqualTo("reason");
        assertThat(CeaseCareForm.question("periodEndDate")).isEqualTo("date");
    }
}
