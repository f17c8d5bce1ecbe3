package org.hearth.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.OrganisationOwned;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyRecord;

/**
 * An action agreed at a strategy discussion or on a child protection plan ({@code forId}; on a plan, perhaps towards
 * one of its outcomes): which agency does what, who owns it, by when, and how far it has got. An action for a partner
 * organisation ({@code organisationId}) reaches that organisation's practitioners, who mark it done: the day
 * ({@code doneDate}, which ends it) and their organisation's name ({@code doneBy}) are kept with it.
 *
 * @param status a code of {@link ChildProtection#ACTION_STATUSES}
 */
public record ProtectionAction(UUID id, UUID personId, UUID forId, UUID outcomeId, String agency,
                               String organisationId, String owner, String action, LocalDate setDate,
                               LocalDate dueDate, String status, String progress, LocalDate doneDate, String doneBy)
        implements JourneyRecord, OrganisationOwned {
    public ProtectionAction(UUID id, UUID personId, UUID forId, UUID outcomeId, String agency, String organisationId,
                            String owner, String action, LocalDate setDate, LocalDate dueDate, String status,
                            String progress) {
        this(id, personId, forId, outcomeId, agency, organisationId, owner, action, setDate, dueDate, status, progress,
                null, null);
    }

    public LocalDate startDate() { return setDate; }

    /** The day a partner marked it done (the chronology dates that line by it); null otherwise. */
    @Override
    public LocalDate endDate() { return doneDate; }

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

    /** "Example Valley Police: check the household's records done", when an organisation marked it done. */
    @Override
    public String summaryOfChange() {
        return "DONE".equals(status) && doneBy != null ? doneBy + ": " + action + " done" : null;
    }
}
