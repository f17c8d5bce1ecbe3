package org.hearth.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Violation;
import org.hearth.referral.ReferralRules;

/** Assessments and CIN plans follow their referral; factor "21" (no factors identified) stands alone. */
public final class AssessmentRules {
    /** The DfE assessment factor meaning "no factors identified". */
    public static final String NO_FACTORS = "21";

    private AssessmentRules() {}

    public static List<Violation> check(ChildJourney journey) {
        List<Violation> out = new ArrayList<>();
        for (Assessment a : journey.all(AssessmentStage.ASSESSMENTS)) {
            ReferralRules.notBeforeReferral(journey, AssessmentStage.ASSESSMENTS, a.id(), a.referralId(),
                    a.assessmentStartDate(), "assessmentStartDate", "1103", out);
            List<String> factors = a.assessmentFactors();
            if (factors.contains(NO_FACTORS) && factors.size() > 1) {
                out.add(new Violation("factor-21-alone", "8869", AssessmentStage.ASSESSMENTS.name(), a.id(), "assessmentFactors",
                        "Factor 21 (no factors identified) cannot be recorded with any other factor"));
            }
            Set<String> seen = new HashSet<>();
            for (String f : factors) {
                if (!seen.add(f)) {
                    out.add(new Violation("factor-once", "8898", AssessmentStage.ASSESSMENTS.name(), a.id(), "assessmentFactors",
                            "Factor " + f + " is recorded more than once"));
                }
            }
            if (a.assessmentAuthDate() != null && factors.isEmpty()) {
                out.add(new Violation("factors-on-authorisation", null, AssessmentStage.ASSESSMENTS.name(), a.id(),
                        "assessmentFactors", "An authorised assessment needs its factors (use 21 when there are none)"));
            }
        }
        for (CinPlan plan : journey.all(AssessmentStage.CIN_PLANS)) {
            ReferralRules.notBeforeReferral(journey, AssessmentStage.CIN_PLANS, plan.id(), plan.referralId(),
                    plan.cinPlanStartDate(), "cinPlanStartDate", "4015", out);
        }
        // DfE 2990: no CIN plan in an episode closed after assessment.
        ReferralRules.closedAfterAssessment(journey, AssessmentStage.CIN_PLANS, CinPlan::referralId, out);
        return out;
    }
}
