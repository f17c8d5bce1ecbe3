package org.hearth.care;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A looked-after child's outcomes for one collection year, as the 903's OC2 table gives them for a child looked
 * after continuously for 12 months at 31 March: the SDQ score (or why none), convictions, health and dental checks,
 * immunisations, health assessment, substance misuse and the intervention for it. Flags are the DfE's 0/1 codes.
 * The SSD spreads these over ssd_sdq_scores, ssd_cla_convictions, ssd_cla_health, ssd_cla_immunisations and
 * ssd_cla_substance_misuse as dated events; the 903 gives only the year's answers, kept here as given.
 *
 * @param outcomeYearEnd the 31 March the answers are for
 */
public record CareOutcome(UUID id, UUID personId, LocalDate outcomeYearEnd, String sdqScore, String sdqReason,
                          String convicted, String healthCheck, String immunisations, String teethCheck,
                          String healthAssessment, String substanceMisuse, String interventionReceived,
                          String interventionOffered) implements JourneyRecord {
    @Override
    public LocalDate startDate() {
        return outcomeYearEnd;
    }

    @Override
    public String summary() {
        return "Outcomes for the year to " + outcomeYearEnd + (sdqScore == null ? "" : ", SDQ score " + sdqScore);
    }
}
