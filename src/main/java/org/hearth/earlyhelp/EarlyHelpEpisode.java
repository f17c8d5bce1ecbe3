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
                               String episodeWorkerId, LocalDate episodeContinuedAtReferral) implements JourneyRecord {
    /** An episode with no referral it was continued through. */
    public EarlyHelpEpisode(UUID id, UUID personId, LocalDate episodeStartDate, LocalDate episodeEndDate,
                            String episodeReason, String episodeEndReason, String episodeOrganisation,
                            String episodeWorkerId) {
        this(id, personId, episodeStartDate, episodeEndDate, episodeReason, episodeEndReason, episodeOrganisation,
                episodeWorkerId, null);
    }

    /** The end reason when a referral to children's social care ends family help (the worker chose to step up). */
    public static final String STEP_UP = "STEP_UP";
    /** The start reason when closing a child in need episode with RC9 steps the child down to family help. */
    public static final String STEPPED_DOWN = "Stepped down from children's social care (case closed after assessment, referred to early help)";

    /** The same episode, carried on through the referral received on {@code referralDate}. */
    public EarlyHelpEpisode continuedAt(LocalDate referralDate) {
        return new EarlyHelpEpisode(id, personId, episodeStartDate, episodeEndDate, episodeReason, episodeEndReason,
                episodeOrganisation, episodeWorkerId, referralDate);
    }

    /** The same episode, ended on {@code date} for {@code reason}. */
    public EarlyHelpEpisode endedOn(LocalDate date, String reason) {
        return new EarlyHelpEpisode(id, personId, episodeStartDate, date, episodeReason, reason, episodeOrganisation,
                episodeWorkerId, episodeContinuedAtReferral);
    }

    public LocalDate startDate() { return episodeStartDate; }
    public LocalDate endDate() { return episodeEndDate; }
    public String summary() {
        return "Family help" + (episodeReason == null ? "" : ": " + episodeReason)
                + (episodeContinuedAtReferral == null ? "" : " (continued alongside the referral of "
                        + org.hearth.journey.Dates.uk(episodeContinuedAtReferral) + ")")
                + (episodeEndDate == null ? "" : " (ended" + (episodeEndReason == null ? "" : ", "
                        + END_WORDS.getOrDefault(episodeEndReason.strip(), episodeEndReason)) + ")");
    }

    /** The end reasons the API and the demo use as codes, in words; any other reason is the worker's own words. */
    static final java.util.Map<String, String> END_WORDS = java.util.Map.of("STEP_UP", "stepped up to children's social care",
            "NEEDS_MET", "needs met", "DISENGAGED", "the family stopped taking part", "COMPLETED", "completed",
            "STEP_DOWN", "stepped down");
}
