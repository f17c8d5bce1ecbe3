package org.hearth.portal.space;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;

/** The child takes someone off their list (kept on the record as taken off, never deleted). */
public record RemoveSomeoneWhoMatters(UUID self, UUID id, Instant at) implements JourneyCommand {
    static final String KIND = ChildSpaceStage.PEOPLE.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        return PeopleAnswers.onTheirList(j, c, self, id, at, p -> {
            return Decision.of(JourneyChange.of(ChildSpaceStage.PEOPLE, new SomeoneWhoMatters(p.id(), p.personId(),
                    p.kind(), p.name(), p.who(), p.words(), p.keepSeeing(), p.keepSeeingSince(),
                    ChangeSomeoneWhoMatters.next(p.version()), p.addedBy(), p.addedAt(), at, at)));
        });
    }
}
