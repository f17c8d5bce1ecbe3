package org.hearth.leaving;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * One area of the open pathway plan is written or rewritten: its goals, the young person's own words about it, and
 * any new actions (what, who owns it, by when — due today or later). Goals and words given replace the area's last
 * ones together (an edit made on a stale page is refused by the version); given neither, the section stays as it was
 * and only the actions are added.
 */
public record UpdatePathwayPlanSection(UUID planId, String area, String goals, String youngPersonsWords,
                                       List<NewAction> actions) implements JourneyCommand {
    static final String KIND = LeavingCareStage.PATHWAY_PLAN_SECTIONS.name();
    static final String ACTIONS = LeavingCareStage.PATHWAY_PLAN_ACTIONS.name();

    /** An action to add: what is to be done, who owns it (a name or a role: the young person, the PA), by when. */
    public record NewAction(String text, String owner, LocalDate due) {}

    public UpdatePathwayPlanSection {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    @Override
    public List<String> parts() {
        return List.of(KIND, ACTIONS);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        if (!RecordCareLeaverContact.mayRecord(c.actor().role())) {
            return Decision.refused(PathwayPlans.refusal(KIND, "pathway-plan-role", null,
                    "Only the young person's personal adviser, social worker or their manager writes the plan; the "
                            + "young person comments on it"));
        }
        PathwayPlan plan = PathwayPlans.open(j).filter(p -> p.id().equals(planId)).orElse(null);
        if (plan == null) {
            return Decision.refused(PathwayPlans.refusal(KIND, "pathway-plan-open", null,
                    "This pathway plan is not open: start a plan before writing its sections"));
        }
        List<Violation> out = new ArrayList<>();
        if (area == null || !PathwayPlans.AREAS.containsKey(area)) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-area", "area", "Select the area of the plan"));
        }
        String g = PathwayPlans.clean(goals);
        String words = PathwayPlans.clean(youngPersonsWords);
        if (g != null && g.length() > PathwayPlans.TEXT_MAX) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-text", "goals",
                    "The goals must be " + PathwayPlans.TEXT_MAX + " characters or fewer"));
        }
        if (words != null && words.length() > PathwayPlans.TEXT_MAX) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-text", "youngPersonsWords",
                    "The young person's words must be " + PathwayPlans.TEXT_MAX + " characters or fewer"));
        }
        if (g == null && words == null && actions.isEmpty()) {
            out.add(PathwayPlans.refusal(KIND, "pathway-plan-empty", "goals",
                    "Enter the goals for this area, the young person's words, or an action"));
        }
        List<JourneyChange<?>> changes = new ArrayList<>();
        for (NewAction a : actions) {
            String text = PathwayPlans.clean(a.text());
            String owner = PathwayPlans.clean(a.owner());
            if (text == null || text.length() > PathwayPlans.LINE_MAX) {
                out.add(PathwayPlans.refusal(ACTIONS, "pathway-plan-action", "actionText", text == null
                        ? "Enter what is to be done" : "What is to be done must be " + PathwayPlans.LINE_MAX
                        + " characters or fewer"));
            }
            if (owner == null || owner.length() > PathwayPlans.LINE_MAX) {
                out.add(PathwayPlans.refusal(ACTIONS, "pathway-plan-action", "owner", owner == null
                        ? "Enter who will do it" : "Who will do it must be " + PathwayPlans.LINE_MAX
                        + " characters or fewer"));
            }
            if (a.due() == null) {
                out.add(PathwayPlans.refusal(ACTIONS, "pathway-plan-action", "dueDate",
                        "Enter when the action is due as a real date, for example 27 3 2027"));
            } else if (a.due().isBefore(c.today())) {
                out.add(PathwayPlans.refusal(ACTIONS, "pathway-plan-action", "dueDate",
                        "The action must be due today or later"));
            } else if (a.due().isAfter(c.today().plusYears(5))) {
                out.add(PathwayPlans.refusal(ACTIONS, "pathway-plan-action", "dueDate",
                        "The action must be due within five years"));
            }
            changes.add(JourneyChange.of(LeavingCareStage.PATHWAY_PLAN_ACTIONS, new PathwayPlanAction(null,
                    j.child().id(), plan.id(), area, c.today(), text, owner, a.due())));
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        if (g != null || words != null) {
            PathwayPlanSection before = PathwayPlans.section(j, plan.id(), area).orElse(null);
            changes.add(0, JourneyChange.of(LeavingCareStage.PATHWAY_PLAN_SECTIONS, new PathwayPlanSection(
                    before == null ? null : before.id(), j.child().id(), plan.id(), area, c.today(), g, words)));
        }
        return Decision.of(changes);
    }
}
