package org.hearth.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyRecord;

/**
 * An action agreed at a strategy discussion or on a child protection plan ({@code forId}; on a plan, perhaps towards
 * one of its outcomes): which agency does what, who owns it, by when, and how far it has got.
 *
 * @param status a code of {@link ChildProtection#ACTION_STATUSES}
 */
public record ProtectionAction(UUID id, UUID personId, UUID forId, UUID outcomeId, String agency,
                               String organisationId, String owner, String action, LocalDate setDate,
                               LocalDate dueDate, String status, String progress) implements JourneyRecord {
    public LocalDate startDate() { return setDate; }

    public boolean open() {
        return "NOT_STARTED".equals(status) || "IN_PROGRESS".equals(status);
    }

    public boolean overdueOn(LocalDate day) {
        return open() && dueDate != null && dueDate.isBefore(day);
    }

    public String summary() {
        return "Action for " + ChildProtection.AGENCIES.getOrDefault(agency, agency) + " (" + owner + "): " + action
                + ", due " + Dates.uk(dueDate) + " — " + ChildProtection.ACTION_STATUSES.getOrDefault(status, status)
                .toLowerCase(java.util.Locale.UK);
    }
}
