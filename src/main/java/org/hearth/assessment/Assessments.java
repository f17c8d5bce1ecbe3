package org.hearth.assessment;

import java.util.Comparator;
import java.util.Optional;
import org.hearth.journey.ChildJourney;

/** The assessment stage's answers about a child's record, in one place. */
public final class Assessments {
    private Assessments() {}

    /** The assessment being written: the latest not yet authorised by a team manager. */
    public static Optional<Assessment> inProgress(ChildJourney j) {
        return j.all(AssessmentStage.ASSESSMENTS).stream().filter(a -> a.assessmentAuthDate() == null)
                .max(Comparator.comparing(Assessment::assessmentStartDate,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** The child's last authorised assessment. */
    public static Optional<Assessment> lastAuthorised(ChildJourney j) {
        return j.all(AssessmentStage.ASSESSMENTS).stream().filter(a -> a.assessmentAuthDate() != null)
                .max(Comparator.comparing(Assessment::assessmentAuthDate));
    }

    /** The child in need plan open now: the latest started and not ended. */
    public static Optional<CinPlan> openCinPlan(ChildJourney j) {
        return j.all(AssessmentStage.CIN_PLANS).stream().filter(p -> p.cinPlanEndDate() == null)
                .max(Comparator.comparing(CinPlan::cinPlanStartDate, Comparator.nullsFirst(Comparator.naturalOrder())));
    }
}
