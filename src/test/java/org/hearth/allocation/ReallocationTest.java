package org.hearth.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.CHILD_ID;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.id;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.platform.web.DateAnswer;
import org.junit.jupiter.api.Test;

class ReallocationTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final Map<String, String> STAFF = Map.of("sw.amy", "Amy Example", "sw.ben", "Ben Example");
    final Allocation amy = new Allocation(id(), CHILD_ID, "sw.amy", "SW", "team-a", day(2025, 9, 1), null, null);
    final ChildJourney j = aChild().with(amy).journey();

    static Map<String, String> form(String worker, LocalDate date, String reason) {
        Map<String, String> f = new HashMap<>();
        if (worker != null) f.put("worker", worker);
        if (date != null) DateAnswer.fill(f, "date", date);
        if (reason != null) f.put("reason", reason);
        return f;
    }

    @Test
    void shouldLetOnlyTheAllocatedWorkersTeamManagerReallocate() {
        assertThat(Reallocation.refusal(new Actor("tm", "TM", Role.TEAM_MANAGER, "team-a"), "team-a")).isEmpty();
        assertThat(Reallocation.refusal(new Actor("sw.amy", "Amy", Role.SOCIAL_WORKER, "team-a"), "team-a"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Only the allocated worker's team manager"));
        assertThat(Reallocation.refusal(new Actor("tm2", "TM", Role.TEAM_MANAGER, "team-b"), "team-a"))
                .hasValueSatisfying(m -> assertThat(m).contains("in another team"));
        assertThat(Reallocation.refusal(new Actor("iro", "IRO", Role.IRO, "team-a"), "team-a")).isPresent();
    }

    @Test
    void shouldEndThePreviousAllocationTheDayTheNewWorkerStartsWithTheDfeReason() {
        Reallocation.Read read = Reallocation.read(j, form("sw.ben", day(2026, 3, 9), "LEFTRL"), TODAY, STAFF,
                u -> "team-a");
        assertThat(read.errors().isEmpty()).isTrue();
        Allocation ended = (Allocation) read.changes().get(0).record();
        Allocation next = (Allocation) read.changes().get(1).record();
        assertThat(ended.id()).isEqualTo(amy.id());
        assertThat(ended.involvementEndDate()).isEqualTo(day(2026, 3, 9));
        assertThat(next.professionalId()).isEqualTo("sw.ben");
        assertThat(next.involvementStartDate()).isEqualTo(day(2026, 3, 9));
        assertThat(next.workerChangeReason()).isEqualTo("LEFTRL");
        assertThat(next.professionalTeam()).isEqualTo("team-a");
        assertThat(FormChanges.refusals(j, read.changes())).isEmpty();
    }

    @Test
    void shouldRefuseTheSameWorkerAWorkerFromOutsideTheTeamAMissingReasonAndADateBeforeTheCurrentAllocation() {
        assertThat(Reallocation.read(j, form("sw.amy", day(2025, 8, 1), null), TODAY, STAFF, u -> "team-a")
                .errors().all()).containsExactly(
                "Select a social worker other than the one allocated now",
                "The change cannot be before the current social worker was allocated on 1 September 2025",
                "Select the reason for the change of social worker");
        assertThat(Reallocation.read(j, form("sw.zed", TODAY, "ZZZ"), TODAY, STAFF, u -> "team-a").errors().all())
                .containsExactly("Select the new social worker from your team",
                        "Select the reason for the change of social worker");
    }

    @Test
    void shouldAllocateAChildWithNoSocialWorkerWithoutAReason() {
        ChildJourney none = aChild().journey();
        Reallocation.Read read = Reallocation.read(none, form("sw.ben", TODAY, null), TODAY, STAFF, u -> "team-a");
        assertThat(read.changes()).hasSize(1);
        assertThat(FormChanges.refusals(none, read.changes())).isEmpty();
    }

    @Test
    void shouldOfferTheReasonsInWordsWithTheirDfeCodes() {
        assertThat(Reallocation.reasons(TODAY)).containsEntry("LEFTRL", "The worker left the role").hasSize(10);
    }
}
