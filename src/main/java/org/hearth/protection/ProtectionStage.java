package org.hearth.protection;

import java.time.LocalDate;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;

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

    @Override
    public String name() {
        return "protection";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(STRATEGY_DISCUSSIONS, S47_ENQUIRIES, INITIAL_CONFERENCES, CP_PLANS, CP_REVIEWS);
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
        return Stage.openOn(journey.all(CP_PLANS), today) ? List.of("CP") : List.of();
    }
}
