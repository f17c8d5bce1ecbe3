package org.hearth.allocation;

import org.hearth.journey.ChildJourney;
import java.util.Map;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;

/** Who works with the child: allocations (involvements) and the 903's social worker episodes. */
public final class AllocationStage implements Stage {
    public static final EpisodeKind<Allocation> ALLOCATIONS = EpisodeKind.of(17, "allocations", "Allocation",
            Allocation.class, "ssd_involvements", "invo_", "invo_involvements_id").preBirth();
    public static final EpisodeKind<SocialWorkerEpisode> SOCIAL_WORKER_EPISODES = EpisodeKind.of(27, "social-worker-episodes", "Social worker episode",
            SocialWorkerEpisode.class, "cla_social_worker_episodes", "swep_", "swep_episode_id");

    @Override
    public String name() {
        return "allocation";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(ALLOCATIONS, SOCIAL_WORKER_EPISODES);
    }

    @Override
    public List<JourneyRule> rules() {
        return List.of(AllocationRules::check);
    }

    /** A practitioner who creates a child's record is allocated to the child from that day, in their role. */
    @Override
    public List<JourneyChange<?>> onChildCreated(UUID childId, Actor creator, LocalDate today) {
        if (creator.role().allocationRole() == null) {
            return List.of();
        }
        return List.of(JourneyChange.of(ALLOCATIONS, new Allocation(null, childId, creator.username(),
                creator.role().allocationRole(), creator.teamId(), today, null, "Created the record")));
    }

    @Override
    public List<Stage.Action> actions(ChildJourney journey, Actor actor, LocalDate today) {
        return actor.role() == org.hearth.access.Role.TEAM_MANAGER
                ? List.of(new Stage.Action("Change social worker", "/children/" + journey.child().id()
                + "/allocations/change", List.of(ALLOCATIONS.name())))
                : List.of();
    }

    @Override
    public Map<String, String> savedMessages() {
        return Map.of("allocation", "Social worker changed");
    }
}
