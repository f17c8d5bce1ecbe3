package org.hearth.visits;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A visit to the child; context CIN, CP or CLA says which statutory visit it counts towards. When the child was not
 * seen, why not (asleep, out, refused, not let in) is kept with the visit.
 */
public record Visit(UUID id, UUID personId, LocalDate visitDate, String visitContext, Boolean visitSeen,
                    Boolean visitSeenAlone, Boolean visitBedroom, String visitNote, String visitNotSeenReason)
        implements JourneyRecord {
    /** A visit as recorded before the reason a child was not seen was asked for. */
    public Visit(UUID id, UUID personId, LocalDate visitDate, String visitContext, Boolean visitSeen,
                 Boolean visitSeenAlone, Boolean visitBedroom, String visitNote) {
        this(id, personId, visitDate, visitContext, visitSeen, visitSeenAlone, visitBedroom, visitNote, null);
    }

    public LocalDate startDate() { return visitDate; }
    public String summary() {
        String plan = org.hearth.codes.CodeLists.standard().words("VISIT_CONTEXT", visitContext, visitDate);
        return "Visit (" + (plan == null ? "plan not recorded" : plan.substring(0, 1).toLowerCase() + plan.substring(1)) + ")" + (Boolean.TRUE.equals(visitSeenAlone) ? ": child seen alone"
                : Boolean.TRUE.equals(visitSeen) ? ": child seen" : ": child not seen");
    }
}
