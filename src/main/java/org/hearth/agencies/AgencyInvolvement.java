package org.hearth.agencies;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * An agency involved with the child (a school, a police force, a health service…): its practitioner and how to reach
 * them, the kind of involvement (code list INVOLVEMENT_KIND), since when, the last contact and whether its practitioner
 * is the child's lead practitioner (for family help, someone from any agency may lead).
 */
public record AgencyInvolvement(UUID id, UUID personId, String organisationId, String organisationName,
                                String involvementKind, String practitionerName, String practitionerRole, String phone,
                                String email, LocalDate startDate, LocalDate endDate, String endReason,
                                LocalDate lastContactDate, Boolean lead) implements JourneyRecord {
    public boolean leads() {
        return Boolean.TRUE.equals(lead);
    }

    public boolean openOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || endDate.isAfter(day));
    }

    AgencyInvolvement withLead(boolean leads) {
        return new AgencyInvolvement(id, personId, organisationId, organisationName, involvementKind, practitionerName,
                practitionerRole, phone, email, startDate, endDate, endReason, lastContactDate, leads);
    }

    public String summary() {
        String who = practitionerName == null ? "" : " (" + practitionerName + ")";
        if (endDate != null) {
            return organisationName + " no longer involved" + (endReason == null ? "" : ": " + endReason);
        }
        return organisationName + " involved" + who + (leads() ? ", lead practitioner" : "");
    }
}
