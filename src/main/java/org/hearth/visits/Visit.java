package org.hearth.visits;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** A visit to the child; context CIN, CP or CLA says which statutory visit it counts towards. */
public record Visit(UUID id, UUID personId, LocalDate visitDate, String visitContext, Boolean visitSeen,
                    Boolean visitSeenAlone, Boolean visitBedroom, String visitNote) implements JourneyRecord {
    public LocalDate startDate() { return visitDate; }
    public String summary() {
        String plan = org.hearth.codes.CodeLists.standard().words("VISIT_CONTEXT", visitContext, visitDate);
        return "Visit (" + (plan == null ? "plan not recorded" : plan.substring(0, 1).toLowerCase() + plan.substring(1)) + ")" + (Boolean.TRUE.equals(visitSeenAlone) ? ": child seen alone"
                : Boolean.TRUE.equals(visitSeen) ? ": child seen" : ": child not seen");
    }
}
