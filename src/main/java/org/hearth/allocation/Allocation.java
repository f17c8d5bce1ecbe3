package org.hearth.allocation;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A practitioner's involvement with the child: allocated social worker (SW), IRO, personal adviser (PA) or
 * family help worker (EHW), with the reason the worker changed and who allocated them (a team manager's username;
 * null for history imported or recorded before Hearth kept it). Allocation is what grants access to the record, so
 * only the allocation commands write it.
 */
public record Allocation(UUID id, UUID personId, String professionalId, String professionalRoleId,
                         String professionalTeam, LocalDate involvementStartDate, LocalDate involvementEndDate,
                         String workerChangeReason, String allocatedBy) implements JourneyRecord {

    /** An allocation whose allocating manager is not known (history, imports, the demo). */
    public Allocation(UUID id, UUID personId, String professionalId, String professionalRoleId,
                      String professionalTeam, LocalDate involvementStartDate, LocalDate involvementEndDate,
                      String workerChangeReason) {
        this(id, personId, professionalId, professionalRoleId, professionalTeam, involvementStartDate,
                involvementEndDate, workerChangeReason, null);
    }

    public LocalDate startDate() { return involvementStartDate; }
    public LocalDate endDate() { return involvementEndDate; }
    public boolean openOn(LocalDate day) {
        return !day.isBefore(involvementStartDate) && (involvementEndDate == null || !day.isAfter(involvementEndDate));
    }

    /** The same allocation ended on {@code day}. */
    Allocation endedOn(LocalDate day) {
        return new Allocation(id, personId, professionalId, professionalRoleId, professionalTeam, involvementStartDate,
                day, workerChangeReason, allocatedBy);
    }

    public String summary() {
        return "Allocated " + org.hearth.allocation.StaffWords.role(professionalRoleId) + " " + professionalId
                + org.hearth.allocation.StaffWords.reason(workerChangeReason, involvementStartDate)
                + (allocatedBy == null ? "" : ", by " + allocatedBy);
    }
}
