package org.hearth.earlyhelp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.access.Actor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;

/** Family help: early help episodes, before or instead of statutory work, and the family help plan. */
public final class EarlyHelpStage implements Stage {
    public static final EpisodeKind<EarlyHelpEpisode> EARLY_HELP = EpisodeKind.of(1, "early-help", "Family help episode",
            EarlyHelpEpisode.class, "ssd_early_help_episodes", "earl_", "earl_episode_id").noOverlap("").preBirth();
    public static final EpisodeKind<FamilyHelpPlan> PLANS = EpisodeKind.of(1, "family-help-plans", "Family help plan",
            FamilyHelpPlan.class, "family_help_plans", "fhpl_", "fhpl_plan_id").oneOpen("").preBirth();
    public static final EpisodeKind<FamilyHelpGoal> GOALS = EpisodeKind.of(1, "family-help-goals", "Family help goal",
            FamilyHelpGoal.class, "family_help_goals", "fhgo_", "fhgo_goal_id").preBirth();
    public static final EpisodeKind<FamilyHelpAction> ACTIONS = EpisodeKind.of(1, "family-help-actions",
            "Family help action", FamilyHelpAction.class, "family_help_actions", "fhac_", "fhac_action_id").preBirth();
    public static final EpisodeKind<FamilyHelpReview> REVIEWS = EpisodeKind.of(1, "family-help-reviews",
            "Family help review", FamilyHelpReview.class, "family_help_reviews", "fhre_", "fhre_review_id").preBirth();

    @Override
    public String name() {
        return "earlyhelp";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(EARLY_HELP, PLANS, GOALS, ACTIONS, REVIEWS);
    }

    @Override
    public List<JourneyRule> rules() {
        return List.of(FamilyHelpRules::check);
    }

    @Override
    public List<String> statusTags(ChildJourney journey, LocalDate today) {
        return Stage.openOn(journey.all(EARLY_HELP), today) ? List.of("FAMILY_HELP") : List.of();
    }

    /** The family help plan is offered while family help is open (to start it) or once it has one (to see it). */
    @Override
    public List<Action> actions(ChildJourney journey, Actor actor, LocalDate today) {
        String href = "/children/" + journey.child().id() + "/family-help-plan";
        if (EarlyHelp.openPlan(journey).isPresent()) {
            return List.of(new Action("Family help plan", href, List.of(GOALS.name())));
        }
        if (EarlyHelp.open(journey).isPresent()) {
            return List.of(new Action("Make a family help plan", href, List.of(PLANS.name())));
        }
        return List.of();
    }

    /** A family help plan open when its episode ends (completed, stepped up) ends the same day. */
    @Override
    public List<JourneyChange<?>> consequences(ChildJourney before, ChildJourney after) {
        List<JourneyChange<?>> out = new ArrayList<>();
        for (EarlyHelpEpisode e : after.all(EARLY_HELP)) {
            boolean newlyEnded = e.episodeEndDate() != null && before.find(EARLY_HELP, e.id())
                    .map(b -> b.episodeEndDate() == null).orElse(true);
            if (!newlyEnded) {
                continue;
            }
            for (FamilyHelpPlan p : after.all(PLANS)) {
                if (e.id().equals(p.episodeId()) && p.planEndDate() == null
                        && !p.planStartDate().isAfter(e.episodeEndDate())) {
                    out.add(JourneyChange.of(PLANS, p.endedOn(e.episodeEndDate())));
                }
            }
        }
        return out;
    }

    @Override
    public Map<String, String> savedMessages() {
        return Map.of("family-help-plan", "Family help plan started",
                "family-help-goal", "Goal added to the family help plan",
                "family-help-action", "Action added to the family help plan",
                "family-help-action-done", "Action marked as done",
                "family-help-review", "Family help plan review recorded");
    }
}
