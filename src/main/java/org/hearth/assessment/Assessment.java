package org.hearth.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A child and family assessment. Factors are the DfE codes 1A–24A ("21" means no factors and stands alone);
 * help offered is recorded whatever the outcome.
 */
public record Assessment(UUID id, UUID personId, UUID referralId, LocalDate assessmentStartDate,
                         LocalDate assessmentChildSeen, LocalDate assessmentAuthDate, List<String> assessmentFactors,
                         Boolean assessmentOutcomeNfa, String assessmentHelpOffered) implements JourneyRecord {
    public Assessment {
        assessmentFactors = assessmentFactors == null ? List.of() : List.copyOf(assessmentFactors);
    }
    public LocalDate startDate() { return assessmentStartDate; }
    public LocalDate endDate() { return assessmentAuthDate; }
    public String summary() {
        return assessmentAuthDate == null ? "Assessment started" : "Assessment authorised"
                + (assessmentFactors.isEmpty() ? "" : ", factors " + String.join(" ", assessmentFactors));
    }
}
