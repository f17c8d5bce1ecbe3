package org.hearth.assessment;

import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.Violation;

/**
 * The worker sends the assessment to their team manager for authorisation. Sending changes nothing on the child's
 * record — it makes an approval request ({@code approval/Approvals.request}) — so this is the check before it: the
 * assessment exists, is not already authorised, and is complete, help offered included whatever the outcome.
 */
public record SubmitAssessment(UUID assessmentId) {
    /** Why it cannot be sent now; empty when it can. */
    public List<Violation> refusals(ChildJourney j) {
        Assessment a = assessmentId == null ? null : j.find(AssessmentStage.ASSESSMENTS, assessmentId).orElse(null);
        if (a == null) {
            return List.of(new Violation("assessment-not-found", null, AssessmentAnswers.KIND, assessmentId, null,
                    "There is no such assessment on this child's record"));
        }
        if (a.assessmentAuthDate() != null) {
            return List.of(new Violation("assessment-authorised", null, AssessmentAnswers.KIND, a.id(), null,
                    "This assessment was authorised on " + Dates.uk(a.assessmentAuthDate())));
        }
        return AssessmentAnswers.incomplete(a);
    }
}
