package org.hearth.care;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** A missing (M) or away from placement without authorisation (A) episode, with the return home interview. */
public record MissingEpisode(UUID id, UUID personId, LocalDate missingEpisodeStartDate, String missingEpisodeType,
                             LocalDate missingEpisodeEndDate, Boolean missingRhiOffered, Boolean missingRhiAccepted)
        implements JourneyRecord {
    public LocalDate startDate() { return missingEpisodeStartDate; }
    public LocalDate endDate() { return missingEpisodeEndDate; }
    public String summary() {
        return ("A".equals(missingEpisodeType) ? "Away from placement" : "Missing")
                + (missingEpisodeEndDate == null ? " (not yet returned)" : "");
    }
}
