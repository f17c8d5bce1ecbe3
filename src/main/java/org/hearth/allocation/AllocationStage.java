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
import org.hearth.care.CareStage;
import org.hearth.protection.ProtectionStage;

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
                creator.role().allocationRole(), creator.teamId(), today, null, "Created the record", creator.username())));
    }

    /**
     * The team manager of the child's social worker is offered a change of social worker, and an IRO for a child on a
     * CP plan or looked after (the IRO service's manager too, for a child one of their IROs has); no one else
     * allocates, because an allocation opens the child's record.
     */
    @Override
    public List<Stage.Action> actions(ChildJourney journey, Actor actor, LocalDate today) {
        if (actor.role() != org.hearth.access.Role.TEAM_MANAGER || actor.teamId() == null) {
            return List.of();
        }
        String base = "/children/" + journey.child().id() + "/allocations/";
        String swTeam = Allocations.socialWorker(journey, today).map(Allocation::professionalTeam).orElse(null);
        String iroTeam = Allocations.iro(journey, today).map(Allocation::professionalTeam).orElse(null);
        List<Stage.Action> out = new java.util.ArrayList<>();
        if (Reallocation.refusal(actor, swTeam).isEmpty()) {
            out.add(new Stage.Action("Change social worker", base + "change", List.of(ALLOCATIONS.name())));
        }
        boolean needsIro = Stage.openOn(journey.all(ProtectionStage.CP_PLANS), today)
                || Stage.openOn(journey.all(CareStage.CARE_PERIODS), today) || iroTeam != null;
        if (needsIro && (actor.teamId().equals(swTeam) || actor.teamId().equals(iroTeam) || swTeam == null)) {
            out.add(new Stage.Action(iroTeam == null ? "Allocate an IRO" : "Change IRO", base + "iro",
                    List.of(ALLOCATIONS.name())));
        }
        return out;
    }

    @Override
    public Map<String, String> savedMessages() {
        return Map.of("allocation", "Social worker changed", "iro-allocated", "IRO allocated");
    }
}
