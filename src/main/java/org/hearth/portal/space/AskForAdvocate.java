package org.hearth.portal.space;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/** The child asks for an advocate themself: their answer is yes. Refused while an ask of theirs is waiting for one. */
public record AskForAdvocate(UUID self, Instant at) implements JourneyCommand {
    static final String KIND = ChildSpaceStage.ADVOCACY.name();

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
        boolean waiting = j.all(ChildSpaceStage.ADVOCACY).stream()
                .anyMatch(a -> "YES".equals(a.answer()) && a.advocateName() == null);
        if (waiting) {
            return Decision.refused(new Violation("advocacy-asked", null, KIND, null, null,
                    "You have already asked for an advocate. Your worker is finding one for you"));
        }
        return Decision.of(JourneyChange.of(ChildSpaceStage.ADVOCACY, new ChildAdvocacy(null, j.child().id(), true,
                c.actor().username(), at, "YES", at, null, null)));
    }
}
