package org.hearth.care;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** A deprivation of liberty order (the 903's DoLo table, collected from 2026/27). */
public record DeprivationOfLiberty(UUID id, UUID personId, LocalDate doloStartDate, LocalDate doloEndDate)
        implements JourneyRecord {
    @Override
    public LocalDate startDate() {
        return doloStartDate;
    }

    @Override
    public LocalDate endDate() {
        return doloEndDate;
    }

    @Override
    public String summary() {
        return "Deprivation of liberty order" + (doloEndDate == null ? "" : " (ended)");
    }
}
