package org.hearth.leaving;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareStage;
import org.hearth.care.LookedAfter;
import org.hearth.journey.ChildJourney;

/**
 * The one place that answers whether the young person is a care leaver now: they were looked after, are not now, and
 * are 16 or over and under 25 (a relevant child to 18, then former relevant: the personal adviser keeps in touch to
 * 25). It answers the leaving-care pages, the commands and the actions offered.
 */
public final class CareLeavers {
    public static final String RELEVANT = "RELEVANT";
    public static final String FORMER_RELEVANT = "FORMER_RELEVANT";

    private CareLeavers() {}

    /** The care leaver's status on {@code day}, if they are one then. */
    public record Status(String eligibility, LocalDate leftCare) {}

    public static Optional<Status> on(ChildJourney j, LocalDate day) {
        if (j.child().dob() == null || LookedAfter.openPeriod(j) != null && !LookedAfter.openPeriod(j)
                .periodStartDate().isAfter(day)) {
            return Optional.empty();
        }
        Integer age = j.child().ageOn(day);
        if (age == null || age < 16 || age >= 25) {
            return Optional.empty();
        }
        return j.all(CareStage.CARE_PERIODS).stream()
                .filter(p -> p.periodEndDate() != null && !p.periodEndDate().isAfter(day))
                .max(Comparator.comparing(CarePeriod::periodEndDate))
                .map(p -> new Status(age < 18 ? RELEVANT : FORMER_RELEVANT, p.periodEndDate()));
    }

    /** The latest contact recorded, if any. */
    public static Optional<CareLeaverContact> lastContact(ChildJourney j) {
        return j.all(LeavingCareStage.CARE_LEAVER_CONTACTS).stream()
                .filter(c -> c.careLeaverLatestContact() != null)
                .max(Comparator.comparing(CareLeaverContact::careLeaverLatestContact));
    }
}
