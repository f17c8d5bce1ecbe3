package org.hearth.allocation;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A practitioner's involvement with the child: allocated social worker (SW), IRO, personal adviser (PA) or
 * family help worker (EHW), with the reason the worker changed. Allocation is what grants access to the record.
 */
public record Allocation(UUID id, UUID personId, String professionalId, String professionalRoleId,
                         String professionalTeam, LocalDate involvementStartDate, LocalDate involvementEndDate,
                         String workerChangeReason) implements JourneyRecord {
    public LocalDate startDate() { return involvementStartDate; }
    public LocalDate endDate() { return involvementEndDate; }
    public boolean openOn(LocalDate day) {
        return !day.isBefore(involvementStartDate) && (involvementEndDate == null || !day.isAfter(involvementEndDate));
    }
    public String summary() {
        return "Allocated " + professionalRoleId + " " + professionalId
                + (workerChangeReason == null ? "" : " (" + workerChangeReason + ")");
    }
}
