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
                + (episodeEndDate == null ? "" : " (ended" + (episodeEndReason == null ? "" : ", " + episodeEndReason) + ")");
    }
}
