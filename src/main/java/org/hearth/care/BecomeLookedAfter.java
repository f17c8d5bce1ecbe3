package org.hearth.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.journey.child.Person;

/**
 * The child becomes looked after on {@code date}: a period of care (with the category of need), a legal status and a
 * placement start together, so no day of care is without either. Refused for a child who cannot be looked after (not
 * yet born, or 18 or over on the day), for a day in the future, and while the child is already looked after (a move
 * or a new legal status is a change within care).
 */
public record BecomeLookedAfter(LocalDate date, String legalStatus, String categoryOfNeed, NewPlacement placement)
        implements JourneyCommand {
    /** A child is looked after only until their 18th birthday (Children Act 1989 s.105). */
    public static final int ADULT_AGE = 18;
    private static final String KIND = CareStage.CARE_PERIODS.name();

    @Override
    public List<String> parts() {
        return List.of(CareStage.CARE_PERIODS.name(), CareStage.LEGAL_STATUSES.name(), CareStage.PLACEMENTS.name());
    }

    /** Why this child could not become looked after on {@code day} whatever the answers, or null when they could. */
    public static String whyNot(ChildJourney j, LocalDate day) {
        Person child = j.child();
        if (child.unborn()) {
            return "An unborn child cannot become looked after. Record it once the child is born";
        }
        Integer age = child.ageOn(day);
        if (age != null && age >= ADULT_AGE) {
            return "Only a child under " + ADULT_AGE + " can become looked after; the child was " + age + " on "
                    + Dates.uk(day);
        }
        CarePeriod on = LookedAfter.periodOn(j, day);
        if (on != null) {
            return "The child is already looked after on " + Dates.uk(day)
                    + ". Record a change of placement or legal status instead";
        }
        CarePeriod open = LookedAfter.openPeriod(j);
        if (open != null) {
            return "The child has been looked after since " + Dates.uk(open.periodStartDate())
                    + ". Record a change of placement or legal status instead";
        }
        return null;
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        List<Violation> refusals = new ArrayList<>();
        Violation role = CareRoles.casework(context, KIND, "a child becoming looked after");
        if (role != null) {
            return Decision.refused(role);
        }
        if (date == null) {
            refusals.add(new Violation("care-start-date", "141", KIND, null, "periodStartDate",
                    "Enter the date the child became looked after"));
        } else if (date.isAfter(context.today())) {
            refusals.add(new Violation("not-in-future", null, KIND, null, "periodStartDate",
                    "The date the child became looked after must be today or in the past"));
        } else {
            String whyNot = whyNot(j, date);
            if (whyNot != null) {
                refusals.add(new Violation("care-start-eligible", null, KIND, null, "periodStartDate", whyNot));
            }
        }
        if (NewPlacement.blank(legalStatus)) {
            refusals.add(new Violation("legal-status-required", "144", CareStage.LEGAL_STATUSES.name(), null,
                    "legalStatus", "Select the child's legal status"));
        }
        if (NewPlacement.blank(categoryOfNeed)) {
            refusals.add(new Violation("care-category-of-need", "145", KIND, null, "cinCode",
                    "Select the category of need"));
        }
        Placement next = (placement == null ? new NewPlacement(null, null, null, null) : placement)
                .starting(j.child().id(), date, null, refusals);
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        // Whether the codes are on the year's lists is the journey's code rule, checked on the changed records.
        return Decision.of(
                JourneyChange.of(CareStage.CARE_PERIODS, new CarePeriod(null, j.child().id(), date, null, null,
                        categoryOfNeed.strip())),
                JourneyChange.of(CareStage.LEGAL_STATUSES, new LegalStatus(null, j.child().id(), legalStatus.strip(),
                        date, null)),
                JourneyChange.of(CareStage.PLACEMENTS, next));
    }
}
