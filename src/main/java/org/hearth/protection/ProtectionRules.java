package org.hearth.protection;

import static org.hearth.journey.Dates.uk;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.hearth.assessment.CinPlan;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.Violation;
import org.hearth.referral.ReferralRules;
import org.hearth.assessment.AssessmentStage;

/**
 * Child protection: a CP plan starts on the day of an initial conference that decided on one; a CIN plan does not
 * run alongside a CP plan; the s47 precedes its conference; nothing starts before its referral.
 */
public final class ProtectionRules {
    private ProtectionRules() {}

    public static List<Violation> check(ChildJourney journey) {
        List<Violation> out = new ArrayList<>();
        List<InitialConference> icpcs = journey.all(ProtectionStage.INITIAL_CONFERENCES);
        for (CpPlan plan : journey.all(ProtectionStage.CP_PLANS)) {
            boolean conferenceThatDay = icpcs.stream()
                    .anyMatch(c -> plan.cpPlanStartDate() != null && plan.cpPlanStartDate().equals(c.icpcDate())
                            && c.planDecided());
            if (plan.cpPlanStartDate() != null && !conferenceThatDay) {
                out.add(new Violation("cp-plan-starts-at-icpc", "2885", ProtectionStage.CP_PLANS.name(), plan.id(),
                        "cpPlanStartDate", "A child protection plan can only start on the day of an initial child "
                        + "protection conference that decided on one; none is recorded on " + uk(plan.cpPlanStartDate())));
            }
            if (plan.cpPlanInitialCategory() == null || plan.cpPlanInitialCategory().isBlank()) {
                out.add(new Violation("cp-plan-category", null, ProtectionStage.CP_PLANS.name(), plan.id(),
                        "cpPlanInitialCategory", "Give the initial category of abuse for the child protection plan"));
            }
            ReferralRules.notBeforeReferral(journey, ProtectionStage.CP_PLANS, plan.id(), plan.referralId(),
                    plan.cpPlanStartDate(), "cpPlanStartDate", "1105", out);
            for (CinPlan cin : journey.all(AssessmentStage.CIN_PLANS)) {
                if (cin.cinPlanStartDate() != null && plan.cpPlanStartDate() != null
                        && Dates.overlap(cin.cinPlanStartDate(), cin.cinPlanEndDate(), plan.cpPlanStartDate(), plan.cpPlanEndDate())) {
                    out.add(new Violation("cin-plan-not-with-cp-plan", "4001", AssessmentStage.CIN_PLANS.name(), cin.id(),
                            "cinPlanStartDate", "A child in need plan cannot run at the same time as a child protection "
                            + "plan (CP plan from " + uk(plan.cpPlanStartDate()) + "); end the CIN plan first"));
                }
            }
        }
        for (CpReview review : journey.all(ProtectionStage.CP_REVIEWS)) {
            CpPlan plan = review.cpPlanId() == null ? null : journey.find(ProtectionStage.CP_PLANS, review.cpPlanId()).orElse(null);
            if (plan == null) {
                out.add(new Violation("cp-review-needs-plan", null, ProtectionStage.CP_REVIEWS.name(), review.id(), "cpPlanId",
                        "A child protection review must belong to one of the child's child protection plans"));
            } else if (review.cpReviewDate() == null || plan.cpPlanStartDate() == null) {
                continue; // reported by start-date-required
            } else if (!review.cpReviewDate().isAfter(plan.cpPlanStartDate())) {
                out.add(new Violation("cp-review-after-plan-start", "8841", ProtectionStage.CP_REVIEWS.name(), review.id(),
                        "cpReviewDate", "The review date " + uk(review.cpReviewDate())
                        + " must be after the child protection plan started on " + uk(plan.cpPlanStartDate())));
            } else if (plan.cpPlanEndDate() != null && review.cpReviewDate().isAfter(plan.cpPlanEndDate())) {
                out.add(new Violation("cp-review-within-plan", null, ProtectionStage.CP_REVIEWS.name(), review.id(),
                        "cpReviewDate", "The review date " + uk(review.cpReviewDate())
                        + " is after the child protection plan ended on " + uk(plan.cpPlanEndDate())));
            }
        }
        for (InitialConference icpc : icpcs) {
            DayOfWeek day = icpc.icpcDate() == null ? null : icpc.icpcDate().getDayOfWeek();
            if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                out.add(new Violation("icpc-not-weekend", "8875", ProtectionStage.INITIAL_CONFERENCES.name(), icpc.id(),
                        "icpcDate", "An initial child protection conference cannot be held at a weekend ("
                        + uk(icpc.icpcDate()) + ")"));
            }
            ReferralRules.notBeforeReferral(journey, ProtectionStage.INITIAL_CONFERENCES, icpc.id(), icpc.referralId(),
                    icpc.icpcDate(), "icpcDate", "1104", out);
            if (icpc.s47EnquiryId() != null) {
                journey.find(ProtectionStage.S47_ENQUIRIES, icpc.s47EnquiryId()).ifPresentOrElse(s47 -> {
                    if (s47.s47StartDate() != null && icpc.icpcDate() != null
                            && s47.s47StartDate().isAfter(icpc.icpcDate())) {
                        out.add(new Violation("s47-before-icpc", "8615", ProtectionStage.INITIAL_CONFERENCES.name(), icpc.id(),
                                "icpcDate", "The conference on " + uk(icpc.icpcDate())
                                + " is before the section 47 enquiry started on " + uk(s47.s47StartDate())));
                    }
                }, () -> out.add(new Violation("icpc-needs-s47", null, ProtectionStage.INITIAL_CONFERENCES.name(), icpc.id(),
                        "s47EnquiryId", "The conference refers to a section 47 enquiry that is not on this child's record")));
            }
        }
        for (S47Enquiry s47 : journey.all(ProtectionStage.S47_ENQUIRIES)) {
            ReferralRules.notBeforeReferral(journey, ProtectionStage.S47_ENQUIRIES, s47.id(), s47.referralId(),
                    s47.s47StartDate(), "s47StartDate", "2889", out);
            if (s47.strategyDiscussionId() != null) {
                journey.find(ProtectionStage.STRATEGY_DISCUSSIONS, s47.strategyDiscussionId()).ifPresentOrElse(sd -> {
                    if (sd.discussionDate() != null && s47.s47StartDate() != null
                            && sd.discussionDate().isAfter(s47.s47StartDate())) {
                        out.add(new Violation("strategy-before-s47", null, ProtectionStage.S47_ENQUIRIES.name(), s47.id(),
                                "s47StartDate", "The section 47 enquiry starts on " + uk(s47.s47StartDate())
                                + ", before the strategy discussion on " + uk(sd.discussionDate()) + " that started it"));
                    }
                }, () -> out.add(new Violation("s47-needs-strategy", null, ProtectionStage.S47_ENQUIRIES.name(), s47.id(),
                        "strategyDiscussionId", "The enquiry refers to a strategy discussion that is not on this child's record")));
            }
        }
        meetingsAndActions(journey, out);
        // DfE 2990: no enquiry, conference or plan in an episode closed after assessment; 8565: no closure while a
        // plan is open.
        ReferralRules.closedAfterAssessment(journey, ProtectionStage.S47_ENQUIRIES, S47Enquiry::referralId, out);
        ReferralRules.closedAfterAssessment(journey, ProtectionStage.INITIAL_CONFERENCES, InitialConference::referralId,
                out);
        ReferralRules.closedAfterAssessment(journey, ProtectionStage.CP_PLANS, CpPlan::referralId, out);
        ReferralRules.closedWhileOpen(journey, ProtectionStage.CP_PLANS, "closure-with-cp-plan-open", "8565",
                p -> "the child protection plan from " + org.hearth.journey.Dates.uk(p.cpPlanStartDate())
                        + " is open; end the plan first", out);
        return out;
    }

    /**
     * Core groups, outcomes, actions and participants belong to what is on the record: a core group and an outcome to
     * one of the child's plans, on or after the initial conference that made it (while it ran); an action to a
     * strategy discussion or plan, due on or after it was set; a participant to a meeting of the kind it names.
     */
    static void meetingsAndActions(ChildJourney journey, List<Violation> out) {
        for (CoreGroup group : journey.all(ProtectionStage.CORE_GROUPS)) {
            CpPlan plan = group.cpPlanId() == null ? null : journey.find(ProtectionStage.CP_PLANS, group.cpPlanId()).orElse(null);
            if (plan == null) {
                out.add(new Violation("core-group-needs-plan", null, ProtectionStage.CORE_GROUPS.name(), group.id(),
                        "cpPlanId", "A core group must belong to one of the child's child protection plans"));
            } else if (group.meetingDate() != null && plan.cpPlanStartDate() != null
                    && (group.meetingDate().isBefore(plan.cpPlanStartDate())
                    || plan.cpPlanEndDate() != null && group.meetingDate().isAfter(plan.cpPlanEndDate()))) {
                out.add(new Violation("core-group-within-plan", null, ProtectionStage.CORE_GROUPS.name(), group.id(),
                        "meetingDate", "The core group on " + uk(group.meetingDate()) + " is outside the child protection "
                        + "plan it belongs to (from " + uk(plan.cpPlanStartDate()) + ")"));
            }
        }
        for (CpPlanOutcome outcome : journey.all(ProtectionStage.OUTCOMES)) {
            CpPlan plan = outcome.cpPlanId() == null ? null : journey.find(ProtectionStage.CP_PLANS, outcome.cpPlanId()).orElse(null);
            if (plan == null) {
                out.add(new Violation("cp-outcome-needs-plan", null, ProtectionStage.OUTCOMES.name(), outcome.id(),
                        "cpPlanId", "An outcome must belong to one of the child's child protection plans"));
            }
        }
        for (ProtectionAction action : journey.all(ProtectionStage.ACTIONS)) {
            boolean belongs = action.forId() != null && (journey.find(ProtectionStage.CP_PLANS, action.forId()).isPresent()
                    || journey.find(ProtectionStage.STRATEGY_DISCUSSIONS, action.forId()).isPresent());
            if (!belongs) {
                out.add(new Violation("action-needs-meeting", null, ProtectionStage.ACTIONS.name(), action.id(), "forId",
                        "An action must belong to one of the child's strategy discussions or child protection plans"));
            } else if (action.dueDate() != null && action.setDate() != null && action.dueDate().isBefore(action.setDate())) {
                out.add(new Violation("action-due-after-set", null, ProtectionStage.ACTIONS.name(), action.id(), "dueDate",
                        "An action cannot be due (" + uk(action.dueDate()) + ") before it was agreed ("
                        + uk(action.setDate()) + ")"));
            }
        }
        for (ProtectionAttendee attendee : journey.all(ProtectionStage.ATTENDEES)) {
            var kind = switch (attendee.meetingKind() == null ? "" : attendee.meetingKind()) {
                case "strategy-discussions" -> ProtectionStage.STRATEGY_DISCUSSIONS;
                case "initial-conferences" -> ProtectionStage.INITIAL_CONFERENCES;
                case "cp-reviews" -> ProtectionStage.CP_REVIEWS;
                case "core-groups" -> ProtectionStage.CORE_GROUPS;
                default -> null;
            };
            if (kind == null || attendee.meetingId() == null || journey.find(kind, attendee.meetingId()).isEmpty()) {
                out.add(new Violation("attendee-needs-meeting", null, ProtectionStage.ATTENDEES.name(), attendee.id(),
                        "meetingId", "A participant must belong to one of the child's child protection meetings"));
            }
        }
    }
}
