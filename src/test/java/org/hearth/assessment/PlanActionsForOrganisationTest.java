package org.hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.AccessPolicy;
import org.hearth.access.Actor;
import org.hearth.access.ChildFacts;
import org.hearth.access.Role;
import org.hearth.access.View;
import org.hearth.earlyhelp.FamilyHelpAction;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyBuilder;
import org.hearth.journey.JourneyCommand;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

/**
 * "A school sees plan status, the lead practitioner and actions for the school" (issue 10): a plan action may be
 * owned by a partner organisation, and a partner reading under their organisation's sharing decision is shown only
 * their own organisation's actions, never another's or the council's; the council's worker sees them all.
 */
class PlanActionsForOrganisationTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final Referral REFERRAL = referral(day(2026, 1, 5));

    static View partnerOf(String organisation) {
        return new View(View.Parts.of("person", "cin-plans", "cin-plan-actions", "family-help-actions"),
                View.Parts.of("involvements"), true, AccessPolicy.Basis.SHARING_DECISION, null, null, null,
                new ChildFacts.Shared(UUID.randomUUID(), UUID.randomUUID(), organisation, "EDUCATION", "CA2004_S10",
                        null, null));
    }

    @Test
    void shouldRecordTheOrganisationThatOwnsACinPlanAction() {
        UUID planId = UUID.randomUUID();
        UUID outcomeId = UUID.randomUUID();
        ChildJourney j = aChild().with(REFERRAL).journey();
        j = JourneyBuilder.add(j, new CinPlan(planId, JourneyBuilder.CHILD_ID, REFERRAL.id(), day(2026, 2, 1), null));
        j = JourneyBuilder.add(j, new CinPlanOutcome(outcomeId, JourneyBuilder.CHILD_ID, planId, day(2026, 2, 1),
                "Attends every day"));
        JourneyCommand.Decision d = new AddCinPlanAction(planId, outcomeId, "Ms Head", "Track attendance daily",
                day(2026, 4, 1), " SCHOOL-1 ").decide(j, new JourneyCommand.Context(
                new Actor("sw", "SW", Role.SOCIAL_WORKER, "T1"), TODAY));
        assertThat(d.refusals()).isEmpty();
        assertThat(((CinPlanAction) d.changes().get(0).record()).organisationId()).isEqualTo("SCHOOL-1");
        JourneyCommand.Decision none = new AddCinPlanAction(planId, outcomeId, "Mum", "Walk to school", day(2026, 4, 1))
                .decide(j, new JourneyCommand.Context(new Actor("sw", "SW", Role.SOCIAL_WORKER, "T1"), TODAY));
        assertThat(((CinPlanAction) none.changes().get(0).record()).organisationId()).isNull();
    }

    @Test
    void shouldShowTheSchoolItsOneActionOfThree() {
        UUID plan = UUID.randomUUID();
        List<CinPlanAction> actions = List.of(
                new CinPlanAction(UUID.randomUUID(), JourneyBuilder.CHILD_ID, plan, UUID.randomUUID(), TODAY,
                        "Track attendance daily", "Ms Head", TODAY.plusDays(7), null, "SCHOOL-1"),
                new CinPlanAction(UUID.randomUUID(), JourneyBuilder.CHILD_ID, plan, UUID.randomUUID(), TODAY,
                        "Share the previous school's file", "Mr Other", TODAY.plusDays(7), null, "SCHOOL-2"),
                new CinPlanAction(UUID.randomUUID(), JourneyBuilder.CHILD_ID, plan, UUID.randomUUID(), TODAY,
                        "Walk to school together", "Mum", TODAY.plusDays(7), null, null));
        assertThat(actions.stream().filter(partnerOf("SCHOOL-1")::shows).map(CinPlanAction::actionWhat))
                .containsExactly("Track attendance daily");
        assertThat(actions.stream().filter(partnerOf("SCHOOL-2")::shows).map(CinPlanAction::actionWhat))
                .containsExactly("Share the previous school's file");
        View worker = new View(View.Parts.EVERY, View.Parts.EVERY, false, AccessPolicy.Basis.ALLOCATED_WORKER, null,
                null, null);
        assertThat(actions.stream().filter(worker::shows)).hasSize(3);
        FamilyHelpAction health = new FamilyHelpAction(UUID.randomUUID(), JourneyBuilder.CHILD_ID, plan,
                UUID.randomUUID(), TODAY, "Health visitor checks weight", "Jo", TODAY.plusDays(7), null, "NHS-1");
        assertThat(partnerOf("SCHOOL-1").shows(health)).isFalse();
        assertThat(partnerOf("NHS-1").shows(health)).isTrue();
    }
}
