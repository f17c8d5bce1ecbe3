package org.hearth.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.access.Actor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;
import org.hearth.referral.Referrals;

/** Child protection: strategy discussions, section 47 enquiries, conferences, plans and their reviews. */
public final class ProtectionStage implements Stage {
    public static final EpisodeKind<StrategyDiscussion> STRATEGY_DISCUSSIONS = EpisodeKind.of(6, "strategy-discussions", "Strategy discussion",
            StrategyDiscussion.class, "strategy_discussions", "stra_", "stra_strategy_discussion_id").preBirth();
    public static final EpisodeKind<S47Enquiry> S47_ENQUIRIES = EpisodeKind.of(7, "s47-enquiries", "Section 47 enquiry",
            S47Enquiry.class, "ssd_s47_enquiry", "s47e_", "s47e_s47_enquiry_id").preBirth();
    public static final EpisodeKind<InitialConference> INITIAL_CONFERENCES = EpisodeKind.of(8, "initial-conferences", "Initial child protection conference",
            InitialConference.class, "ssd_initial_cp_conference", "icpc_", "icpc_icpc_id").preBirth();
    public static final EpisodeKind<CpPlan> CP_PLANS = EpisodeKind.of(9, "cp-plans", "Child protection plan",
            CpPlan.class, "ssd_cp_plans", "cppl_", "cppl_cp_plan_id").noOverlap("8940").oneOpen("8935").preBirth().dateCodes("8925", null, "8915")
            .coded("cpPlanInitialCategory", "CP_CATEGORY", CpPlan::cpPlanInitialCategory)
            .coded("cpPlanLatestCategory", "CP_CATEGORY", CpPlan::cpPlanLatestCategory);
    public static final EpisodeKind<CpReview> CP_REVIEWS = EpisodeKind.of(10, "cp-reviews", "Child protection review",
            CpReview.class, "ssd_cp_reviews", "cppr_", "cppr_cp_review_id").preBirth();
    /** Who took part in each protection meeting: part of the meeting, undated, with no chronology line of its own. */
    public static final EpisodeKind<ProtectionAttendee> ATTENDEES = EpisodeKind.of(30, "protection-attendees",
            "Meeting participant", ProtectionAttendee.class, "protection_attendees", "prat_", "prat_attendee_id")
            .preBirth().undated();
    public static final EpisodeKind<ProtectionAction> ACTIONS = EpisodeKind.of(31, "protection-actions",
            "Child protection action", ProtectionAction.class, "protection_actions", "prac_", "prac_action_id").preBirth();
    public static final EpisodeKind<CpPlanOutcome> OUTCOMES = EpisodeKind.of(32, "cp-plan-outcomes",
            "Child protection plan outcome", CpPlanOutcome.class, "cp_plan_outcomes", "cpou_", "cpou_outcome_id").preBirth();
    public static final EpisodeKind<CoreGroup> CORE_GROUPS = EpisodeKind.of(33, "core-groups", "Core group meeting",
            CoreGroup.class, "core_groups", "cogr_", "cogr_core_group_id").preBirth();

    @Override
    public String name() {
        return "protection";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(STRATEGY_DISCUSSIONS, S47_ENQUIRIES, INITIAL_CONFERENCES, CP_PLANS, CP_REVIEWS, ATTENDEES, ACTIONS,
                OUTCOMES, CORE_GROUPS);
    }

    @Override
    public List<JourneyRule> rules() {
        return List.of(ProtectionRules::check);
    }

    /** A CP plan's number of previous plans is derived from the record, not typed. */
    @Override
    public <T extends Record & JourneyRecord> T prepare(ChildJourney journey, EpisodeKind<T> kind, T record) {
        return record instanceof CpPlan plan ? kind.cast(PreviousPlans.filledIn(journey, plan)) : record;
    }

    @Override
    public List<String> statusTags(ChildJourney journey, LocalDate today) {
        if (!Stage.openOn(journey.all(CP_PLANS), today)) {
            return List.of();
        }
        // A repeat plan is flagged where the child's status is shown (the identity bar, the caseload).
        return RepeatPlan.of(journey, ChildProtection.openPlan(journey))
                .map(r -> List.of("CP", r.withinTwoYears() ? "CP_REPEAT_2Y" : "CP_REPEAT")).orElse(List.of("CP"));
    }

    /**
     * The protection steps that apply now, offered only to those who may take them (an IRO chairs conferences but
     * does not record strategy discussions or enquiries) and only when the command would not refuse them: a strategy
     * discussion needs an open referral (and is not offered while an enquiry or a plan is open), an outcome an open
     * enquiry, a conference an enquiry awaiting one, a review an open plan.
     */
    @Override
    public List<Action> actions(ChildJourney journey, Actor actor, LocalDate today) {
        return offered(journey, actor);
    }

    static List<Action> offered(ChildJourney j, Actor actor) {
        List<Action> out = new ArrayList<>();
        CpPlan plan = ChildProtection.openPlan(j);
        boolean casework = ChildProtection.recordsCasework(actor);
        if (casework && plan == null && Referrals.open(j).isPresent() && ChildProtection.openEnquiry(j).isEmpty()) {
            out.add(new Action("Record a strategy discussion", strategyHref(j),
                    List.of(STRATEGY_DISCUSSIONS.name(), S47_ENQUIRIES.name())));
        }
        List<S47Enquiry> awaiting = ChildProtection.awaitingConference(j);
        for (S47Enquiry s47 : j.all(S47_ENQUIRIES)) {
            if (casework && s47.s47EndDate() == null) {
                out.add(new Action("Record the outcome of the section 47 enquiry", outcomeHref(j, s47),
                        List.of(S47_ENQUIRIES.name())));
            }
            if (ChildProtection.recordsConferences(actor) && awaiting.contains(s47)) {
                out.add(new Action("Record the initial conference", conferenceHref(j, s47),
                        List.of(INITIAL_CONFERENCES.name(), CP_PLANS.name())));
            }
        }
        if (plan != null && ChildProtection.recordsConferences(actor)) {
            out.add(new Action("Record a review conference", reviewHref(j), List.of(CP_REVIEWS.name(), CP_PLANS.name())));
        }
        return out;
    }

    static String strategyHref(ChildJourney j) {
        return "/children/" + j.child().id() + "/strategy-discussions/new";
    }

    static String outcomeHref(ChildJourney j, S47Enquiry s47) {
        return "/children/" + j.child().id() + "/s47-enquiries/" + s47.id() + "/outcome";
    }

    static String conferenceHref(ChildJourney j, S47Enquiry s47) {
        return "/children/" + j.child().id() + "/initial-conferences/new?s47=" + s47.id();
    }

    static String reviewHref(ChildJourney j) {
        return "/children/" + j.child().id() + "/cp-reviews/new";
    }

    @Override
    public Map<String, String> savedMessages() {
        return Map.of("strategy", "Strategy discussion recorded",
                "s47", "Strategy discussion recorded and section 47 enquiry started",
                "s47-outcome", "Outcome of the section 47 enquiry recorded",
                "conference", "Initial child protection conference recorded",
                "cp-plan", "Initial child protection conference and child protection plan recorded",
                "cp-review", "Child protection review recorded",
                "cp-review-end", "Child protection review recorded and the plan ended");
    }
}
