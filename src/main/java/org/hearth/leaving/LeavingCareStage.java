package org.hearth.leaving;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.access.Actor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;

/** Leaving care to 25: the personal adviser's contacts with the care leaver. */
public final class LeavingCareStage implements Stage {
    public static final EpisodeKind<CareLeaverContact> CARE_LEAVER_CONTACTS = EpisodeKind.of(19, "care-leaver-contacts", "Care leaver contact",
            CareLeaverContact.class, "ssd_care_leavers", "clea_", "clea_table_id")
            .coded("careLeaverInTouch", "IN_TOUCH", CareLeaverContact::careLeaverInTouch)
            .coded("careLeaverActivity", "ACTIV", CareLeaverContact::careLeaverActivity)
            .coded("careLeaverAccommodation", "ACCOM", CareLeaverContact::careLeaverAccommodation);
    public static final EpisodeKind<PathwayPlan> PATHWAY_PLANS = EpisodeKind.of(19, "pathway-plans", "Pathway plan",
            PathwayPlan.class, "pathway_plans", "papl_", "papl_plan_id").oneOpen("");
    public static final EpisodeKind<PathwayPlanSection> PATHWAY_PLAN_SECTIONS = EpisodeKind.of(19,
            "pathway-plan-sections", "Pathway plan section", PathwayPlanSection.class, "pathway_plan_sections", "paps_",
            "paps_section_id");
    public static final EpisodeKind<PathwayPlanAction> PATHWAY_PLAN_ACTIONS = EpisodeKind.of(19,
            "pathway-plan-actions", "Pathway plan action", PathwayPlanAction.class, "pathway_plan_actions", "papa_",
            "papa_action_id");
    public static final EpisodeKind<PathwayPlanReview> PATHWAY_PLAN_REVIEWS = EpisodeKind.of(19,
            "pathway-plan-reviews", "Pathway plan review", PathwayPlanReview.class, "pathway_plan_reviews", "papr_",
            "papr_review_id");
    public static final EpisodeKind<PathwayPlanComment> PATHWAY_PLAN_COMMENTS = EpisodeKind.of(19,
            "pathway-plan-comments", "Young person's comment on their pathway plan", PathwayPlanComment.class,
            "pathway_plan_comments", "papc_", "papc_comment_id");
    public static final EpisodeKind<HelpRequest> HELP_REQUESTS = EpisodeKind.of(19, "help-requests",
            "Care leaver's request for help", HelpRequest.class, "care_leaver_help_requests", "clhr_", "clhr_request_id");

    @Override
    public String name() {
        return "leaving";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(CARE_LEAVER_CONTACTS, PATHWAY_PLANS, PATHWAY_PLAN_SECTIONS, PATHWAY_PLAN_ACTIONS,
                PATHWAY_PLAN_REVIEWS, PATHWAY_PLAN_COMMENTS, HELP_REQUESTS);
    }

    @Override
    public List<JourneyRule> rules() {
        return List.of(LeavingCareRules::check);
    }

    /** The personal adviser (and the young person's social worker or their manager) keeps in touch with a care leaver. */
    @Override
    public List<Stage.Action> actions(ChildJourney journey, Actor actor, LocalDate today) {
        List<Stage.Action> out = new java.util.ArrayList<>();
        if (RecordCareLeaverContact.mayRecord(actor.role()) && CareLeavers.on(journey, today).isPresent()) {
            out.add(new Stage.Action("Record a care leaver contact", "/children/" + journey.child().id()
                    + "/care-leaver-contacts/new", List.of(CARE_LEAVER_CONTACTS.name())));
        }
        // The plan is offered to whoever may see it once there is one, and to start it while the young person may have one.
        String plan = "/children/" + journey.child().id() + "/pathway-plan";
        if (PathwayPlans.open(journey).isPresent()) {
            out.add(new Stage.Action("Pathway plan", plan, List.of(PATHWAY_PLANS.name())));
        } else if (RecordCareLeaverContact.mayRecord(actor.role())
                && PathwayPlans.eligibility(journey, today).isPresent()) {
            out.add(new Stage.Action("Start a pathway plan", plan, List.of(PATHWAY_PLANS.name())));
        }
        return out;
    }


    @Override
    public Map<String, String> savedMessages() {
        return Map.of("care-leaver-contact", "Care leaver contact recorded",
                "pathway-plan", "Pathway plan started",
                "pathway-plan-section", "Pathway plan section updated",
                "pathway-plan-review", "Pathway plan review recorded",
                "staying-arrangement", "Staying Put or Staying Close arrangement recorded",
                "help-request", "Request for help recorded");
    }
}
