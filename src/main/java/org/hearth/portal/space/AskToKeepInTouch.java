package org.hearth.portal.space;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;

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
        return PeopleAnswers.onTheirList(j, c, self, id, at, p -> {
            return Decision.of(JourneyChange.of(ChildSpaceStage.PEOPLE, new SomeoneWhoMatters(p.id(), p.personId(),
                    p.kind(), p.name(), p.who(), p.words(), true, at, ChangeSomeoneWhoMatters.next(p.version()),
                    p.addedBy(), p.addedAt(), at, null)));
        });
    }
}
