package org.hearth.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.CHILD_ID;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.id;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;
import org.junit.jupiter.api.Test;

/** Change of social worker: the form reads the answers, the command decides. */
class ReallocationTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final Map<String, String> CHOICES = Map.of("sw.amy", "Amy Example", "sw.ben", "Ben Example");
    static final Actor MANAGER = new Actor("tm", "TM", Role.TEAM_MANAGER, "team-a");
    static final StaffDirectory STAFF = u -> Optional.ofNullable(Map.of(
            "sw.amy", new Actor("sw.amy", "Amy Example", Role.SOCIAL_WORKER, "team-a"),
            "sw.ben", new Actor("sw.ben", "Ben Example", Role.SOCIAL_WORKER, "team-a"),
            "sw.zed", new Actor("sw.zed", "Zed Example", Role.SOCIAL_WORKER, "team-b")).get(u));
    final Allocation amy = new Allocation(id(), CHILD_ID, "sw.amy", "SW", "team-a", day(2025, 9, 1), null, null);
    final ChildJourney j = aChild().with(amy).journey();

    static Map<String, String> form(String worker, LocalDate date, String reason) {
        Map<String, String> f = new HashMap<>();
        if (worker != null) f.put("worker", worker);
        if (date != null) DateAnswer.fill(f, "date", date);
        if (reason != null) f.put("reason", reason);
        return f;
    }

    static JourneyCommand.Decision decide(ChildJourney j, Map<String, String> form, Actor actor) {
        Reallocation.Read read = Reallocation.read(form, TODAY, CHOICES, STAFF);
        assertThat(read.errors().all()).isEmpty();
        return read.command().decide(j, new JourneyCommand.Context(actor, TODAY));
    }

    static List<String> messages(JourneyCommand.Decision d) {
        return d.refusals().stream().map(Violation::message).toList();
    }

    @Test
    void shouldLetOnlyTheAllocatedWorkersTeamManagerReallocate() {
        assertThat(Reallocation.refusal(MANAGER, "team-a")).isEmpty();
        assertThat(Reallocation.refusal(new Actor("sw.amy", "Amy", Role.SOCIAL_WORKER, "team-a"), "team-a"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Only the allocated worker's team manager"));
        assertThat(Reallocation.refusal(new Actor("tm2", "TM", Role.TEAM_MANAGER, "team-b"), "team-a"))
                .hasValueSatisfying(m -> assertThat(m).contains("in another team"));
        assertThat(Reallocation.refusal(new Actor("iro", "IRO", Role.IRO, "team-a"), "team-a")).isPresent();
        assertThat(messages(decide(j, form("sw.ben", TODAY, "LEFTRL"),
                new Actor("sw.amy", "Amy", Role.SOCIAL_WORKER, "team-a"))))
                .containsExactly("Only the allocated worker's team manager can change a child's social worker. "
                        + "Ask your team manager to reallocate the child");
        assertThat(messages(decide(j, form("sw.ben", TODAY, "LEFTRL"), new Actor("tm2", "TM", Role.TEAM_MANAGER,
                "team-b")))).singleElement().asString().contains("in another team");
    }

    @Test
    void shouldEndThePreviousAllocationTheDayTheNewWorkerStartsWithTheDfeReasonAndTheManager() {
        JourneyCommand.Decision d = decide(j, form("sw.ben", day(2026, 3, 9), "LEFTRL"), MANAGER);
        assertThat(d.refused()).isFalse();
        Allocation ended = (Allocation) d.changes().get(0).record();
        Allocation next = (Allocation) d.changes().get(1).record();
        assertThat(ended.id()).isEqualTo(amy.id());
        assertThat(ended.involvementEndDate()).isEqualTo(day(2026, 3, 9));
        assertThat(next.professionalId()).isEqualTo("sw.ben");
        assertThat(next.professionalRoleId()).isEqualTo("SW");
        assertThat(next.involvementStartDate()).isEqualTo(day(2026, 3, 9));
        assertThat(next.workerChangeReason()).isEqualTo("LEFTRL");
        assertThat(next.professionalTeam()).isEqualTo("team-a");
        assertThat(next.allocatedBy()).isEqualTo("tm");
        assertThat(next.summary()).isEqualTo("Allocated social worker sw.ben (reason for the change: the worker left the role), by tm");
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseTheSameWorkerADateBeforeTheCurrentAllocationAndAMissingReason() {
        assertThat(messages(decide(j, form("sw.amy", day(2025, 8, 1), null), MANAGER))).containsExactly(
                "Select a social worker other than the one allocated now",
                "The change cannot be before the current social worker was allocated on 1 September 2025",
                "Select the reason for the change of social worker");
    }

    @Test
    void shouldRefuseAWorkerOutsideTheManagersTeamOnTheFormAndInTheCommand() {
        assertThat(Reallocation.read(form("sw.zed", TODAY, "LEFTRL"), TODAY, CHOICES, STAFF).errors().all())
                .containsExactly("Select the new social worker from your team");
        assertThat(messages(new ChangeSocialWorker("sw.zed", TODAY, "LEFTRL", STAFF).decide(j,
                new JourneyCommand.Context(MANAGER, TODAY)))).containsExactly("Select the new social worker from your team");
    }

    @Test
    void shouldAllocateAChildWithNoSocialWorkerWithoutAReason() {
        ChildJourney none = aChild().journey();
        JourneyCommand.Decision d = decide(none, form("sw.ben", TODAY, null), MANAGER);
        assertThat(d.changes()).hasSize(1);
        assertThat(FormChanges.refusals(none, d.changes())).isEmpty();
    }

    @Test
    void shouldOfferTheReasonsInWordsWithTheirDfeCodes() {
        assertThat(Reallocation.reasons(TODAY)).containsEntry("LEFTRL", "The worker left the role").hasSize(10);
    }
}
