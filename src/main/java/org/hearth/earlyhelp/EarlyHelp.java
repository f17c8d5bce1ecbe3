package org.hearth.earlyhelp;

import java.util.Comparator;
import java.util.Optional;
import org.hearth.journey.ChildJourney;

/** Family help's answers about a child's record, in one place. */
public final class EarlyHelp {
    private EarlyHelp() {}

    /** The family help episode open now: the latest started and not ended. */
    public static Optional<EarlyHelpEpisode> open(ChildJourney j) {
        return j.all(EarlyHelpStage.EARLY_HELP).stream()
                .filter(e -> e.episodeEndDate() == null && e.episodeStartDate() != null)
                .max(Comparator.comparing(EarlyHelpEpisode::episodeStartDate));
    }
}
