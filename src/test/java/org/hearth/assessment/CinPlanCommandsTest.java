package org.hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.cinPlan;
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
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

class CinPlanCommandsTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final JourneyCommand.Context WORKER = new JourneyCommand.Context(
            new Actor("sw.test", "Sam Test", Role.SOCIAL_WORKER, "T1"), TODAY);
    final Referral referral = referral(day(2026, 1, 5));

    static List<String> refusals(ChildJourney j, JourneyCommand command) {
        return command.decide(j, WORKER).refusals().stream()
                .map(v -> v.message() + (v.dfeCode() == null ? "" : " (" + v.dfeCode() + ")")).toList();
    }

    @Test
    void shouldStartAPlanOnTheOpenReferralWithoutAskingWhichOne() {
        ChildJourney j = aChild().with(referral).journey();
        JourneyCommand.Decision d = new StartCinPlan(day(2026, 2, 2)).decide(j, WORKER);
        CinPlan plan = (CinPlan) d.changes().get(0).record();
        assertThat(plan.referralId()).isEqualTo(referral.id());
        assertThat(plan.cinPlanStartDate()).isEqualTo(day(2026, 2, 2));
        assertThat(plan.cinPlanEndDate()).isNull();
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseAPlanWhileAChildProtectionPlanIsOpen() {
        ChildJourney j = aChild().with(referral).onCpPlan(referral, day(2026, 1, 20), null).journey();
        List<Violation> v = new StartCinPlan(day(2026, 2, 2)).decide(j, WORKER).refusals();
        assertThat(v).extracting(Violation::dfeCode).containsExactly("4001");
        assertThat(v.get(0).message()).isEqualTo("A child in need plan cannot start while the child protection plan "
                + "from 20 January 2026 is open: the child protection plan is the child's plan");
        ChildJourney ended = aChild().with(referral).onCpPlan(referral, day(2026, 1, 20), day(2026, 2, 1)).journey();
        assertThat(refusals(ended, new StartCinPlan(day(2026, 2, 2)))).isEmpty();
    }

    @Test
    void shouldRefuseAPlanWithNoOpenReferralOrOnANoFurtherActionReferral() {
        assertThat(refusals(aChild().journey(), new StartCinPlan(day(2026, 2, 2))))
                .containsExactly("The child has no open child in need episode. Record a contact and referral first");
        assertThat(refusals(aChild().with(referral(day(2026, 1, 5), day(2026, 2, 1))).journey(),
                new StartCinPlan(day(2026, 2, 2))))
                .containsExactly("The child has no open child in need episode. Record a contact and referral first");
        Referral nfa = new Referral(JourneyBuilder.id(), JourneyBuilder.CHILD_ID, null, day(2026, 1, 5), "1A", "N9",
                day(2026, 1, 5), true, null, null);
        assertThat(refusals(aChild().with(nfa).journey(), new StartCinPlan(day(2026, 2, 2))))
                .singleElement().asString().contains("no further action").endsWith("(4000)");
    }

    @Test
    void shouldRefuseAPlanBeforeTheReferralWhileAnotherIsOpenInTheFutureOrWithNoDate() {
        ChildJourney j = aChild().with(referral, cinPlan(referral, day(2026, 1, 10), null)).journey();
        assertThat(refusals(j, new StartCinPlan(day(2026, 1, 2)))).containsExactly(
                "The child in need plan started on 10 January 2026 is still open. End it before starting another (4004)",
                "The plan cannot start before the referral on 5 January 2026 (4015)");
        ChildJourney open = aChild().with(referral).journey();
        assertThat(refusals(open, new StartCinPlan(TODAY.plusDays(1))))
                .containsExactly("The date the plan started must be today or in the past");
        assertThat(refusals(open, new StartCinPlan(null))).containsExactly("Enter the date the plan started (4010)");
    }

    @Test
    void shouldEndTheOpenPlanAndRefuseAnEndBeforeItsStartInTheFutureOrTwice() {
        CinPlan open = cinPlan(referral, day(2026, 1, 10), null);
        ChildJourney j = aChild().with(referral, open).journey();
        JourneyCommand.Decision ended = new EndCinPlan(open.id(), day(2026, 3, 1)).decide(j, WORKER);
        CinPlan plan = (CinPlan) ended.changes().get(0).record();
        assertThat(plan.id()).isEqualTo(open.id());
        assertThat(plan.cinPlanEndDate()).isEqualTo(day(2026, 3, 1));
        assertThat(FormChanges.refusals(j, ended.changes())).isEmpty();

        assertThat(refusals(j, new EndCinPlan(open.id(), day(2026, 1, 9))))
                .containsExactly("The plan cannot end before it started on 10 January 2026 (4011)");
        assertThat(refusals(j, new EndCinPlan(open.id(), TODAY.plusDays(1))))
                .containsExactly("The date the plan ended must be today or in the past");
        CinPlan closed = cinPlan(referral, day(2026, 1, 10), day(2026, 2, 1));
        assertThat(refusals(aChild().with(referral, closed).journey(), new EndCinPlan(closed.id(), TODAY)))
                .containsExactly("This child in need plan ended on 1 February 2026");
        assertThat(refusals(j, new EndCinPlan(JourneyBuilder.id(), TODAY)))
                .containsExactly("There is no such child in need plan on this child's record");
    }

    @Test
    void shouldNameTheOpenPlanInOnePlace() {
        CinPlan open = cinPlan(referral, day(2026, 1, 10), null);
        assertThat(Assessments.openCinPlan(aChild().with(referral, cinPlan(referral, day(2025, 12, 1), day(2026, 1, 9)),
                open).journey())).contains(open);
        assertThat(Assessments.openCinPlan(aChild().with(referral).journey())).isEmpty();
    }
}
