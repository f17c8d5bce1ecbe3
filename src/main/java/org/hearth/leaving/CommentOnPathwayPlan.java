package org.hearth.leaving;

import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;

/**
 * The young person comments on their own pathway plan: on one area (or the whole plan when {@code area} is null), in
 * their own words. The actor is the young person themselves, and only on their own record: {@code self} is the record
 * their sign-in is linked to (the server reads it from their SELF assignment, never from the request), and the
 * command refuses any other record, whatever the access seam would allow. A worker does not comment as them.
 */
public record CommentOnPathwayPlan(UUID self, String area, String text) implements JourneyCommand {
    public static final int MAX = 2_000;
    static final String KIND = LeavingCareStage.PATHWAY_PLAN_COMMENTS.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    /** Whether this role is a young person (or child) in their own space, who may comment on their own plan. */
    static boolean youngPerson(Role role) {
        return role == Role.YOUNG_PERSON || role == Role.CHILD;
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        if (!youngPerson(c.actor().role())) {
            return Decision.refused(PathwayPlans.refusal(KIND, "pathway-plan-comment-own", null,
                    "Only the young person comments on their pathway plan, in their own words"));
        }
        if (self == null || !self.equals(j.child().id())) {
            return Decision.refused(PathwayPlans.refusal(KIND, "pathway-plan-comment-own", null,
                    "You can only comment on your own pathway plan"));
        }
        PathwayPlan plan = PathwayPlans.open(j).orElse(null);
        if (plan == null) {
            return Decision.refused(PathwayPlans.refusal(KIND, "pathway-plan-open", null,
                    "You do not have a pathway plan yet. Ask your personal adviser about making one with you"));
        }
        if (area != null && !PathwayPlans.AREAS.containsKey(area)) {
            return Decision.refused(PathwayPlans.refusal(KIND, "pathway-plan-area", "area",
                    "Choose a part of your plan, or comment on the whole plan"));
        }
        String words = PathwayPlans.clean(text);
        if (words == null) {
            return Decision.refused(PathwayPlans.refusal(KIND, "pathway-plan-comment-text", "text",
                    "Write what you want to say about your plan"));
        }
        if (words.length() > MAX) {
            return Decision.refused(PathwayPlans.refusal(KIND, "pathway-plan-comment-text", "text",
                    "Your comment must be " + MAX + " characters or fewer"));
        }
        return Decision.of(JourneyChange.of(LeavingCareStage.PATHWAY_PLAN_COMMENTS, new PathwayPlanComment(null,
                j.child().id(), plan.id(), c.today(), area, words, c.actor().username())));
    }
}
