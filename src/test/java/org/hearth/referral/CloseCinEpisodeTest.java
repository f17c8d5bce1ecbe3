package org.hearth.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.referral;

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

class CloseCinEpisodeTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final JourneyCommand.Context WORKER = new JourneyCommand.Context(
            new Actor("sw.test", "Sam Test", Role.SOCIAL_WORKER, "T1"), TODAY);
    final Referral referral = referral(day(2026, 1, 5));

    static List<String> refusals(ChildJourney j, CloseCinEpisode c) {
        return c.decide(j, WORKER).refusals().stream().map(Violation::message).toList();
    }

    @Test
    void shouldRefuseAClosureWhileACpPlanIsOpenOrTheChildIsLookedAfter() {
        ChildJourney onPlan = aChild().with(referral).onCpPlan(referral, day(2026, 1, 20), null).journey();
        JourneyCommand.Decision d = new CloseCinEpisode(referral.id(), day(2026, 3, 2), "RC7").decide(onPlan, WORKER);
        assertThat(FormChanges.refusals(onPlan, d.changes())).extracting(Violation::dfeCode).containsExactly("8565");
        ChildJourney lookedAfter = aChild().with(referral).lookedAfter(day(2026, 2, 1), null).journey();
        assertThat(FormChanges.refusals(lookedAfter, new CloseCinEpisode(referral.id(), day(2026, 3, 2), "RC7")
                .decide(lookedAfter, WORKER).changes())).extracting(Violation::rule).containsExactly("closure-while-looked-after");
        assertThat(Referrals.closable(onPlan, TODAY)).isFalse();
        assertThat(Referrals.closable(lookedAfter, TODAY)).isFalse();
        assertThat(Referrals.closable(aChild().with(referral).journey(), TODAY)).isTrue();
    }

    @Test
    void shouldRefuseAMissingOrFutureDateAReasonNotInTheListAndAClosedOrUnknownEpisode() {
        ChildJourney j = aChild().with(referral).journey();
        assertThat(refusals(j, new CloseCinEpisode(referral.id(), null, null)))
                .containsExactly("Enter the date the episode closed", "Select the reason the episode closed");
        assertThat(refusals(j, new CloseCinEpisode(referral.id(), TODAY.plusDays(1), "RC99"))).containsExactly(
                "The date the episode closed must be today or in the past",
                "Select the reason the episode closed from those used on 10 March 2026");
        assertThat(new CloseCinEpisode(referral.id(), day(2026, 1, 4), "RC7").decide(j, WORKER).refusals())
                .extracting(Violation::dfeCode).containsExactly("8630");
        Referral closed = referral(day(2026, 1, 5), day(2026, 2, 1));
        assertThat(refusals(aChild().with(closed).journey(), new CloseCinEpisode(closed.id(), TODAY, "RC7")))
                .containsExactly("This child in need episode was closed on 1 February 2026");
        assertThat(refusals(j, new CloseCinEpisode(JourneyBuilder.id(), TODAY, "RC7")))
                .containsExactly("There is no such referral on this child's record");
    }

    @Test
    void shouldEndTheOpenChildInNeedPlanWithItsEpisodeAsTheAssessmentStagesConsequence() {
        ChildJourney withPlan = aChild().with(referral, JourneyBuilder.cinPlan(referral, day(2026, 1, 20), null))
                .journey();
        JourneyCommand.Decision d = new CloseCinEpisode(referral.id(), day(2026, 3, 2), "RC7").decide(withPlan, WORKER);
        // The front door's command closes only its own record; the assessment stage ends its plan in the same change.
        assertThat(d.changes()).extracting(c -> c.kind().name()).containsExactly("referrals");
        ChildJourney closed = withPlan;
        for (var change : d.changes()) {
            closed = closed.with(org.hearth.referral.ReferralStage.REFERRALS, (Referral) change.record());
        }
        var consequences = org.hearth.stages.Stages.standard().consequences(withPlan, closed);
        assertThat(consequences).singleElement().satisfies(c -> {
            assertThat(c.kind().name()).isEqualTo("cin-plans");
            assertThat(c.record().endDate()).isEqualTo(day(2026, 3, 2));
        });
        assertThat(org.hearth.stages.Stages.standard().consequences(closed, closed)).as("only when it closes").isEmpty();
    }
}
