package org.hearth.leaving;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** An action in one area of a pathway plan: what is to be done, who owns it (the young person, the PA…), by when. */
public record PathwayPlanAction(UUID id, UUID personId, UUID planId, String area, LocalDate setDate, String actionText,
                                String owner, LocalDate dueDate) implements JourneyRecord {
    public LocalDate startDate() { return setDate; }
    public String summary() { return "Pathway plan action: " + actionText + " (" + owner + ")"; }
}
