package org.hearth.portal.space;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The child adds someone (or a pet) who matters to them: a person or a pet, their name (100 letters or fewer), who
 * they are to the child, what the child says about them, and whether the child wants to keep seeing them (a request
 * to keep in touch, which their worker is asked to act on).
 */
public record AddSomeoneWhoMatters(UUID self, String kind, String name, String who, String words, boolean keepSeeing,
                                   Instant at) implements JourneyCommand {
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
        MyPerson.Checked checked = PeopleAnswers.check(j.child().id(), null, kind, name, who, words, keepSeeing, 0);
        if (checked.person() == null) {
            return Decision.refused(OwnSpace.refusals(KIND, "my-people", checked.problems()));
        }
        MyPerson p = checked.person();
        return Decision.of(JourneyChange.of(ChildSpaceStage.PEOPLE, new SomeoneWhoMatters(null, j.child().id(),
                p.kind(), p.name(), p.who(), p.words(), p.keepSeeing(), p.keepSeeing() ? at : null, 1,
                c.actor().username(), at, at, null)));
    }
}
