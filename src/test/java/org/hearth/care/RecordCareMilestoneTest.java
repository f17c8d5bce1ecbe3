package org.hearth.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.care.CareCommands.TODAY;
import static org.hearth.care.CareCommands.WORKER;
import static org.hearth.care.CareCommands.refusals;
import static org.hearth.journey.JourneyBuilder.*;

import java.time.LocalDate;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.junit.jupiter.api.Test;

class RecordCareMilestoneTest {
    private static final LocalDate PLACED = day(2025, 1, 6);
    private final Placement placement = placement(PLACED, null);
    private final CarePeriod period = carePeriod(PLACED, null);
    private final ChildJourney lookedAfter = aChild().with(period, legalStatus(PLACED, null), placement).journey();

    private static CareMilestone recorded(JourneyCommand.Decision d) {
        assertThat(d.refusals()).isEmpty();
        return (CareMilestone) d.changes().get(0).record();
    }

    @Test
    void shouldConfirmTheCurrentPlacementAsLongTermWithTheIroConsultedAndTheChildsAnswer() {
        CareMilestone m = recorded(new RecordCareMilestone(CareMilestone.LONG_TERM_PLACEMENT, TODAY, placement.id(), true,
                true).decide(lookedAfter, WORKER));

        assertThat(m.subjectId()).isEqualTo(placement.id());
        assertThat(m.childAgreed()).isTrue();
        assertThat(m.iroConsulted()).isTrue();
    }

    @Test
    void shouldRefuseALongTermConfirmationWithoutTheIro() {
        assertThat(refusals(lookedAfter, new RecordCareMilestone(CareMilestone.LONG_TERM_PLACEMENT, TODAY,
                placement.id(), true, false))).containsExactly(
                "Consult the child's IRO before confirming the placement as long-term");
    }

    @Test
    void shouldRefuseConfirmingAnEndedPlacementOrAShortBreakOrTwice() {
        Placement ended = placement(day(2024, 1, 1), day(2024, 12, 31));
        ChildJourney j = add(lookedAfter, ended);
        assertThat(refusals(j, new RecordCareMilestone(CareMilestone.LONG_TERM_PLACEMENT, TODAY, ended.id(), true, true)))
                .anyMatch(m -> m.startsWith("That placement ended on 31 December 2024"));

        Placement breaks = placement(day(2026, 1, 9), null);
        ChildJourney shortBreaks = aChild().with(carePeriod(day(2026, 1, 9), null),
                new LegalStatus(id(), CHILD_ID, "V4", day(2026, 1, 9), null), breaks).journey();
        assertThat(refusals(shortBreaks, new RecordCareMilestone(CareMilestone.LONG_TERM_PLACEMENT, TODAY, breaks.id(),
                true, true))).anyMatch(m -> m.startsWith("The child is on short breaks"));

        ChildJourney confirmed = add(lookedAfter, new CareMilestone(id(), CHILD_ID, CareMilestone.LONG_TERM_PLACEMENT,
                day(2026, 1, 5), placement.id(), true, true));
        assertThat(refusals(confirmed, new RecordCareMilestone(CareMilestone.LONG_TERM_PLACEMENT, TODAY,
                placement.id(), true, true))).containsExactly("This placement is already confirmed as long-term");
    }

    @Test
    void shouldTieACarePlanToThePeriodItFallsInOrTheOpenPeriodItPrecedes() {
        assertThat(recorded(RecordCareMilestone.of(CareMilestone.CARE_PLAN, day(2025, 1, 10)).decide(lookedAfter, WORKER))
                .subjectId()).isEqualTo(period.id());
        assertThat(recorded(RecordCareMilestone.of(CareMilestone.CARE_PLAN, day(2025, 1, 3)).decide(lookedAfter, WORKER))
                .subjectId()).isEqualTo(period.id());
        assertThat(refusals(lookedAfter, RecordCareMilestone.of(CareMilestone.PEP, day(2025, 1, 3))))
                .containsExactly("The child was not looked after on 3 January 2025");
    }

    @Test
    void shouldRefuseAFutureDateAnUnknownStepAndAStepForAChildNeverLookedAfter() {
        assertThat(refusals(lookedAfter, RecordCareMilestone.of(CareMilestone.PEP, TODAY.plusDays(1))))
                .containsExactly("The date must be today or in the past");
        assertThat(refusals(lookedAfter, RecordCareMilestone.of("SOMETHING", TODAY))).containsExactly("Select what was done");
        assertThat(refusals(aChild().journey(), RecordCareMilestone.of(CareMilestone.HEALTH_ASSESSMENT, TODAY)))
                .containsExactly("The child was not looked after on 10 March 2026");
    }

    @Test
    void shouldHoldAReturnInterviewOnlyAfterTheChildReturned() {
        MissingEpisode away = new MissingEpisode(id(), CHILD_ID, day(2026, 3, 1), "M", null, null, null);
        ChildJourney j = add(lookedAfter, away);
        assertThat(refusals(j, new RecordCareMilestone(CareMilestone.RETURN_INTERVIEW, TODAY, away.id(), null, null)))
                .containsExactly("Record the child's return before the return home interview");

        MissingEpisode back = new MissingEpisode(id(), CHILD_ID, day(2026, 3, 1), "M", day(2026, 3, 5), null, null);
        ChildJourney returned = add(lookedAfter, back);
        assertThat(refusals(returned, new RecordCareMilestone(CareMilestone.RETURN_INTERVIEW, day(2026, 3, 4), back.id(),
                null, null))).containsExactly("The interview must be on or after the child returned on 5 March 2026");
        assertThat(recorded(new RecordCareMilestone(CareMilestone.RETURN_INTERVIEW, day(2026, 3, 6), back.id(), null,
                null).decide(returned, WORKER)).subjectId()).isEqualTo(back.id());
    }
}
