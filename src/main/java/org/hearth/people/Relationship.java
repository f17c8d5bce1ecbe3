package org.hearth.people;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A relationship between the child and another person: MOTHER, FATHER, STEP_PARENT, SIBLING, HALF_SIBLING,
 * GRANDPARENT, OTHER_RELATIVE, FRIEND, CARER, OTHER — a parent with or without parental responsibility.
 */
public record Relationship(UUID id, UUID personId, UUID relatedPersonId, String relationshipType,
                           Boolean parentalResponsibility, LocalDate startDate, LocalDate endDate)
        implements JourneyRecord {
    public String summary() {
        return "Relationship recorded: " + org.hearth.codes.CodeLists.standard().words("RELATIONSHIP", relationshipType, null).toLowerCase()
                + (Boolean.TRUE.equals(parentalResponsibility) ? " with parental responsibility" : "");
    }
}
