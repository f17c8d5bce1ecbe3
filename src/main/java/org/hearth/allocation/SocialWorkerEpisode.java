package org.hearth.allocation;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A spell with one social worker as another system recorded it (the 903's SWEpisodes table), for a worker who need
 * not hold a Hearth account: an allocation names a Hearth user, this names the worker by the id the return gave.
 */
public record SocialWorkerEpisode(UUID id, UUID personId, String socialWorkerId, LocalDate swEpisodeStartDate,
                                  LocalDate swEpisodeEndDate, String swChangeReason) implements JourneyRecord {
    @Override
    public LocalDate startDate() {
        return swEpisodeStartDate;
    }

    @Override
    public LocalDate endDate() {
        return swEpisodeEndDate;
    }

    @Override
    public String summary() {
        return "Social worker for the return changed" + StaffWords.reason(swChangeReason, startDate()); // the worker's id is in the codes view
    }
}
