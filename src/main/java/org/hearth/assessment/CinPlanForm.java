package org.hearth.assessment;

import static org.hearth.platform.web.FormAnswers.pastDate;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.journey.Dates;
import org.hearth.platform.web.FormErrors;

/**
 * The forms that start and end a child in need plan, read into {@link StartCinPlan} and {@link EndCinPlan}. A plan
 * belongs to the open referral (never asked); the command refuses what cannot be (no open episode, a plan already
 * open, a child protection plan open), and the form shows why.
 */
public final class CinPlanForm {
    private CinPlanForm() {}

    public record Read<C>(C command, FormErrors errors) {}

    /** Every record field these forms ask about is a date: a refusal goes to the date question. */
    public static String question(String recordField) {
        return recordField == null ? null : "date";
    }

    public static Read<StartCinPlan> start(Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        LocalDate date = pastDate(form, "date", "the date the plan started", today, errors, "4010");
        return new Read<>(errors.isEmpty() ? new StartCinPlan(date) : null, errors);
    }

    public static Read<EndCinPlan> end(CinPlan plan, Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        if (plan.cinPlanEndDate() != null) {
            errors.add(null, "This child in need plan ended on " + Dates.uk(plan.cinPlanEndDate()), null);
            return new Read<>(null, errors);
        }
        LocalDate date = pastDate(form, "date", "the date the plan ended", today, errors, null);
        if (date != null && date.isBefore(plan.cinPlanStartDate())) {
            errors.add("date", "The plan cannot end before it started on " + Dates.uk(plan.cinPlanStartDate()), "4011");
        }
        return new Read<>(errors.isEmpty() ? new EndCinPlan(plan.id(), date) : null, errors);
    }
}
