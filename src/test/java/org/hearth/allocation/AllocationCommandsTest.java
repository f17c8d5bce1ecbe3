package org.hearth.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.CHILD_ID;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.id;
import static org.hearth.journey.JourneyBuilder.violations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

/** Issue 15 (High): allocation hands out access. Only a team manager allocates, a known role, a real user of it. */
class AllocationCommandsTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final Actor SW = new Actor("sw.amy", "Amy", Role.SOCIAL_WORKER, "team-a");
    static final Actor TM = new Actor("tm.a", "Tess", Role.TEAM_MANAGER, "team-a");
    static final Actor IRO_MANAGER = new Actor("tm.iro", "Ivy", Role.TEAM_MANAGER, "iro-service");
    static final Actor OTHER_TM = new Actor("tm.b", "Bo", Role.TEAM_MANAGER, "team-b");
    static final Map<String, Actor> USERS = Map.of(
            "sw.amy", SW,
            "chris.kelly", new Actor("chris.kelly", "Chris Kelly", Role.SOCIAL_WORKER, "team-b"),
            "iro.ian", new Actor("iro.ian", "Ian", Role.IRO, "iro-service"),
            "iro.ida", new Actor("iro.ida", "Ida", Role.IRO, "iro-service"),
            "pa.pat", new Actor("pa.pat", "Pat", Role.PERSONAL_ADVISER, "team-a"),
            "pa.far", new Actor("pa.far", "Far", Role.PERSONAL_ADVISER, "team-b"),
            "ehw.eve", new Actor("ehw.eve", "Eve", Role.EARLY_HELP_WORKER, "team-a"));
    static final StaffDirectory STAFF = u -> Optional.ofNullable(USERS.get(u));
    final Allocation amy = new Allocation(id(), CHILD_ID, "sw.amy", "SW", "team-a", day(2025, 9, 1), null, null);
    final ChildJourney j = aChild().with(amy).journey();

    static List<String> refusals(ChildJourney j, JourneyCommand c, Actor actor) {
        return c.decide(j, new JourneyCommand.Context(actor, TODAY)).refusals().stream().map(Violation::message).toList();
    }

    @Test
    void shouldRefuseASocialWorkerAllocatingAnyoneInAnyRole() {
        assertThat(refusals(j, new AllocateWorker("EHW", "ehw.eve", TODAY, null, STAFF), SW)).containsExactly(
                "Only a team manager can allocate a family help worker to a child. Ask your team manager");
        assertThat(refusals(j, new AllocateIro("iro.ian", TODAY, null, STAFF), SW)).singleElement().asString()
                .startsWith("Only a team manager can allocate");
        assertThat(refusals(j, new ChangeSocialWorker("chris.kelly", TODAY, "LEFTRL", STAFF), SW))
                .singleElement().asString().startsWith("Only the allocated worker's team manager");
    }

    @Test
    void shouldRefuseRolesOutsideTheCodeListCaseExact() {
        for (String role : List.of("FRIEND", "sw", "Sw", "iro", "SW", "IRO")) {
            assertThat(refusals(j, new AllocateWorker(role, "pa.pat", TODAY, null, STAFF), TM)).as(role)
                    .singleElement().asString().startsWith("Choose PA (personal adviser) or EHW (family help worker)");
        }
    }

    @Test
    void shouldRefuseAnUnknownUserAUserOfAnotherRoleAndAWorkerOfAnotherTeam() {
        assertThat(refusals(j, new AllocateWorker("PA", "nobody", TODAY, null, STAFF), TM)).containsExactly(
                "There is no Hearth user 'nobody'. Select a personal adviser who has a Hearth account");
        assertThat(refusals(j, new AllocateWorker("PA", "ehw.eve", TODAY, null, STAFF), TM)).containsExactly(
                "Eve is not a personal adviser on Hearth. Select a personal adviser");
        assertThat(refusals(j, new AllocateWorker("PA", "pa.far", TODAY, null, STAFF), TM)).containsExactly(
                "Select a personal adviser from your team");
        assertThat(refusals(j, new AllocateIro("pa.pat", TODAY, null, STAFF), TM)).containsExactly(
                "Pat is not an independent reviewing officer (IRO) on Hearth. Select an independent reviewing officer (IRO)");
    }

    @Test
    void shouldAllocateAPersonalAdviserFromTheTeamSayingWhoAllocatedThem() {
        JourneyCommand.Decision d = new AllocateWorker("PA", "pa.pat", TODAY, null, STAFF)
                .decide(j, new JourneyCommand.Context(TM, TODAY));
        assertThat(d.refusals()).isEmpty();
        Allocation pa = (Allocation) d.changes().get(0).record();
        assertThat(pa.professionalRoleId()).isEqualTo("PA");
        assertThat(pa.allocatedBy()).isEqualTo("tm.a");
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseAFutureOrMissingDate() {
        assertThat(refusals(j, new AllocateWorker("PA", "pa.pat", TODAY.plusDays(1), null, STAFF), TM))
                .containsExactly("The date of the change must be today or in the past");
        assertThat(refusals(j, new AllocateWorker("PA", "pa.pat", null, null, STAFF), TM))
                .containsExactly("Enter the date of the change as a real date, for example 27 3 2025");
    }

    @Test
    void shouldLetTheSocialWorkersManagerOrTheIroServiceManagerAllocateAnIroAndEndThePreviousOne() {
        JourneyCommand.Decision d = new AllocateIro("iro.ian", TODAY, null, STAFF)
                .decide(j, new JourneyCommand.Context(TM, TODAY));
        assertThat(d.refusals()).isEmpty();
        ChildJourney withIro = FormChanges.applied(j, d.changes());
        assertThat(Allocations.iro(withIro, TODAY)).hasValueSatisfying(a -> assertThat(a.professionalId()).isEqualTo("iro.ian"));

        JourneyCommand.Decision change = new AllocateIro("iro.ida", TODAY, null, STAFF)
                .decide(withIro, new JourneyCommand.Context(IRO_MANAGER, TODAY));
        assertThat(change.refusals()).isEmpty();
        assertThat(change.changes()).hasSize(2);
        assertThat(((Allocation) change.changes().get(0).record()).involvementEndDate()).isEqualTo(TODAY);
        assertThat(FormChanges.refusals(withIro, change.changes())).isEmpty();

        assertThat(refusals(j, new AllocateIro("iro.ian", TODAY, null, STAFF), OTHER_TM)).containsExactly(
                "Only the team manager of the child's social worker, or the manager of the IRO's team, can allocate "
                        + "the child's IRO");
    }

    @Test
    void shouldEndAnAllocationButNeverTheSocialWorkerNorByAWorker() {
        Allocation pa = new Allocation(id(), CHILD_ID, "pa.pat", "PA", "team-a", day(2025, 9, 1), null, null);
        ChildJourney withPa = aChild().with(amy, pa).journey();
        JourneyCommand.Decision d = new EndAllocation(pa.id(), TODAY, STAFF).decide(withPa,
                new JourneyCommand.Context(TM, TODAY));
        assertThat(d.refusals()).isEmpty();
        assertThat(((Allocation) d.changes().get(0).record()).involvementEndDate()).isEqualTo(TODAY);
        assertThat(refusals(withPa, new EndAllocation(pa.id(), TODAY, STAFF), SW)).containsExactly(
                "Only a team manager can end a worker's allocation. Ask your team manager");
        assertThat(refusals(withPa, new EndAllocation(amy.id(), TODAY, STAFF), TM)).singleElement().asString()
                .startsWith("A child's social worker is changed, not ended");
        assertThat(refusals(withPa, new EndAllocation(pa.id(), day(2025, 1, 1), STAFF), TM)).containsExactly(
                "The allocation cannot end before it started on 1 September 2025");
        assertThat(refusals(withPa, new EndAllocation(id(), TODAY, STAFF), TM)).containsExactly(
                "There is no open allocation with this id on the child's record");
        assertThat(refusals(withPa, new EndAllocation(pa.id(), TODAY, STAFF), OTHER_TM)).singleElement().asString()
                .startsWith("Only the manager of the worker's team");
    }

    @Test
    void shouldRefuseAnAllocationInARoleHearthDoesNotKnowWhoeverRecordsIt() {
        ChildJourney friend = aChild().with(new Allocation(id(), CHILD_ID, "chris.kelly", "FRIEND", null,
                day(2025, 9, 1), null, null)).journey();
        assertThat(violations(friend, "allocation-role")).singleElement().extracting(Violation::message).asString()
                .contains("not 'FRIEND'");
        ChildJourney lower = aChild().with(new Allocation(id(), CHILD_ID, "chris.kelly", "sw", null,
                day(2025, 9, 1), null, null)).journey();
        assertThat(violations(lower, "allocation-role")).hasSize(1);
        assertThat(violations(j, "allocation-role")).isEmpty();
    }

    @Test
    void shouldOfferTheManagerChangeOfSocialWorkerAndAnIroOnlyWhenTheChildNeedsOne() {
        AllocationStage stage = new AllocationStage();
        assertThat(stage.actions(j, TM, TODAY)).extracting(a -> a.label()).containsExactly("Change social worker");
        ChildJourney lookedAfter = aChild().with(amy).lookedAfter(day(2026, 1, 5), null).journey();
        assertThat(stage.actions(lookedAfter, TM, TODAY)).extracting(a -> a.label())
                .containsExactly("Change social worker", "Allocate an IRO");
        assertThat(stage.actions(lookedAfter, SW, TODAY)).isEmpty();
        assertThat(stage.actions(lookedAfter, OTHER_TM, TODAY)).isEmpty();
    }
}
