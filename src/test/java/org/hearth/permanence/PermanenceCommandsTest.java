package org.hearth.permanence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.adoption;
import static org.hearth.journey.JourneyBuilder.day;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

/** Each permanence step as a command: in order (decision, match, placement, order), one plan at a time. */
class PermanenceCommandsTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final JourneyCommand.Context WORKER = context(Role.SOCIAL_WORKER);

    static JourneyCommand.Context context(Role role) {
        return new JourneyCommand.Context(new Actor("u", "U", role, "T1"), TODAY);
    }

    final ChildJourney lookedAfter = aChild().lookedAfter(day(2025, 1, 5), null).journey();

    static List<String> refusals(ChildJourney j, JourneyCommand c) {
        return c.decide(j, WORKER).refusals().stream().map(Violation::message).toList();
    }

    static Permanence saved(ChildJourney j, JourneyCommand c) {
        JourneyCommand.Decision d = c.decide(j, WORKER);
        assertThat(d.refusals()).isEmpty();
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
        return (Permanence) d.changes().get(0).record();
    }

    @Test
    void shouldTakeAnAdoptionFromDecisionToOrderInOrder() {
        Permanence decided = saved(lookedAfter, new DecidePermanence("ADOPTION", day(2025, 6, 1)));
        assertThat(decided.admDecisionDate()).isEqualTo(day(2025, 6, 1));
        Permanence plan = new Permanence(UUID.randomUUID(), decided.personId(), "ADOPTION", day(2025, 6, 1), null,
                null, null, null, null, null);
        ChildJourney j = aChild().lookedAfter(day(2025, 1, 5), null).with(plan).journey();
        Permanence matched = saved(j, new MatchForAdoption(plan.id(), day(2025, 9, 1), "1", "2", "MF", "L11"));
        assertThat(matched.matchedDate()).isEqualTo(day(2025, 9, 1));
        assertThat(matched.adopterSex()).isEqualTo("MF");
        j = aChild().lookedAfter(day(2025, 1, 5), null).with(matched).journey();
        Permanence placed = saved(j, new PlaceForAdoption(plan.id(), day(2025, 10, 1)));
        assertThat(placed.placedForAdoptionDate()).isEqualTo(day(2025, 10, 1));
        assertThat(placed.adopterLegalStatus()).isEqualTo("L11");
        j = aChild().lookedAfter(day(2025, 1, 5), null).with(placed).journey();
        Permanence ordered = new GrantPermanenceOrder(plan.id(), day(2026, 2, 1), "ADOPTION").decide(j, WORKER)
                .changes().stream().map(c -> (Permanence) c.record()).findFirst().orElseThrow();
        assertThat(ordered.permanenceOrderDate()).isEqualTo(day(2026, 2, 1));
        assertThat(ordered.permanenceOrderType()).isEqualTo("ADOPTION");
    }

    @Test
    void shouldRefuseStepsOutOfOrder() {
        Permanence plan = adoption(day(2025, 6, 1), null, null);
        ChildJourney j = aChild().lookedAfter(day(2025, 1, 5), null).with(plan).journey();
        assertThat(refusals(j, new MatchForAdoption(plan.id(), day(2025, 5, 1), null, null, null, null)))
                .containsExactly("The date of the match must be on or after the decision on 1 June 2025");
        assertThat(refusals(j, new PlaceForAdoption(plan.id(), day(2025, 7, 1))))
                .containsExactly("Record the match with adopters before the placement for adoption");
        assertThat(refusals(j, new GrantPermanenceOrder(plan.id(), day(2025, 7, 1), "ADOPTION")))
                .containsExactly("Record the placement for adoption before the adoption order");
        assertThat(refusals(j, new GrantPermanenceOrder(plan.id(), day(2025, 7, 1), "SGO")))
                .containsExactly("An order of SGO does not complete a plan of ADOPTION");
        assertThat(refusals(j, new DecidePermanence("SGO", day(2025, 7, 1)))).containsExactly(
                "The child already has a permanence plan (ADOPTION) decided on 1 June 2025. Record its reversal or its order first");
    }

    @Test
    void shouldRefuseTheFutureAChildNotLookedAfterAndUnknownCodes() {
        assertThat(refusals(lookedAfter, new DecidePermanence("ADOPTION", day(2026, 3, 11))))
                .containsExactly("The date of the decision must be today or in the past");
        assertThat(refusals(aChild().journey(), new DecidePermanence("ADOPTION", day(2026, 3, 1)))).containsExactly(
                "A permanence decision is made for a looked-after child; the child was not looked after on 1 March 2026");
        assertThat(refusals(lookedAfter, new DecidePermanence("FOREVER", day(2026, 3, 1)))).singleElement().asString()
                .startsWith("Select the permanence plan: one of ADOPTION");
        Permanence plan = adoption(day(2025, 6, 1), null, null);
        ChildJourney j = aChild().lookedAfter(day(2025, 1, 5), null).with(plan).journey();
        assertThat(refusals(j, new MatchForAdoption(plan.id(), day(2025, 9, 1), "7", "3", "XX", "L11")))
                .hasSize(3).allMatch(m -> m.contains("adopters") || m.contains("foster carers"));
    }

    @Test
    void shouldReverseADecisionWithItsReasonAndThenAllowANewPlan() {
        Permanence plan = adoption(day(2025, 6, 1), null, null);
        ChildJourney j = aChild().lookedAfter(day(2025, 1, 5), null).with(plan).journey();
        assertThat(refusals(j, new ReversePermanenceDecision(plan.id(), day(2025, 8, 1), null)))
                .containsExactly("Select the reason the child is no longer to be placed for adoption");
        Permanence reversed = saved(j, new ReversePermanenceDecision(plan.id(), day(2025, 8, 1), "RD1"));
        assertThat(reversed.decisionReversedReason()).isEqualTo("RD1");
        ChildJourney after = aChild().lookedAfter(day(2025, 1, 5), null).with(reversed).journey();
        assertThat(refusals(after, new MatchForAdoption(plan.id(), day(2025, 9, 1), null, null, null, null)))
                .containsExactly("The decision of 1 June 2025 was reversed on 1 August 2025");
        assertThat(saved(after, new DecidePermanence("SGO", day(2025, 9, 1))).permanencePlan()).isEqualTo("SGO");
    }

    @Test
    void shouldRecordAStandAloneSgoButNotAStandAloneAdoptionOrder() {
        Permanence sgo = saved(lookedAfter, new GrantPermanenceOrder(null, day(2026, 3, 1), "SGO"));
        assertThat(sgo.permanencePlan()).isEqualTo("SGO");
        assertThat(sgo.permanenceOrderDate()).isEqualTo(day(2026, 3, 1));
        assertThat(refusals(lookedAfter, new GrantPermanenceOrder(null, day(2026, 3, 1), "ADOPTION")))
                .containsExactly("An adoption order completes an adoption plan: say which plan it is for");
        assertThat(refusals(lookedAfter, new GrantPermanenceOrder(UUID.randomUUID(), day(2026, 3, 1), "SGO")))
                .containsExactly("The child has no such permanence plan");
    }

    @Test
    void shouldRefuseTheIroAndThePersonalAdviser() {
        for (Role role : new Role[] {Role.IRO, Role.PERSONAL_ADVISER}) {
            assertThat(new DecidePermanence("ADOPTION", day(2026, 3, 1)).decide(lookedAfter, context(role)).refusals())
                    .extracting(Violation::rule).containsExactly("permanence-role");
        }
    }
}
