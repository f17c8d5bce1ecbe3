package org.hearth.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Stage;
import org.hearth.stages.Stages;

/**
 * The "Record" links on a child's record: each stage offers the steps that apply to where the child is now, in
 * journey order, so a worker is not offered a form that could only be refused.
 */
public final class RecordActions {
    private RecordActions() {}

    /** What the child's record says was just saved, from whichever stage's form it was. */
    public static String savedMessage(String saved) {
        if (saved == null) {
            return null;
        }
        return Stages.standard().stages().stream().map(s -> s.savedMessages().get(saved))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    public static List<Stage.Action> of(ChildJourney j, LocalDate today, Actor actor) {
        List<Stage.Action> out = new ArrayList<>();
        for (Stage stage : Stages.standard().stages()) {
            out.addAll(stage.actions(j, actor, today));
        }
        return out;
    }
}
