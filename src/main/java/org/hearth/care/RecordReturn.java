package org.hearth.care;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The child is back from a missing or away episode already recorded: the day they returned and whether a return home
 * interview was offered and accepted. The episode's start and type stay as recorded.
 */
public record RecordReturn(UUID episodeId, LocalDate returned, Boolean rhiOffered, Boolean rhiAccepted)
        implements JourneyCommand {
    @Override
    public List<String> parts() {
        return List.of(CareStage.MISSING.name());
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (returned == null) {
            return Decision.refused(new Violation("missing-return-date", null, CareStage.MISSING.name(), episodeId,
                    "missingEpisodeEndDate", "Enter the date the child returned"));
        }
        return new RecordMissingEpisode(episodeId, null, null, returned, rhiOffered, rhiAccepted).decide(j, context);
    }
}
