package org.hearth.portal.space;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;

/**
 * The child changes what they wrote about someone who matters to them (only someone on their own list). Asking anew
 * to keep seeing them (it was not asked before) makes a new request to keep in touch for the worker.
 */
public record ChangeSomeoneWhoMatters(UUID self, UUID id, String kind, String name, String who, String words,
                                      boolean keepSeeing, Instant at) implements JourneyCommand {
    static final String KIND = ChildSpaceStage.PEOPLE.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        return PeopleAnswers.onTheirList(j, c, self, id, at, before -> {
            MyPerson.Checked checked = PeopleAnswers.check(j.child().id(), id, kind, name, who, words, keepSeeing, 0);
            if (checked.person() == null) {
                return Decision.refused(OwnSpace.refusals(KIND, "my-people", checked.problems()));
            }
            MyPerson p = checked.person();
            Instant since = !p.keepSeeing() ? null : before.wantsToKeepSeeing() ? before.keepSeeingSince() : at;
            return Decision.of(JourneyChange.of(ChildSpaceStage.PEOPLE, new SomeoneWhoMatters(id, j.child().id(),
                    p.kind(), p.name(), p.who(), p.words(), p.keepSeeing(), since, next(before.version()),
                    before.addedBy(), before.addedAt(), at, null)));
        });
    }

    static int next(Integer version) {
        return version == null ? 1 : version + 1;
    }
}
