package org.hearth.protection;

import static org.hearth.platform.web.FormAnswers.pastDate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.platform.web.DateAnswer;
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

    /** How many participants and actions a meeting form offers rows for. */
    static final int PARTICIPANT_ROWS = 8;
    static final int ACTION_ROWS = 4;

    static Read<RecordStrategyDiscussion> strategy(Map<String, String> form, LocalDate today, PartnerOrganisations orgs) {
        FormErrors errors = new FormErrors();
        LocalDate date = pastDate(form, "discussionDate", "the date of the strategy discussion", today, errors, null);
        List<Participant> participants = participants(form, orgs, false);
        if (participants.isEmpty()) {
            errors.add("participant-1-organisation", RecordStrategyDiscussion.PARTICIPANTS_MISSING, null);
        }
        List<AgreedAction> actions = actions(form, orgs, errors);
        String outcome = FormAnswers.choice(form, "outcome", ChildProtection.OUTCOMES,
                RecordStrategyDiscussion.OUTCOME_MISSING, errors);
        return new Read<>(errors.isEmpty() ? new RecordStrategyDiscussion(date, participants, outcome,
                FormAnswers.text(form, "minutes"), FormAnswers.text(form, "absenceReason"), actions) : null, errors);
    }

    static final Function<String, String> STRATEGY_QUESTIONS = rows(question(Map.of("discussionDate", "discussionDate",
            "s47StartDate", "discussionDate", "participants", "participant-1-organisation", "outcome", "outcome",
            "minutes", "minutes", "absenceReason", "absenceReason"), "discussionDate"));

    /** The participant rows the user filled in (any answer in a row counts), in order. */
    static List<Participant> participants(Map<String, String> form, PartnerOrganisations orgs, boolean apologiesAsked) {
        List<Participant> out = new java.util.ArrayList<>();
        for (int i = 1; i <= PARTICIPANT_ROWS; i++) {
            String at = "participant-" + i + "-";
            String org = FormAnswers.text(form, at + "organisation");
            String name = FormAnswers.text(form, at + "name");
            String role = FormAnswers.text(form, at + "role");
            if (org == null && name == null && role == null) {
                continue;
            }
            boolean attended = !(apologiesAsked && "yes".equals(form.get(at + "apologies")));
            out.add(orgs.participant(org, null, name, role, attended));
        }
        return out;
    }

    /**
     * The action rows the user filled in, in order; a due date that is not a date is the form's own error (a row
     * counts as soon as any of its answers is given).
     */
    static List<AgreedAction> actions(Map<String, String> form, PartnerOrganisations orgs, FormErrors errors) {
        List<AgreedAction> out = new java.util.ArrayList<>();
        for (int i = 1; i <= ACTION_ROWS; i++) {
            String at = "action-" + i + "-";
            String org = FormAnswers.text(form, at + "organisation");
            String owner = FormAnswers.text(form, at + "owner");
            String action = FormAnswers.text(form, at + "action");
            boolean dateGiven = FormAnswers.text(form, at + "dueDate-day") != null
                    || FormAnswers.text(form, at + "dueDate-month") != null
                    || FormAnswers.text(form, at + "dueDate-year") != null;
            if (org == null && owner == null && action == null && !dateGiven) {
                continue;
            }
            LocalDate due = DateAnswer.read(form, at + "dueDate").orElse(null);
            if (dateGiven && due == null) {
                errors.add(at + "dueDate", "Action " + i + ": enter the due date as a real date, for example 27 3 2026",
                        null);
            }
            out.add(orgs.action(org, null, owner, action, due));
        }
        return out;
    }

    /** Refusals about a row's answer ("participant-2-name", "action-1-dueDate") go on that answer. */
    static Function<String, String> rows(Function<String, String> questions) {
        return field -> field != null && (field.startsWith("participant-") || field.startsWith("action-")) ? field
                : questions.apply(field);
    }

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

    static Read<RecordInitialConference> conference(UUID enquiryId, Map<String, String> form, LocalDate today,
                                                    PartnerOrganisations orgs) {
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
        List<Participant> participants = participants(form, orgs, true);
        return new Read<>(errors.isEmpty() ? new RecordInitialConference(enquiryId, date, plan, plan ? category : null,
                participants, FormAnswers.text(form, "recommendations")) : null, errors);
    }

    static final Function<String, String> CONFERENCE_QUESTIONS = rows(question(Map.of("icpcDate", "icpcDate",
            "cpPlanStartDate", "icpcDate", "cpPlanInitialCategory", "category", "cpPlanLatestCategory", "category",
            "icpcOutcomeCpFlag", "decision", "recommendations", "recommendations"), "icpcDate"));

    /**
     * The review conference form: the plan continues ({@link ReviewCpPlan}, perhaps under a new category) or ends
     * ({@link EndCpPlan}, with why).
     */
    static Read<JourneyCommand> review(UUID planId, LocalDate dob, Map<String, String> form, LocalDate today,
                                       PartnerOrganisations orgs) {
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
        List<Participant> participants = participants(form, orgs, true);
        String recommendations = FormAnswers.text(form, "recommendations");
        return new Read<>(ends ? new EndCpPlan(planId, date, reason, views, participants, recommendations)
                : new ReviewCpPlan(planId, date, views, category, participants, recommendations), errors);
    }

    static final Function<String, String> REVIEW_QUESTIONS = rows(question(Map.of("cpReviewDate", "reviewDate",
            "cpPlanEndDate", "reviewDate", "cpReviewOutcomeContinueCp", "outcome", "cpReviewPlanEndReason", "endReason",
            "cpReviewChildViews", "views", "cpPlanLatestCategory", "category", "recommendations", "recommendations"),
            "reviewDate"));

    /** An outcome of the plan with its actions. */
    static Read<AddCpPlanOutcome> planOutcome(UUID planId, Map<String, String> form, LocalDate today,
                                              PartnerOrganisations orgs) {
        FormErrors errors = new FormErrors();
        LocalDate date = pastDate(form, "date", "the date the outcome was agreed", today, errors, null);
        String outcome = FormAnswers.text(form, "outcome");
        if (outcome == null) {
            errors.add("outcome", AddCpPlanOutcome.OUTCOME_MISSING, null);
        }
        List<AgreedAction> actions = actions(form, orgs, errors);
        if (actions.isEmpty()) {
            errors.add("action-1-action", AddCpPlanOutcome.ACTIONS_MISSING, null);
        }
        return new Read<>(errors.isEmpty() ? new AddCpPlanOutcome(planId, date, outcome, actions) : null, errors);
    }

    static final Function<String, String> OUTCOME_PLAN_QUESTIONS = rows(question(Map.of("date", "date",
            "outcome", "outcome", "cpPlanId", "date"), "date"));

    /**
     * A core group: when, who came, the progress in words and each of the plan's open actions' status and progress
     * (an action whose answers are unchanged is left as it is).
     */
    static Read<RecordCoreGroup> coreGroup(UUID planId, List<ProtectionAction> planActions, Map<String, String> form,
                                           LocalDate today, PartnerOrganisations orgs) {
        FormErrors errors = new FormErrors();
        LocalDate date = pastDate(form, "meetingDate", "the date of the core group", today, errors, null);
        List<Participant> participants = participants(form, orgs, true);
        if (participants.isEmpty()) {
            errors.add("participant-1-organisation", RecordCoreGroup.PARTICIPANTS_MISSING, null);
        }
        List<RecordCoreGroup.ActionUpdate> updates = new java.util.ArrayList<>();
        for (ProtectionAction a : planActions) {
            String status = FormAnswers.text(form, "action-" + a.id() + "-status");
            String progress = FormAnswers.text(form, "action-" + a.id() + "-progress");
            if (status == null && progress == null) {
                continue;
            }
            updates.add(new RecordCoreGroup.ActionUpdate(a.id(), status == null ? a.status() : status, progress));
        }
        return new Read<>(errors.isEmpty() ? new RecordCoreGroup(planId, date, participants,
                FormAnswers.text(form, "progress"), updates) : null, errors);
    }

    static final Function<String, String> CORE_GROUP_QUESTIONS = rows(question(Map.of("meetingDate", "meetingDate",
            "progress", "progress", "cpPlanId", "meetingDate", "actionId", "meetingDate"), "meetingDate"));

    /** The question a record field is asked in; a problem with a field the form does not ask goes on the first. */
    private static Function<String, String> question(Map<String, String> questions, String first) {
        return field -> field == null ? null : questions.getOrDefault(field, first);
    }
}
