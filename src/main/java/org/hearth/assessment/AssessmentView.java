package org.hearth.assessment;

import java.time.LocalDate;
import java.util.List;
import org.hearth.codes.CodeList;
import org.hearth.journey.ChildJourney;
import org.hearth.referral.Referral;
import org.hearth.referral.ReferralStage;

/** An assessment as a page shows it: factors in words, the outcome and the written parts. */
public record AssessmentView(Assessment assessment, LocalDate referralDate, List<String> factors, String outcome) {
    public static AssessmentView of(Assessment a, ChildJourney j) {
        CodeList list = AssessmentForm.factorList(a.assessmentStartDate());
        LocalDate referral = j.find(ReferralStage.REFERRALS, a.referralId()).map(Referral::referralDate).orElse(null);
        return new AssessmentView(a, referral,
                a.assessmentFactors().stream().map(c -> list.label(c).orElse("Unknown factor") + " (" + c + ")").toList(),
                a.assessmentOutcomeNfa() == null ? "Not recorded"
                        : a.assessmentOutcomeNfa() ? "No further action" : "Further help or services (not closed)");
    }
}
