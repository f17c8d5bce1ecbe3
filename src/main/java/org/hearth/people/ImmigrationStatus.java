package org.hearth.people;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * An immigration status and when it held (SSD ssd_immigration_status). "UASC" with its end date is the 903's date
 * UASC status ceased (DUC); the start may not be known.
 */
public record ImmigrationStatus(UUID id, UUID personId, String immigrationStatus,
                                LocalDate immigrationStatusStartDate, LocalDate immigrationStatusEndDate)
        implements JourneyRecord {
    public static final String UASC = "UASC";

    @Override
    public LocalDate startDate() {
        return immigrationStatusStartDate;
    }

    @Override
    public LocalDate endDate() {
        return immigrationStatusEndDate;
    }

    @Override
    public String summary() {
        return "Immigration status: " + (UASC.equals(immigrationStatus) ? "unaccompanied asylum-seeking child"
                : immigrationStatus == null ? "not recorded" : immigrationStatus);
    }
}
