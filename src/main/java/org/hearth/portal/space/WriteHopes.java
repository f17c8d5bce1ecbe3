package org.hearth.portal.space;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The child writes (or changes) their hopes for one, three and five years from now: at least one, each 2,000 letters
 * or fewer. Changing them replaces the one record, so a stale version (changed on another phone) is refused.
 */
public record WriteHopes(UUID self, String oneYear, String threeYears, String fiveYears, Instant at)
        implements JourneyCommand {
    static final String KIND = ChildSpaceStage.HOPES.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        Violation notTheirs = OwnSpace.notTheirs(j, c, self, KIND);
        if (notTheirs != null) {
            return Decision.refused(notTheirs);
        }
        OwnSpace.requireTime(at);
        Map<String, String> form = new HashMap<>();
        form.put("oneYear", oneYear);
        form.put("threeYears", threeYears);
        form.put("fiveYears", fiveYears);
        MyAmbitions.Checked checked = MyAmbitions.check(form, 0);
        if (checked.ambitions() == null) {
            return Decision.refused(OwnSpace.refusals(KIND, "my-hopes", checked.problems()));
        }
        MyAmbitions a = checked.ambitions();
        List<ChildHopes> before = j.all(ChildSpaceStage.HOPES);
        ChildHopes now = before.isEmpty()
                ? new ChildHopes(null, j.child().id(), a.oneYear(), a.threeYears(), a.fiveYears(), 1,
                        c.actor().username(), at)
                : new ChildHopes(before.get(0).id(), j.child().id(), a.oneYear(), a.threeYears(), a.fiveYears(),
                        before.get(0).version() == null ? 1 : before.get(0).version() + 1, c.actor().username(), at);
        return Decision.of(JourneyChange.of(ChildSpaceStage.HOPES, now));
    }
}
