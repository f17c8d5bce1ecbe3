package org.hearth.care;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CodeRules;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The looked-after review, as the child's IRO (who chairs it) records it: the date, how the child took part (the
 * DfE's PN0–PN7), the child's views in their own words and what the review decided. Refused to anyone but an IRO,
 * for a child never looked after, for a day in the future, for a participation code not on that day's list or not
 * fitting the child's age (DfE 440, 441), and without the views (unless they were not conveyed) or the decisions.
 * That the review falls while the child is looked after is a rule of the record ({@link CareRules}).
 */
public record RecordCareReview(LocalDate date, String participation, String childViews, String decisions)
        implements JourneyCommand {
    static final int MAX_TEXT = 10_000;
    /** Participation codes that say the child's views were not conveyed (or the child is under 4). */
    static final Set<String> NO_VIEWS = Set.of("PN0", "PN7");
    private static final String KIND = CareStage.CARE_REVIEWS.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    /** Why no looked-after review can be recorded for this child now, or null when one can. */
    public static String whyNot(ChildJourney j) {
        return j.all(CareStage.CARE_PERIODS).isEmpty()
                ? "The child has never been looked after, so there is no looked-after review to record" : null;
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (!CareRoles.reviews(context.actor().role())) {
            return Decision.refused(new Violation("care-review-by-iro", null, KIND, null, null,
                    "Only the child's IRO, who chairs the review, can record the looked-after review"));
        }
        String whyNot = whyNot(j);
        if (whyNot != null) {
            return Decision.refused(new Violation("care-review-looked-after", null, KIND, null, null, whyNot));
        }
        List<Violation> refusals = new ArrayList<>();
        if (date == null) {
            refusals.add(new Violation("care-review-date", "166", KIND, null, "claReviewDate",
                    "Enter the date of the review"));
        } else if (date.isAfter(context.today())) {
            refusals.add(new Violation("not-in-future", null, KIND, null, "claReviewDate",
                    "The date of the review must be today or in the past"));
        }
        LocalDate listDate = date == null || date.isAfter(context.today()) ? context.today() : date;
        String code = NewPlacement.strip(participation);
        if (code == null) {
            refusals.add(new Violation("care-review-participation", "167", KIND, null, "claReviewParticipation",
                    "Select how the child took part in the review"));
        } else if (!CodeRules.list("PARTICIPATION", listDate).contains(code)) {
            refusals.add(new Violation("care-review-participation", "167", KIND, null, "claReviewParticipation",
                    "Select how the child took part from the codes used on " + Dates.uk(listDate)));
            code = null;
        } else if (date != null && j.child().dob() != null) {
            int age = Period.between(j.child().dob(), date).getYears();
            if ("PN0".equals(code) && age >= 4) {
                refusals.add(new Violation("care-review-participation-age", "440", KIND, null,
                        "claReviewParticipation", "PN0 is for a child under 4; the child was " + age + " on "
                        + Dates.uk(date) + ". Select how they took part"));
            } else if (!"PN0".equals(code) && age < 4) {
                refusals.add(new Violation("care-review-participation-age", "441", KIND, null,
                        "claReviewParticipation", "The child was under 4 on " + Dates.uk(date)
                        + ", so their participation is PN0"));
            }
        }
        String views = NewPlacement.strip(childViews);
        String decided = NewPlacement.strip(decisions);
        if (views == null && (code == null || !NO_VIEWS.contains(code))) {
            refusals.add(new Violation("care-review-views", null, KIND, null, "claReviewChildViews",
                    "Enter the child's views in their own words, or select PN7 if their views were not conveyed"));
        }
        if (decided == null) {
            refusals.add(new Violation("care-review-decisions", null, KIND, null, "claReviewDecisions",
                    "Enter what the review decided"));
        }
        tooLong(views, "claReviewChildViews", "The child's views", refusals);
        tooLong(decided, "claReviewDecisions", "The decisions", refusals);
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(CareStage.CARE_REVIEWS,
                new CareReview(null, j.child().id(), date, code, false, views, decided)));
    }

    private static void tooLong(String text, String field, String what, List<Violation> refusals) {
        if (text != null && text.length() > MAX_TEXT) {
            refusals.add(new Violation("text-length", null, KIND, null, field,
                    what + " must be " + String.format("%,d", MAX_TEXT) + " characters or fewer"));
        }
    }
}
