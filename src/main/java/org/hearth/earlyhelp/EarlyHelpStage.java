package org.hearth.earlyhelp;

import java.time.LocalDate;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.Stage;

/** Family help: early help episodes, before or instead of statutory work. */
public final class EarlyHelpStage implements Stage {
    public static final EpisodeKind<EarlyHelpEpisode> EARLY_HELP = EpisodeKind.of(1, "early-help", "Family help episode",
            EarlyHelpEpisode.class, "ssd_early_help_episodes", "earl_", "earl_episode_id").noOverlap("").preBirth();

    @Override
    public String name() {
        return "earlyhelp";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(EARLY_HELP);
    }

    @Override
    public List<String> statusTags(ChildJourney journey, LocalDate today) {
        return Stage.openOn(journey.all(EARLY_HELP), today) ? List.of("FAMILY_HELP") : List.of();
    }
}
