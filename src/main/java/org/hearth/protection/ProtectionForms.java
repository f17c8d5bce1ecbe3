package org.hearth.protection;

import static org.hearth.platform.web.FormAnswers.pastDate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.journey.JourneyCommand;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;

/**
 * The child protection forms, read into their commands: each asks its questions and reports every unanswered one at
 * once; the command then decides what is recorded (and the refusals it gives name the form's questions).
 */
final class ProtectionForms {
    private ProtectionForms() {}

    /** The command the answers make, or the answers' own errors (then no command). */
    record Read<C extends JourneyCommand>(C command, FormErrors errors) {}

    static Read<RecordStrategyDiscussion> strategy(Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        LocalDate date = pastDate(form, "discussionDate", "the date of the strategy discussion", today, errors, null);
        List<String> agencies = ChildProtection.AGENCIES.keySet().stream()
                .filter(a -> "yes".equals(form.get("agency-" + a))).toList();
        if (agencies.isEmpty()) {
            errors.add("agencies", RecordStrategyDiscussion.AGENCIES_MISSING, null);
        }
        String outcome = FormAnswers.choice(form, "outcome", ChildProtection.OUTCOMES,
                RecordStrategyDiscussion.OUTCOME_MISSING, errors);
        return new Read<>(errors.isEmpty() ? new RecordStrategyDiscussion(date, agencies, outcome) : null, errors);
    }

    static final Function<String, String> STRATEGY_QUESTIONS = question(Map.of("discussionDate", "discussionDate",
            "s47StartDate", "discussionDate", "agencies", "agencies", "outcome", "outcome"), "discussionDate");

    static Read<RecordS47Outcome> outcome(UUID enquiryId, Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        LocalDate end = pastDate(form, "s47EndDate", "the date the enquiry ended", today, errors, null);
        Boolean icpc = FormAnswers.yesNo(form, "icpcRequired");
        if (icpc == null) {
            errors.add("icpcRequired", RecordS47Outcome.CONFERENCE_MISSING, null);
        }
        return new Read<>(errors.isEmpty() ? new RecordS47Outcome(enquiryId, end, icpc) : null, errors);
    }

    static final Function<String, String> OUTCOME_QUESTIONS = question(Map.of("s47EndDate", "s47EndDate",
            "icpcRequired", "icpcRequired"), "s47EndDate");

    static Read<RecordInitialConference> conference(UUID enquiryId, Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        LocalDate date = pastDate(form, "icpcDate", "the date of the conference", today, errors, null);
        String decision = form.get("decision");
        if (!"plan".equals(decision) && !"no-plan".equals(decision)) {
            errors.add("decision", RecordInitialConference.DECISION_MISSING, null);
        }
        boolean plan = "plan".equals(decision);
        String category = FormAnswers.text(form, "category");
        if (plan && (category == null || !ChildProtection.CATEGORIES.containsKey(category))) {
            errors.add("category", RecordInitialConference.CATEGORY_MISSING, null);
        }
        return new Read<>(errors.isEmpty() ? new RecordInitialConference(enquiryId, date, plan, plan ? category : null)
                : null, errors);
    }

    static final Function<String, String> CONFERENCE_QUESTIONS = question(Map.of("icpcDate", "icpcDate",
            "cpPlanStartDate", "icpcDate", "cpPlanInitialCategory", "category", "cpPlanLatestCategory", "category",
            "icpcOutcomeCpFlag", "decision"), "icpcDate");

    /**
     * The review conference form: the plan continues ({@link ReviewCpPlan}, perhaps under a new category) or ends
     * ({@link EndCpPlan}, with why).
     */
    static Read<JourneyCommand> review(UUID planId, LocalDate dob, Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        LocalDate date = pastDate(form, "reviewDate", "the date of the review conference", today, errors, null);
        String outcome = form.get("outcome");
        if (!"continue".equals(outcome) && !"end".equals(outcome)) {
            errors.add("outcome", "Select whether the child protection plan continues or ends", null);
        }
        boolean ends = "end".equals(outcome);
        String reason = FormAnswers.text(form, "endReason");
        if (ends && (reason == null || !ChildProtection.END_REASONS.containsKey(reason))) {
            errors.add("endReason", CpReviewConference.REASON_MISSING, null);
        }
        String views = FormAnswers.text(form, "views");
        String viewsProblem = CpReviewConference.viewsProblem(dob, date, views);
        if (viewsProblem != null) {
            errors.add("views", viewsProblem, null);
        }
        String category = FormAnswers.text(form, "category");
        if (!errors.isEmpty()) {
            return new Read<>(null, errors);
        }
        return new Read<>(ends ? new EndCpPlan(planId, date, reason, views)
                : new ReviewCpPlan(planId, date, views, category), errors);
    }

    static final Function<String, String> REVIEW_QUESTIONS = question(Map.of("cpReviewDate", "reviewDate",
            "cpPlanEndDate", "reviewDate", "cpReviewOutcomeContinueCp", "outcome", "cpReviewPlanEndReason", "endReason",
            "cpReviewChildViews", "views", "cpPlanLatestCategory", "category"), "reviewDate");

    /** The question a record field is asked in; a problem with a field the form does not ask goes on the first. */
    private static Function<String, String> question(Map<String, String> questions, String first) {
        return field -> field == null ? null : questions.getOrDefault(field, first);
    }
}
