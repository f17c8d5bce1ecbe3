package org.hearth.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.earlyHelp;

import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyBuilder;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

class EarlyHelpCommandsTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final JourneyCommand.Context WORKER = new JourneyCommand.Context(
            new Actor("sw.test", "Sam Test", Role.SOCIAL_WORKER, "T1"), TODAY);

    static List<String> refusals(ChildJourney j, JourneyCommand c) {
        return c.decide(j, WORKER).refusals().stream().map(Violation::message).toList();
    }

    @Test
    void shouldStartFamilyHelpAndEndIt() {
        ChildJourney j = aChild().journey();
        JourneyCommand.Decision started = new StartEarlyHelp(day(2026, 3, 1), " Parenting support ", "Family hub")
                .decide(j, WORKER);
        EarlyHelpEpisode e = (EarlyHelpEpisode) started.changes().get(0).record();
        assertThat(e.episodeReason()).isEqualTo("Parenting support");
        assertThat(e.episodeOrganisation()).isEqualTo("Family hub");
        assertThat(FormChanges.refusals(j, started.changes())).isEmpty();

        EarlyHelpEpisode open = earlyHelp(day(2026, 1, 1), null);
        ChildJourney helped = aChild().with(open).journey();
        EarlyHelpEpisode ended = (EarlyHelpEpisode) new EndEarlyHelp(open.id(), day(2026, 3, 1), "STEP_UP")
                .decide(helped, WORKER).changes().get(0).record();
        assertThat(ended.id()).isEqualTo(open.id());
        assertThat(ended.episodeEndDate()).isEqualTo(day(2026, 3, 1));
        assertThat(ended.episodeEndReason()).isEqualTo("STEP_UP");
        assertThat(EarlyHelp.open(helped)).contains(open);
    }

    @Test
    void shouldRefuseASecondEpisodeAFutureStartAndNoReason() {
        ChildJourney helped = aChild().with(earlyHelp(day(2026, 1, 1), null)).journey();
        assertThat(refusals(helped, new StartEarlyHelp(TODAY.plusDays(1), null, null))).containsExactly(
                "Family help started on 1 January 2026 is still open. End it before starting another",
                "The date family help started must be today or in the past",
                "Enter the reason for family help");
    }

    @Test
    void shouldRefuseAnEndBeforeTheStartInTheFutureTwiceOrOfNoEpisode() {
        EarlyHelpEpisode open = earlyHelp(day(2026, 1, 1), null);
        ChildJourney j = aChild().with(open).journey();
        assertThat(refusals(j, new EndEarlyHelp(open.id(), day(2025, 12, 1), " ")))
                .containsExactly("Family help cannot end before it started on 1 January 2026", "Enter why family help ended");
        assertThat(refusals(j, new EndEarlyHelp(open.id(), TODAY.plusDays(1), "COMPLETED")))
                .containsExactly("The date family help ended must be today or in the past");
        EarlyHelpEpisode ended = earlyHelp(day(2026, 1, 1), day(2026, 2, 1));
        assertThat(refusals(aChild().with(ended).journey(), new EndEarlyHelp(ended.id(), TODAY, "COMPLETED")))
                .containsExactly("This family help episode ended on 1 February 2026");
        assertThat(refusals(j, new EndEarlyHelp(JourneyBuilder.id(), TODAY, "COMPLETED")))
                .containsExactly("There is no such family help episode on this child's record");
    }
}
