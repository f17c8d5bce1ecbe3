package org.hearth.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * Family help / early help: support with no statutory assessment gate. It can step up to statutory work
 * (end reason STEP_UP, with a referral) and a child can step down to it without a fresh referral.
 */
public record EarlyHelpEpisode(UUID id, UUID personId, LocalDate episodeStartDate, LocalDate episodeEndDate,
                               String episodeReason, String episodeEndReason, String episodeOrganisation,
                               String episodeWorkerId) implements JourneyRecord {
    public LocalDate startDate() { return episodeStartDate; }
    public LocalDate endDate() { return episodeEndDate; }
    public String summary() {
        return "Family help" + (episodeReason == null ? "" : ": " + episodeReason)
                + (episodeEndDate == null ? "" : " (ended" + (episodeEndReason == null ? "" : ", " + END_WORDS.getOrDefault(episodeEndReason.strip(), episodeEndReason)) + ")");
    }

    /** The end reasons the API and the demo use as codes, in words; any other reason is the worker's own words. */
    static final java.util.Map<String, String> END_WORDS = java.util.Map.of("STEP_UP", "stepped up to children's social care",
            "NEEDS_MET", "needs met", "DISENGAGED", "the family stopped taking part", "COMPLETED", "completed",
            "STEP_DOWN", "stepped down");
}
