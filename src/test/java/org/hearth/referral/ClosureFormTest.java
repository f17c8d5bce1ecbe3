package org.hearth.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.cinPlan;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hearth.assessment.CinPlan;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;
import org.junit.jupiter.api.Test;

class ClosureFormTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    final Referral referral = referral(day(2026, 1, 5));

    static final org.hearth.journey.JourneyCommand.Context WORKER = new org.hearth.journey.JourneyCommand.Context(
            new org.hearth.access.Actor("sw.test", "Sam Test", org.hearth.access.Role.SOCIAL_WORKER, "T1"), TODAY);

    /** What the command the form reads decides on the journey (before the journey rules judge it). */
    static java.util.List<org.hearth.journey.JourneyChange<?>> changes(ChildJourney j, ClosureForm.Read read) {
        var decision = read.command().decide(j, WORKER);
        assertThat(decision.refusals()).isEmpty();
        return decision.changes();
    }

    static Map<String, String> form(LocalDate date, String reason) {
        Map<String, String> f = new HashMap<>();
        DateAnswer.fill(f, "date", date);
        if (reason != null) f.put("reason", reason);
        return f;
    }

    @Test
    void shouldCloseTheEpisodeWithItsReasonAndEndTheOpenCinPlanTheSameDay() {
        CinPlan plan = cinPlan(referral, day(2026, 1, 20), null);
        ChildJourney j = aChild().with(referral, plan).journey();
        ClosureForm.Read read = ClosureForm.read(referral, form(day(2026, 3, 2), "RC7"), TODAY);
        assertThat(read.errors().isEmpty()).isTrue();
        java.util.List<org.hearth.journey.JourneyChange<?>> changes = changes(j, read);
        Referral closed = (Referral) changes.get(0).record();
        assertThat(closed.closeDate()).isEqualTo(day(2026, 3, 2));
        assertThat(closed.closeReason()).isEqualTo("RC7");
        assertThat(closed.referralSourceCode()).isEqualTo(referral.referralSourceCode());
        // The plan ends with its episode: the assessment stage's consequence of the closure.
        assertThat(FormChanges.applied(j, changes).find(org.hearth.assessment.AssessmentStage.CIN_PLANS, plan.id())
                .orElseThrow().cinPlanEndDate()).isEqualTo(day(2026, 3, 2));
        assertThat(FormChanges.refusals(j, changes)).isEmpty();
    }

    @Test
    void shouldBeRefusedWhileAChildProtectionPlanIsOpen() {
        ChildJourney j = aChild().with(referral).onCpPlan(referral, day(2026, 1, 20), null).journey();
        Violation v = FormChanges.refusals(j, changes(j, ClosureForm.read(referral, form(day(2026, 3, 2), "RC7"),
                TODAY))).get(0);
        assertThat(v.dfeCode()).isEqualTo("8565");
        assertThat(v.message()).isEqualTo("The child in need episode cannot close on 2 March 2026 while the child "
                + "protection plan from 20 January 2026 is open; end the plan first");
        assertThat(ClosureForm.question(v.field())).isEqualTo("date");
    }

    @Test
    void shouldBeRefusedWhileTheChildIsLookedAfterButNotOnceCareHasEnded() {
        ChildJourney lookedAfter = aChild().with(referral).lookedAfter(day(2026, 2, 1), null).journey();
        assertThat(FormChanges.refusals(lookedAfter, changes(lookedAfter, ClosureForm.read(referral,
                form(day(2026, 3, 2), "RC7"), TODAY)))).extracting(Violation::rule)
                .containsExactly("closure-while-looked-after");
        ChildJourney careEnded = aChild().with(referral).lookedAfter(day(2026, 2, 1), day(2026, 3, 1)).journey();
        assertThat(FormChanges.refusals(careEnded, changes(careEnded, ClosureForm.read(referral,
                form(day(2026, 3, 2), "RC7"), TODAY)))).isEmpty();
    }

    @Test
    void shouldRefuseAClosureBeforeTheReferralWithNoReasonOrTwice() {
        ChildJourney j = aChild().with(referral).journey();
        assertThat(ClosureForm.read(referral, form(day(2026, 1, 4), "RC10"), TODAY).errors().all()).containsExactly(
                "The episode cannot close before the referral on 5 January 2026 (DfE rule 8630)",
                "Select the reason the episode closed from those used on 4 January 2026 (DfE rule 8640)");
        Referral closed = referral(day(2026, 1, 5), day(2026, 2, 1));
        assertThat(ClosureForm.read(closed, form(day(2026, 3, 2), "RC7"), TODAY).errors().all())
                .containsExactly("This child in need episode was closed on 1 February 2026");
    }
}
