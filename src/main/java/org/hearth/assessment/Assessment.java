package org.hearth.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A child and family assessment. Factors are the DfE codes 1A–24A ("21" means no factors and stands alone);
 * help offered is recorded whatever the outcome. The authorisation date (set when the team manager approves) is
 * the date the DfE counts as the assessment's completion. The written parts (the child's needs and views,
 * parenting capacity, family and environment, analysis) are the practice record behind the coded answers.
 */
public record Assessment(UUID id, UUID personId, UUID referralId, LocalDate assessmentStartDate,
                         LocalDate assessmentChildSeen, LocalDate assessmentAuthDate, List<String> assessmentFactors,
                         Boolean assessmentOutcomeNfa, String assessmentHelpOffered, String assessmentChildViews,
                         String assessmentParenting, String assessmentFamily, String assessmentAnalysis)
        implements JourneyRecord {
    public Assessment {
        assessmentFactors = assessmentFactors == null ? List.of() : List.copyOf(assessmentFactors);
    }

    /** An assessment recorded without its written parts (a census import, generated demo data). */
    public Assessment(UUID id, UUID personId, UUID referralId, LocalDate assessmentStartDate,
                      LocalDate assessmentChildSeen, LocalDate assessmentAuthDate, List<String> assessmentFactors,
                      Boolean assessmentOutcomeNfa, String assessmentHelpOffered) {
        this(id, personId, referralId, assessmentStartDate, assessmentChildSeen, assessmentAuthDate, assessmentFactors,
                assessmentOutcomeNfa, assessmentHelpOffered, null, null, null, null);
    }

    /** The same assessment, authorised on {@code date}. */
    public Assessment authorisedOn(LocalDate date) {
        return new Assessment(id, personId, referralId, assessmentStartDate, assessmentChildSeen, date,
                assessmentFactors, assessmentOutcomeNfa, assessmentHelpOffered, assessmentChildViews,
                assessmentParenting, assessmentFamily, assessmentAnalysis);
    }

    public LocalDate startDate() { return assessmentStartDate; }
    public LocalDate endDate() { return assessmentAuthDate; }
    public String summary() {
        return assessmentAuthDate == null ? "Assessment started" : "Assessment authorised"
                + (assessmentFactors.isEmpty() ? "" : ", factors: " + String.join("; ", assessmentFactors.stream()
                .map(f -> org.hearth.codes.CodeLists.standard().words("FACTORS", f, assessmentAuthDate)).toList()));
    }
}
