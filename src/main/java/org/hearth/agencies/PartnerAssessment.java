package org.hearth.agencies;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyRecord;

/**
 * Another agency's assessment (a school's early help assessment) accepted as the basis of the child's family help, so
 * the family is not assessed again: which organisation, what kind (code list PARTNER_ASSESSMENT), of when, its summary,
 * and the family help episode it is the basis of.
 */
public record PartnerAssessment(UUID id, UUID personId, String organisationId, String organisationName,
                                String assessmentKind, LocalDate assessmentDate, String summary, UUID earlyHelpId,
                                LocalDate acceptedDate, String acceptedBy) implements JourneyRecord {
    public LocalDate startDate() {
        return acceptedDate;
    }

    /** "Help based on Hillside Academy's early help assessment of 3 March 2026". */
    public String basis() {
        String kind = org.hearth.journey.CodeRules.list("PARTNER_ASSESSMENT", acceptedDate).label(assessmentKind)
                .orElse("assessment").toLowerCase(java.util.Locale.UK);
        return "Help based on " + organisationName + "'s " + kind + " of " + Dates.uk(assessmentDate);
    }

    public String summary() {
        return basis();
    }
}
