package org.hearth.assessment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.referral.Referral;
import org.hearth.referral.ReferralStage;

/**
 * The worker saves parts of the assessment being written (as they type, or all at once before sending it). Only the
 * named parts change; what is still to write is not refused here but when it is sent. An authorised assessment is no
 * longer written, and the authorisation is never an answer.
 */
public record SaveAssessmentParts(UUID assessmentId, Set<AssessmentForm.Part> saved, AssessmentAnswers answers)
        implements JourneyCommand {
    public SaveAssessmentParts {
        saved = saved == null || saved.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(saved));
    }

    @Override
    public List<String> parts() {
        return List.of(AssessmentAnswers.KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Assessment a = assessmentId == null ? null : j.find(AssessmentStage.ASSESSMENTS, assessmentId).orElse(null);
        if (a == null) {
            return Decision.refused(new Violation("assessment-not-found", null, AssessmentAnswers.KIND, assessmentId,
                    null, "There is no such assessment on this child's record"));
        }
        if (a.assessmentAuthDate() != null) {
            return Decision.refused(new Violation("assessment-authorised", null, AssessmentAnswers.KIND, a.id(), null,
                    "This assessment was authorised on " + Dates.uk(a.assessmentAuthDate())
                            + " and can no longer be changed"));
        }
        if (saved.isEmpty() || answers == null) {
            return Decision.refused(new Violation("assessment-nothing-saved", null, AssessmentAnswers.KIND, a.id(), null,
                    "Say which part of the assessment you are saving"));
        }
        Assessment written = answers.writtenOver(a, saved);
        java.time.LocalDate referralDate = a.referralId() == null ? null
                : j.find(ReferralStage.REFERRALS, a.referralId()).map(Referral::referralDate).orElse(null);
        List<Violation> refusals = AssessmentAnswers.check(written, referralDate, context.today());
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(AssessmentStage.ASSESSMENTS, written));
    }
}
