package org.hearth.carers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.care.CareRoles;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * Records that the delegated authority was reviewed on a day, at the looked-after review named (one of the child's,
 * or none). It needs delegated authority to review.
 */
public record ReviewDelegatedAuthority(LocalDate date, UUID careReviewId) implements JourneyCommand {
    static final String KIND = CarersStage.DELEGATED_AUTHORITY_REVIEWS.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (!CareRoles.changesCare(context.actor().role()) && !CareRoles.reviews(context.actor().role())) {
            return Decision.refused(refusal("delegated-authority-review-role", null,
                    "Only the child's IRO, social worker or their team manager records that it was reviewed"));
        }
        if (j.all(CarersStage.DELEGATED_AUTHORITY).isEmpty()) {
            return Decision.refused(refusal("delegated-authority-review-none", null,
                    "There is no delegated authority to review yet: agree it first"));
        }
        if (date == null) {
            return Decision.refused(refusal("delegated-authority-review-date", "reviewedOn", "Enter the date of the review"));
        }
        if (date.isAfter(context.today())) {
            return Decision.refused(refusal("not-in-future", "reviewedOn", "The review date must be today or in the past"));
        }
        if (careReviewId != null && j.find(org.hearth.care.CareStage.CARE_REVIEWS, careReviewId).isEmpty()) {
            return Decision.refused(refusal("delegated-authority-review-of", "careReviewId",
                    "Choose one of this child's looked-after reviews"));
        }
        return Decision.of(JourneyChange.of(CarersStage.DELEGATED_AUTHORITY_REVIEWS, new DelegatedAuthorityReview(null,
                j.child().id(), date, careReviewId, context.actor().username())));
    }

    static Violation refusal(String rule, String field, String message) {
        return new Violation(rule, null, KIND, null, field, message);
    }
}
