package org.hearth.care;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A period of being looked after, from becoming looked after to ceasing (reason ceased, the 903's REC). The 903's
 * episodes are derived from the legal status and placement history inside it.
 */
public record CarePeriod(UUID id, UUID personId, LocalDate periodStartDate, LocalDate periodEndDate,
                         String reasonCeased, String cinCode) implements JourneyRecord {
    public LocalDate startDate() { return periodStartDate; }
    public LocalDate endDate() { return periodEndDate; }
    public boolean covers(LocalDate day) {
        return !day.isBefore(periodStartDate) && (periodEndDate == null || !day.isAfter(periodEndDate));
    }
    public String summary() {
        return periodEndDate == null ? "Became looked after" : "Looked after (ceased: "
                + org.hearth.codes.CodeLists.standard().words("REC", reasonCeased, periodEndDate).toLowerCase() + ")";
    }
}
