package org.hearth.assessment;

import java.util.EnumSet;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.referral.Referral;
import org.hearth.referral.Referrals;

/**
 * A worker starts a child and family assessment under the open referral, with what they have written so far (at
 * least the day it started). Refused with no open child in need episode, or while another assessment is still being
 * written. It is never authorised here: only a team manager's approval authorises it ({@link AuthoriseAssessment}).
 */
public record StartAssessment(AssessmentAnswers answers) implements JourneyCommand {
    @Override
    public List<String> parts() {
        return List.of(AssessmentAnswers.KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Referral referral = Referrals.open(j).orElse(null);
        if (referral == null) {
            return Decision.refused(AssessmentAnswers.refusal(null, null, null,
                    "The child has no open child in need episode. Record a contact and referral first"));
        }
        Assessment writing = Assessments.inProgress(j).orElse(null);
        if (writing != null) {
            return Decision.refused(new Violation("assessment-in-progress", null, AssessmentAnswers.KIND, writing.id(),
                    null, "The assessment started on " + Dates.uk(writing.assessmentStartDate())
                    + " is not yet authorised. Carry on with it rather than starting another"));
        }
        AssessmentAnswers given = answers == null
                ? new AssessmentAnswers(null, null, null, null, null, null, null, null, null) : answers;
        Assessment started = given.writtenOver(new Assessment(null, j.child().id(), referral.id(), null, null, null,
                List.of(), null, null), EnumSet.allOf(AssessmentForm.Part.class));
        List<Violation> refusals = AssessmentAnswers.check(started, referral.referralDate(), context.today());
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(AssessmentStage.ASSESSMENTS, started));
    }
}
