package org.hearth.portal.space;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The child asks to keep seeing someone on their list: a new request to keep in touch for their worker. The time of
 * asking moves on, so asking again after the worker acted on the last request asks the worker again.
 */
public record AskToKeepInTouch(UUID self, UUID id, Instant at) implements JourneyCommand {
    static final String KIND = ChildSpaceStage.PEOPLE.name();

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
        SomeoneWhoMatters p = PeopleAnswers.find(j, id).orElse(null);
        if (p == null) {
            return Decision.refused(PeopleAnswers.notFound(KIND));
        }
        return Decision.of(JourneyChange.of(ChildSpaceStage.PEOPLE, new SomeoneWhoMatters(p.id(), p.personId(),
                p.kind(), p.name(), p.who(), p.words(), true, at, ChangeSomeoneWhoMatters.next(p.version()),
                p.addedBy(), p.addedAt(), at, null)));
    }
}
